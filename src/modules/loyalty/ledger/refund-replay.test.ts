import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/connection.js';
import {
  asLoggedEvent,
  createTestApp,
  createTestShop,
  ledgerHolds,
  loyaltyStatus,
  openTestDatabase,
  putProgram,
  sendTrack,
  type TestApp,
  type TestShop,
} from '../../../testing/index.js';
import type { LoggedEvent } from '../../events/index.js';
import { loyaltyConsumer } from '../earning/index.js';

// A refund names itself by its event id, or by the shop's refund_id. Applying it again — the same
// page twice, or the same refund re-sent under a new messageId — must not count its amount twice,
// also when its share of the points rounded to zero and so left no ledger entry to recognise.

let database: Database;
let testApp: TestApp;
beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await createTestApp(database);
});
afterAll(async () => {
  await testApp.app.close();
  await database.close();
});

const at = new Date('2026-04-01T10:00:00Z');

function refundEvent(shop: TestShop, id: string, properties: Record<string, unknown>): LoggedEvent {
  const fields = {
    id,
    messageId: id,
    type: 'track' as const,
    name: 'Order Refunded',
    userId: 'rita',
    properties,
  };
  return asLoggedEvent(shop.workspace.id, { ...fields, occurredAt: at, receivedAt: at });
}

async function shopWithOrder(): Promise<TestShop> {
  const shop = await createTestShop(testApp);
  await putProgram(shop, { earn_points: 1, earn_per_amount_minor: 100, pending_days: 0 });
  await sendTrack(
    database.db,
    shop.workspace.id,
    'Order Completed',
    'rita',
    { order_id: 'R1', total: 3 },
    at,
  );
  expect((await loyaltyStatus(shop, 'rita')).points.balance).toBe(3);
  return shop;
}

const apply = (event: LoggedEvent) => database.db.transaction((tx) => loyaltyConsumer.apply(tx, [event]));

describe('a refund applied twice', () => {
  it('claws back once when the same event is applied again, even after a share that rounded to zero', async () => {
    const shop = await shopWithOrder();
    // 0.50 of 3.00 is half a point: nothing is clawed back yet.
    const half = refundEvent(shop, 'evt_refund_half', { order_id: 'R1', total: 0.5 });
    await apply(half);
    expect((await loyaltyStatus(shop, 'rita')).points.balance).toBe(3);
    await apply(half);
    expect((await loyaltyStatus(shop, 'rita')).points.balance).toBe(3);
    // A second, different 0.50: one point of the 1.00 refunded in all.
    await apply(refundEvent(shop, 'evt_refund_second', { order_id: 'R1', total: 0.5 }));
    expect((await loyaltyStatus(shop, 'rita')).points.balance).toBe(2);
    await ledgerHolds(database.db, shop.workspace.id);
  });

  it('recognises the shop’s refund_id across events with different ids', async () => {
    const shop = await shopWithOrder();
    await apply(refundEvent(shop, 'evt_a', { order_id: 'R1', refund_id: 'RF-1', total: 1 }));
    expect((await loyaltyStatus(shop, 'rita')).points.balance).toBe(2);
    await apply(refundEvent(shop, 'evt_b', { order_id: 'R1', refund_id: 'RF-1', total: 1 }));
    expect((await loyaltyStatus(shop, 'rita')).points.balance).toBe(2);
    await apply(refundEvent(shop, 'evt_c', { order_id: 'R1', refund_id: 'RF-2', total: 1 }));
    expect((await loyaltyStatus(shop, 'rita')).points.balance).toBe(1);
    await ledgerHolds(database.db, shop.workspace.id);
  });
});
