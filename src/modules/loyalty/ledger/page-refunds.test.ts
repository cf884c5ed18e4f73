import { describe, expect, it } from 'vitest';
import {
  asLoggedEvent,
  createTestShop,
  ledgerHolds,
  loyaltyStatus,
  putProgram,
  type TestShop,
  trackEvent,
  useTestApp,
} from '../../../testing/index.js';
import type { LoggedEvent } from '../../events/index.js';
import { loyaltyConsumer } from '../earning/index.js';

// The page plans refunds in memory (page-refunds.ts); an order that issued store credit is
// refunded the one-at-a-time way (refunds.ts). Two shops take the same events, one with a
// cashback of 0.01% that sends everything that way: their points must come out the same.

const testApp = useTestApp();

const users = ['ana', 'bo'];
let clock = Date.parse('2026-04-01T09:00:00Z');

function events(shop: TestShop, list: [string, string, Record<string, unknown>][]): LoggedEvent[] {
  return list.map(([name, userId, properties]) => {
    const at = new Date((clock += 60_000));
    return asLoggedEvent(shop.workspace.id, trackEvent(shop.workspace.id, name, userId, properties, at));
  });
}

/**
 * One loyalty page of the same events for each shop, applied directly: the events never enter the
 * log, and a page that fails fails the test instead of being retried one event at a time.
 */
async function page(shops: TestShop[], list: [string, string, Record<string, unknown>][]) {
  const all = shops.flatMap((shop) => events(shop, list));
  await testApp().ctx.db.transaction((tx) => loyaltyConsumer.apply(tx, all));
}

async function adjust(shop: TestShop, customer: string, points: number) {
  const response = await shop.request({
    method: 'POST',
    url: `/v1/customers/${customer}/points/adjustments`,
    payload: { points, reason: 'spent at the counter' },
  });
  expect(response.statusCode).toBe(201);
}

/** Each customer's points entries, oldest first, and balances. */
async function points(shop: TestShop) {
  const result: Record<string, unknown> = {};
  for (const user of users) {
    const list = await shop.request({
      method: 'GET',
      url: `/v1/customers/${user}/points/transactions?limit=100`,
    });
    const entries = (list.json().data as { kind: string; points: number; pending_points: number }[])
      .map((e) => `${e.kind} ${e.points}/${e.pending_points}`)
      .reverse();
    result[user] = { entries, points: (await loyaltyStatus(shop, user)).points };
  }
  return result;
}

describe.each(['stop_at_zero', 'allow_negative'])('refunds planned in the page (%s)', (clawback) => {
  it('come out as the one-at-a-time path takes them, across pages, replays and spent points', async () => {
    const planned = await createTestShop(testApp());
    const oneByOne = await createTestShop(testApp());
    const program = { earn_points: 1, earn_per_amount_minor: 100, pending_days: 0, clawback };
    await putProgram(planned, program);
    await putProgram(oneByOne, { ...program, cashback_basis_points: 1 });
    const shops = [planned, oneByOne];

    await page(shops, [
      ['Order Completed', 'ana', { order_id: 'A1', total: 120 }],
      ['Order Completed', 'bo', { order_id: 'B1', total: 80 }],
      ['Order Refunded', 'ana', { order_id: 'A1', total: 30, refund_id: 'r1' }],
      ['Order Refunded', 'ana', { order_id: 'A1', total: 30, refund_id: 'r1' }], // the same refund again
      ['Order Completed', 'ana', { order_id: 'A2', total: 50 }],
    ]);
    for (const shop of shops) await adjust(shop, 'ana', -100);
    await page(shops, [
      ['Order Refunded', 'ana', { order_id: 'A1' }], // the rest of A1, more than ana has left
      ['Order Refunded', 'bo', { order_id: 'B1', total: 40 }], // an order of an earlier page
      ['Order Completed', 'bo', { order_id: 'B2', total: 70 }],
      ['Order Refunded', 'bo', { order_id: 'B2', total: 35 }],
      ['Order Refunded', 'bo', { order_id: 'B2' }], // the rest of B2, in the same page
      ['Order Refunded', 'bo', { order_id: 'B1', total: 40, refund_id: 'b1' }],
      ['Order Refunded', 'bo', { order_id: 'B1', total: 40, refund_id: 'b1' }], // replayed
      ['Order Completed', 'ana', { order_id: 'A3', total: 200 }], // pays any debt first
    ]);

    const fromPage = await points(planned);
    expect(fromPage).toEqual(await points(oneByOne));
    // ana: 120 + 50, −30 of A1, −100 by hand leaves 40; the rest of A1 (90) finds 40, or takes all 90.
    const anaAfterA1 = clawback === 'allow_negative' ? 40 - 90 : 0;
    expect(fromPage).toMatchObject({
      ana: { points: { balance: anaAfterA1 + 200 } },
      bo: { points: { balance: 80 - 40 + 70 - 70 - 40 } },
    });
    await ledgerHolds(testApp().ctx.db, planned.workspace.id);
    await ledgerHolds(testApp().ctx.db, oneByOne.workspace.id);
  });
});

describe('a refund', () => {
  it('names its order as the orders projection does: an order_id with spaces around is the same order', async () => {
    const planned = await createTestShop(testApp());
    const oneByOne = await createTestShop(testApp());
    const program = { earn_points: 1, earn_per_amount_minor: 100, pending_days: 0 };
    await putProgram(planned, program);
    await putProgram(oneByOne, { ...program, cashback_basis_points: 1 });
    const shops = [planned, oneByOne];
    await page(shops, [['Order Completed', 'ana', { order_id: 'T1', total: 80 }]]);
    await page(shops, [['Order Refunded', 'ana', { order_id: ' T1 ' }]]);
    for (const shop of shops) {
      expect((await loyaltyStatus(shop, 'ana')).points).toMatchObject({ balance: 0 });
      await ledgerHolds(testApp().ctx.db, shop.workspace.id);
    }
  });
});
