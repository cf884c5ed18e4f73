import { describe, expect, it } from 'vitest';
import { newId } from '../../../core/ids.js';
import { dayMs } from '../../../core/time.js';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/connection.js';
import {
  asLoggedEvent,
  createTestShop,
  ledgerHolds,
  loyaltyStatus,
  putProgram,
  type TestShop,
  untilConsumable,
  useTestApp,
} from '../../../testing/index.js';
import {
  appendEvents,
  drainConsumers,
  stepConsumer,
  type LoggedEvent,
  type NewEvent,
} from '../../events/index.js';
import { consumers } from '../../../server/consumers.js';
import { loyaltyConsumer } from './consumer.js';
import { customersConsumer } from '../../customers/index.js';

// The consumer reads the program, tiers, rules, held refunds and resolved customers once per page.
// Whatever the page size, the ledger must come out the same: one page of everything against one
// event per page.

const testApp = useTestApp();

const db = () => testApp().ctx.db;
const start = Date.parse('2026-03-02T09:00:00Z');
const users = ['ana', 'bo', 'cy', 'dee'];

function order(
  userId: string,
  orderId: string,
  total: number,
): Omit<NewEvent, 'messageId' | 'occurredAt' | 'receivedAt'> {
  return { type: 'track', name: 'Order Completed', userId, properties: { order_id: orderId, total } };
}

function refund(userId: string, orderId: string, total?: number) {
  const properties = total === undefined ? { order_id: orderId } : { order_id: orderId, total };
  return { type: 'track' as const, name: 'Order Refunded', userId, properties };
}

/** One shop's afternoon, in log order. */
function stream(tag: string): NewEvent[] {
  const events: Omit<NewEvent, 'messageId' | 'occurredAt' | 'receivedAt'>[] = [
    { type: 'identify', userId: 'ana', anonymousId: 'device-a', traits: { plan: 'vip' } },
    order('ana', 'O1', 120),
    { type: 'identify', userId: 'bo', traits: { plan: 'basic' } },
    refund('bo', 'O3', 10), // before its order: held, then applied when O3 arrives
    order('bo', 'O2', 80),
    order('bo', 'O3', 50),
    { type: 'track', name: 'Review Submitted', userId: 'ana', properties: {} },
    { type: 'track', name: 'Review Submitted', userId: 'ana', properties: {} }, // over the daily limit
    { type: 'track', name: 'Product Viewed', userId: 'cy', properties: {} }, // no rule: earns nothing
    refund('ana', 'O1', 20), // partial refund of an order in the same page
    order('cy', 'O4', 300), // reaches Gold
    { type: 'identify', userId: 'dee', anonymousId: 'device-d', traits: { plan: 'vip' } },
    order('dee', 'O5', 60), // first identify in the same page
    refund('bo', 'O2'), // full refund
    order('ana', 'O6', 200), // reaches Gold
    order('ana', 'O7', 50), // at Gold's multiplier
    order('cy', 'O4', 300), // the same order again under a new messageId: nothing
    { type: 'track', name: 'Review Submitted', userId: 'cy', properties: {} }, // at Gold's multiplier
  ];
  return events.map((event, index) => {
    const at = new Date(start + index * 60_000);
    return { ...event, messageId: `${tag}-${index}`, occurredAt: at, receivedAt: at };
  });
}

async function setUp(shop: TestShop): Promise<void> {
  await putProgram(shop, { earn_points: 1, earn_per_amount_minor: 100, cashback_basis_points: 200 });
  const tier = await shop.request({
    method: 'POST',
    url: '/v1/loyalty/tiers',
    payload: { name: 'Gold', threshold: 25_000, earn_multiplier_percent: 150 },
  });
  expect(tier.statusCode).toBe(201);
  for (const definition of [
    {
      trigger: { type: 'event', event: 'Order Completed' },
      conditions: [{ source: 'trait', path: 'plan', operator: 'eq', value: 'vip' }],
      reward: { type: 'fixed', points: 10 },
    },
    {
      trigger: { type: 'event', event: 'Review Submitted' },
      reward: { type: 'fixed', points: 50 },
      limits: { max_per_period: { count: 1, period: 'day' } },
    },
  ]) {
    const rule = await shop.request({
      method: 'POST',
      url: '/v1/loyalty/earn-rules',
      payload: { name: 'r', definition, active: true },
    });
    expect(rule.statusCode).toBe(201);
  }
}

/** Each customer's ledger (oldest first) and status, with event ids named by their place in the stream. */
async function outcome(shop: TestShop, eventIds: string[]) {
  const result: Record<string, unknown> = {};
  for (const user of users) {
    const list = await shop.request({
      method: 'GET',
      url: `/v1/customers/${user}/points/transactions?limit=100`,
    });
    expect(list.statusCode).toBe(200);
    const entries = (
      list.json().data as {
        kind: string;
        points: number;
        pending_points: number;
        source: { type: string; id: string };
      }[]
    )
      .map((e) => ({
        kind: e.kind,
        points: e.points,
        pending: e.pending_points,
        source: `${e.source.type}:${eventIds.includes(e.source.id) ? `#${eventIds.indexOf(e.source.id)}` : e.source.id}`,
      }))
      .reverse();
    const { points, tier, store_credit: credit } = await loyaltyStatus(shop, user);
    result[user] = { entries, points, tier: tier?.name ?? null, credit: credit.balance_minor };
  }
  return result;
}

/** Applies the stream to `big` as one page and to `single` one event per page; answers both ids. */
async function applyBothWays(big: TestShop, single: TestShop, events: (tag: string) => NewEvent[]) {
  await drainConsumers(db(), consumers);
  // One page: the events never enter the log, so no cursor applies them a second time.
  const bigEvents = events('big').map((e) => asLoggedEvent(big.workspace.id, e));
  await db().transaction((tx) => loyaltyConsumer.apply(tx, bigEvents));
  const { appendedIds } = await appendEvents(db(), single.workspace.id, events('single'));
  await untilConsumable(db(), appendedIds);
  // Loyalty reads after the customers consumer (it places each event's customer first).
  await drainConsumers(db(), [customersConsumer]);
  for (;;) {
    const step = await stepConsumer(db(), loyaltyConsumer, 1);
    if ('applied' in step && step.applied === 0) break;
  }
  return { bigIds: bigEvents.map((e) => e.id), singleIds: appendedIds };
}

/** Orders that earn the base rate only: the page plans these in memory (page-ledger.ts). */
function plannedStream(tag: string): NewEvent[] {
  const events: Omit<NewEvent, 'messageId' | 'occurredAt' | 'receivedAt'>[] = [
    { type: 'identify', userId: 'ana', traits: { plan: 'vip', birthday: '1990-05-17' } },
    order('ana', 'P1', 120),
    order('bo', 'P2', 80),
    { type: 'identify', userId: 'ana', traits: { plan: 'gold', city: 'Huế' } }, // merges over the first
    order('ana', 'P3', 90), // 210 in the window: reaches Gold
    order('ana', 'P4', 40), // at Gold's multiplier
    { type: 'track', name: 'Review Submitted', userId: 'bo', properties: {} }, // a rule: one at a time
    order('bo', 'P5', 30),
    refund('ana', 'P3', 45), // partial refund of a pending order planned in this page
    order('cy', 'P6', 70),
    { ...order('cy', 'P7', 500), source: 'import' }, // imported history: counts for tiers, earns nothing
    order('cy', 'P8', 20), // Gold from the imported spend
    order('bo', 'P2', 80), // the same order again: nothing
    refund('bo', 'P9'), // before its order: held
    order('bo', 'P9', 60), // one at a time: it has a held refund
    order('dee', 'P10', 10),
  ];
  return events.map((event, index) => {
    const at = new Date(start + index * 60_000);
    return { ...event, messageId: `${tag}-${index}`, occurredAt: at, receivedAt: at };
  });
}

async function setUpPlanned(shop: TestShop): Promise<void> {
  await putProgram(shop, { earn_points: 1, earn_per_amount_minor: 100, pending_days: 14 });
  const tier = await shop.request({
    method: 'POST',
    url: '/v1/loyalty/tiers',
    payload: { name: 'Gold', threshold: 20_000, earn_multiplier_percent: 150 },
  });
  expect(tier.statusCode).toBe(201);
  const rule = await shop.request({
    method: 'POST',
    url: '/v1/loyalty/earn-rules',
    payload: {
      name: 'reviews',
      active: true,
      definition: {
        trigger: { type: 'event', event: 'Review Submitted' },
        reward: { type: 'fixed', points: 50 },
      },
    },
  });
  expect(rule.statusCode).toBe(201);
}

async function profiles(workspaceId: string) {
  return queryRows(
    db(),
    sql`select l.traits, l.month_day from loyalty_profiles l
        join customers c on c.id = l.customer_id
        where l.workspace_id = ${workspaceId} order by c.external_id`,
  );
}

describe('the loyalty consumer, by page size', () => {
  it('plans base-rate orders and traits in memory with the same outcome as one event per page', async () => {
    const [big, single] = [await createTestShop(testApp()), await createTestShop(testApp())];
    await setUpPlanned(big);
    await setUpPlanned(single);
    const { bigIds, singleIds } = await applyBothWays(big, single, plannedStream);
    const fromBig = await outcome(big, bigIds);
    expect(await outcome(single, singleIds)).toEqual(fromBig);
    expect(await profiles(single.workspace.id)).toEqual(await profiles(big.workspace.id));
    expect(await profiles(big.workspace.id)).toContainEqual({
      traits: { plan: 'gold', birthday: '1990-05-17', city: 'Huế' },
      month_day: '05-17',
    });
    // Everything is pending (14 days): ana 120 + 90 − 45 of 90 clawed (45 points) + 40 at 150% = 60.
    expect(fromBig).toMatchObject({
      ana: { tier: 'Gold', points: { balance: 0, pending: 120 + 90 - 45 + 60 } },
      bo: { tier: null, points: { balance: 50, pending: 80 + 30 } },
      cy: { tier: 'Gold', points: { balance: 0, pending: 70 + 30 } },
      dee: { tier: null, points: { balance: 0, pending: 10 } },
    });
    await ledgerHolds(db(), big.workspace.id);
    await ledgerHolds(db(), single.workspace.id);
  });

  it('gives the same ledger and balances from one page of everything as from one event per page', async () => {
    const [big, single] = [await createTestShop(testApp()), await createTestShop(testApp())];
    await setUp(big);
    await setUp(single);
    const { bigIds, singleIds } = await applyBothWays(big, single, stream);
    const fromBig = await outcome(big, bigIds);
    expect(await outcome(single, singleIds)).toEqual(fromBig);
    // The stream exercised what a page remembers: the early refund, the tier, both rules.
    expect(fromBig).toMatchObject({
      // ana: O1 120 + 10 (vip); a review 50; refund of 20 of 120 takes 20 and 1; O6 200 + 10; O7 at 150%.
      ana: { tier: 'Gold', points: { balance: 120 + 10 + 50 - 20 - 1 + 200 + 10 + 75 + 15 } },
      bo: { points: { balance: 50 - 10 } },
      cy: { tier: 'Gold', points: { balance: 300 + 75 } },
      dee: { points: { balance: 60 + 10 } },
    });
    await ledgerHolds(db(), big.workspace.id);
    await ledgerHolds(db(), single.workspace.id);
  });

  it('judges the tier of an order named by customer_id from the customer’s whole window', async () => {
    const shop = await createTestShop(testApp());
    await putProgram(shop, { earn_points: 1, earn_per_amount_minor: 100, pending_days: 0 });
    const tier = await shop.request({
      method: 'POST',
      url: '/v1/loyalty/tiers',
      payload: { name: 'Gold', threshold: 20_000 },
    });
    expect(tier.statusCode).toBe(201);
    await appendEvents(db(), shop.workspace.id, [
      {
        ...order('eve', 'E1', 150),
        messageId: 'eve-1',
        occurredAt: new Date(start),
        receivedAt: new Date(start),
      },
    ]);
    await drainConsumers(db(), consumers);
    const customerId = (await loyaltyStatus(shop, 'eve')).customer_id as string;
    // No userId: the page learns the customer from properties.customer_id, one event at a time.
    const at = new Date(start + dayMs);
    const byReference: LoggedEvent = {
      id: newId('event'),
      workspaceId: shop.workspace.id,
      messageId: 'eve-2',
      type: 'track',
      name: 'Order Completed',
      userId: null,
      anonymousId: null,
      previousId: null,
      properties: { order_id: 'E2', total: 100, customer_id: customerId },
      traits: {},
      context: {},
      occurredAt: at,
      receivedAt: at,
      source: 'api',
    };
    await db().transaction((tx) => loyaltyConsumer.apply(tx, [byReference]));
    expect(await loyaltyStatus(shop, 'eve')).toMatchObject({
      tier: { name: 'Gold' },
      points: { balance: 250 },
    });
    await ledgerHolds(db(), shop.workspace.id);
  });

  it('leaves a profile row unwritten when an identify repeats what is known, and writes a change', async () => {
    const shop = await createTestShop(testApp());
    await putProgram(shop, { earn_points: 1, earn_per_amount_minor: 100 });
    const workspaceId = shop.workspace.id;
    let sent = 0;
    const identify = async (traits: Record<string, unknown>) => {
      const at = new Date(start + sent * 60_000);
      sent += 1;
      const { appendedIds } = await appendEvents(db(), workspaceId, [
        { type: 'identify', userId: 'eve', traits, messageId: `eve-${sent}`, occurredAt: at, receivedAt: at },
      ]);
      await untilConsumable(db(), appendedIds);
      await drainConsumers(db(), consumers);
      const [row] = await queryRows<{
        version: string;
        traits: Record<string, unknown>;
        month_day: string | null;
      }>(
        db(),
        sql`select xmin::text as version, traits, month_day from loyalty_profiles
            where workspace_id = ${workspaceId}`,
      );
      return row!;
    };
    const first = await identify({ plan: 'vip', birthday: '1991-02-03' });
    expect(first).toMatchObject({ traits: { plan: 'vip', birthday: '1991-02-03' }, month_day: '02-03' });
    expect(await identify({ plan: 'vip' })).toEqual(first);
    expect(await identify({ birthday: '1991-02-03' })).toEqual(first);
    const changed = await identify({ city: 'Đà Nẵng' });
    expect(changed.version).not.toBe(first.version);
    expect(changed).toMatchObject({ traits: { plan: 'vip', city: 'Đà Nẵng' }, month_day: '02-03' });
    const born = await identify({ birthday: '1991-12-24' });
    expect(born.version).not.toBe(changed.version);
    expect(born.month_day).toBe('12-24');
  });
});
