import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { fixedClock } from '../../../core/clock.js';
import { dayMs } from '../../../core/time.js';
import { queryRows, type Database } from '../../../db/connection.js';
import {
  createTestApp,
  createTestShop,
  ledgerHolds,
  loyaltyStatus,
  openTestDatabase,
  putProgram,
  sendIdentify,
  sendTrack,
  type TestApp,
  type TestShop,
} from '../../../testing/index.js';
import { pointsBalance, runLoyaltySchedule, startLoyaltySchedule } from '../index.js';

let database: Database;
let testApp: TestApp;
const start = new Date('2026-01-10T12:00:00Z');
const clock = fixedClock(start);

beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await createTestApp(database, { clock });
});
afterAll(async () => {
  await testApp.app.close();
  await database.close();
});

const db = () => testApp.ctx.db;
const days = (n: number) => new Date(start.getTime() + n * dayMs);

async function birthdayRule(shop: TestShop): Promise<void> {
  const response = await shop.request({
    method: 'POST',
    url: '/v1/loyalty/earn-rules',
    payload: {
      name: 'Birthday',
      active: true,
      definition: { trigger: { type: 'birthday' }, reward: { type: 'fixed', points: 100 } },
    },
  });
  expect(response.statusCode).toBe(201);
}

async function customerId(shop: TestShop, userId: string): Promise<string> {
  return (await loyaltyStatus(shop, userId)).customer_id;
}

async function emitted(workspaceId: string, name: string) {
  return queryRows<{ properties: Record<string, unknown> }>(
    db(),
    sql`select properties from events where workspace_id = ${workspaceId} and name = ${name} order by id`,
  );
}

describe('the loyalty sweep (moved clock)', () => {
  it('announces expiring lots once, N days ahead, then expires them; re-running changes nothing', async () => {
    const shop = await createTestShop(testApp);
    const ws = shop.workspace.id;
    await putProgram(shop, { expiry: { policy: 'per_lot', months: 2 }, expiring_soon_days: 14 });
    await sendTrack(db(), ws, 'Order Completed', 'eve', { order_id: 'E1', total: 70 }, start);
    // Expires 2026-03-10 12:00; the warning is due from 2026-02-24 12:00.
    await runLoyaltySchedule(db(), new Date('2026-02-24T11:00:00Z'), ws);
    expect(await emitted(ws, 'Points Expiring Soon')).toHaveLength(0);
    await runLoyaltySchedule(db(), new Date('2026-02-24T12:00:00Z'), ws);
    await runLoyaltySchedule(db(), new Date('2026-02-25T12:00:00Z'), ws);
    expect((await emitted(ws, 'Points Expiring Soon')).map((e) => e.properties)).toEqual([
      expect.objectContaining({ points: 70, expires_at: '2026-03-10T12:00:00.000Z' }),
    ]);
    await runLoyaltySchedule(db(), new Date('2026-03-10T12:00:00Z'), ws);
    await runLoyaltySchedule(db(), new Date('2026-03-10T12:00:00Z'), ws);
    expect((await emitted(ws, 'Points Expired')).map((e) => e.properties.points)).toEqual([70]);
    clock.set(new Date('2026-03-10T12:00:00Z'));
    expect((await loyaltyStatus(shop, 'eve')).points).toMatchObject({ balance: 0, lifetime_expired: 70 });
    await ledgerHolds(db(), ws);
  });

  it('expires everything after N months without activity, and activity resets the clock', async () => {
    const shop = await createTestShop(testApp);
    const ws = shop.workspace.id;
    await putProgram(shop, { expiry: { policy: 'inactivity', months: 6 } });
    await sendTrack(db(), ws, 'Order Completed', 'ina', { order_id: 'I1', total: 10 }, start);
    await sendTrack(db(), ws, 'Order Completed', 'act', { order_id: 'I2', total: 10 }, start);
    await sendTrack(db(), ws, 'Order Completed', 'act', { order_id: 'I3', total: 5 }, days(100));
    await runLoyaltySchedule(db(), new Date('2026-07-10T12:00:00Z'), ws);
    clock.set(new Date('2026-07-10T12:00:00Z'));
    expect((await loyaltyStatus(shop, 'ina')).points.balance).toBe(0);
    expect((await loyaltyStatus(shop, 'act')).points.balance).toBe(15);
    await ledgerHolds(db(), ws);
  });

  it('expires a batch of inactive members in one sweep, one entry and one event each', async () => {
    const shop = await createTestShop(testApp);
    const ws = shop.workspace.id;
    await putProgram(shop, { expiry: { policy: 'inactivity', months: 3 }, pending_days: 0 });
    await sendTrack(db(), ws, 'Order Completed', 'gone1', { order_id: 'B1', total: 10 }, start);
    await sendTrack(db(), ws, 'Order Completed', 'gone1', { order_id: 'B2', total: 7 }, days(5));
    await sendTrack(db(), ws, 'Order Completed', 'gone2', { order_id: 'B3', total: 4 }, days(1));
    await sendTrack(db(), ws, 'Order Completed', 'stays', { order_id: 'B4', total: 9 }, start);
    await sendTrack(db(), ws, 'Order Completed', 'stays', { order_id: 'B5', total: 1 }, days(80));
    const sweep = await runLoyaltySchedule(db(), days(100), ws);
    expect(sweep.expired).toBe(2);
    const expired = await queryRows<{ customer: string; points: number; balance: number }>(
      db(),
      sql`select properties->>'customer_id' as customer, (properties->>'points')::int as points,
            (properties->>'balance')::int as balance
          from events where workspace_id = ${ws} and name = 'Points Expired' order by 2`,
    );
    expect(expired).toEqual([
      { customer: await customerId(shop, 'gone2'), points: 4, balance: 0 },
      { customer: await customerId(shop, 'gone1'), points: 17, balance: 0 },
    ]);
    const entries = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from points_entries where workspace_id = ${ws} and kind = 'expire'`,
    );
    expect(entries[0]!.n).toBe(2);
    expect(await pointsBalance(db(), ws, await customerId(shop, 'stays'))).toEqual({
      balance: 10,
      pending: 0,
    });
    expect((await runLoyaltySchedule(db(), days(100), ws)).expired).toBe(0);
    await ledgerHolds(db(), ws);
  });

  it('warns an inactive member once, and again only after new activity', async () => {
    const shop = await createTestShop(testApp);
    const ws = shop.workspace.id;
    await putProgram(shop, { expiry: { policy: 'inactivity', months: 6 }, expiring_soon_days: 30 });
    await sendTrack(db(), ws, 'Order Completed', 'quiet', { order_id: 'W1', total: 10 }, start);
    const warnings = async () =>
      (
        await queryRows<{ n: number }>(
          db(),
          sql`select count(*)::int as n from events where workspace_id = ${ws} and name = 'Points Expiring Soon'`,
        )
      )[0]!.n;
    // 20 days before the six months are up: inside the 30-day warning window.
    const inWindow = new Date('2026-06-20T12:00:00Z');
    expect((await runLoyaltySchedule(db(), inWindow, ws)).announced).toBe(1);
    expect((await runLoyaltySchedule(db(), inWindow, ws)).announced).toBe(0);
    expect((await runLoyaltySchedule(db(), days(170), ws)).announced).toBe(0);
    expect(await warnings()).toBe(1);
    // New activity moves the clock; the next window warns again.
    await sendTrack(db(), ws, 'Order Completed', 'quiet', { order_id: 'W2', total: 10 }, days(175));
    expect((await runLoyaltySchedule(db(), days(175 + 165), ws)).announced).toBe(1);
    expect(await warnings()).toBe(2);
    // And once the period is over, the points expire.
    expect((await runLoyaltySchedule(db(), days(175 + 190), ws)).expired).toBe(1);
    expect(await pointsBalance(db(), ws, await customerId(shop, 'quiet'))).toEqual({
      balance: 0,
      pending: 0,
    });
    await ledgerHolds(db(), ws);
  });

  it('upgrades at once, keeps the tier through the period, reviews it after the grace days', async () => {
    const shop = await createTestShop(testApp);
    const ws = shop.workspace.id;
    await putProgram(shop, {
      tier_metric: 'spend',
      tier_period: 'rolling',
      tier_window_months: 12,
      tier_grace_days: 30,
    });
    await shop.request({
      method: 'POST',
      url: '/v1/loyalty/tiers',
      payload: { name: 'Silver', threshold: 10_000 },
    });
    await shop.request({
      method: 'POST',
      url: '/v1/loyalty/tiers',
      payload: { name: 'Gold', threshold: 50_000, earn_multiplier_percent: 200 },
    });
    clock.set(start);
    await sendTrack(db(), ws, 'Order Completed', 'tia', { order_id: 'T1', total: 600 }, start);
    let tia = await loyaltyStatus(shop, 'tia');
    expect(tia.tier).toMatchObject({ name: 'Gold', rank: 2, review_at: '2027-02-09T12:00:00.000Z' });
    expect(tia.next_tier).toBeNull();
    // Mid-period nothing moves, even though a refund dropped the spend.
    await sendTrack(db(), ws, 'Order Refunded', 'tia', { order_id: 'T1', total: 450 }, days(30));
    await runLoyaltySchedule(db(), new Date('2026-12-01T00:00:00Z'), ws);
    clock.set(new Date('2026-12-01T00:00:00Z'));
    expect((await loyaltyStatus(shop, 'tia')).tier.name).toBe('Gold');
    // At the review (period end + 30 days) the last 12 months hold $0 of spend: no tier.
    await sendTrack(
      db(),
      ws,
      'Order Completed',
      'tia',
      { order_id: 'T2', total: 120 },
      new Date('2026-12-01T00:00:00Z'),
    );
    await runLoyaltySchedule(db(), new Date('2027-02-09T12:00:00Z'), ws);
    clock.set(new Date('2027-02-09T12:00:00Z'));
    tia = await loyaltyStatus(shop, 'tia');
    expect(tia.tier).toMatchObject({ name: 'Silver', rank: 1 });
    expect(tia.next_tier).toMatchObject({
      name: 'Gold',
      threshold: 50_000,
      progress: 12_000,
      remaining: 38_000,
      progress_percent: 24,
    });
    expect(
      (await emitted(ws, 'Tier Changed')).map((e) => [e.properties.to_tier, e.properties.direction]),
    ).toEqual([
      ['Gold', 'up'],
      ['Silver', 'down'],
    ]);
    await ledgerHolds(db(), ws);
  });

  it('gives birthday points once a year on the birthday', async () => {
    const shop = await createTestShop(testApp);
    const ws = shop.workspace.id;
    await shop.request({
      method: 'POST',
      url: '/v1/loyalty/earn-rules',
      payload: {
        name: 'Birthday',
        active: true,
        definition: { trigger: { type: 'birthday' }, reward: { type: 'fixed', points: 100 } },
      },
    });
    await sendIdentify(db(), ws, 'bea', { birthday: '1990-03-15' }, start);
    await runLoyaltySchedule(db(), new Date('2026-03-14T23:00:00Z'), ws);
    await runLoyaltySchedule(db(), new Date('2026-03-15T01:00:00Z'), ws);
    await runLoyaltySchedule(db(), new Date('2026-03-15T20:00:00Z'), ws);
    clock.set(new Date('2026-03-16T00:00:00Z'));
    expect((await loyaltyStatus(shop, 'bea')).points.balance).toBe(100);
    await ledgerHolds(db(), ws);
  });

  it('gives birthday points when the birthday starts in the customer’s time zone', async () => {
    const shop = await createTestShop(testApp);
    const ws = shop.workspace.id;
    await birthdayRule(shop);
    await sendIdentify(db(), ws, 'kenji', { birthday: '1990-03-15', timezone: 'Asia/Tokyo' }, start);
    const kenji = await customerId(shop, 'kenji');
    // Midnight of 15 March in Tokyo (UTC+9) is 15:00 UTC on the 14th.
    await runLoyaltySchedule(db(), new Date('2026-03-14T14:59:59Z'), ws);
    expect(await pointsBalance(db(), ws, kenji)).toEqual({ balance: 0, pending: 0 });
    await runLoyaltySchedule(db(), new Date('2026-03-14T15:00:00Z'), ws);
    await runLoyaltySchedule(db(), new Date('2026-03-15T14:00:00Z'), ws);
    expect(await pointsBalance(db(), ws, kenji)).toEqual({ balance: 100, pending: 0 });
    const ledger = await shop.request({ method: 'GET', url: '/v1/customers/kenji/points/transactions' });
    expect(ledger.json().data).toMatchObject([
      { kind: 'bonus', points: 100, reason: 'Birthday', occurred_at: '2026-03-14T15:00:00.000Z' },
    ]);
    // The 16th in Tokyo: nothing more.
    await runLoyaltySchedule(db(), new Date('2026-03-15T15:00:00Z'), ws);
    expect(await pointsBalance(db(), ws, kenji)).toEqual({ balance: 100, pending: 0 });
    await ledgerHolds(db(), ws);
  });

  it('uses the workspace’s time zone for a customer without one', async () => {
    const shop = await createTestShop(testApp, { timezone: 'America/Los_Angeles' });
    const ws = shop.workspace.id;
    await birthdayRule(shop);
    await sendIdentify(db(), ws, 'rosa', { birthday: '--03-15' }, start);
    const rosa = await customerId(shop, 'rosa');
    // Los Angeles is on daylight time (UTC−7) from 8 March 2026: its 15 March starts at 07:00 UTC.
    await runLoyaltySchedule(db(), new Date('2026-03-15T06:59:59Z'), ws);
    expect(await pointsBalance(db(), ws, rosa)).toEqual({ balance: 0, pending: 0 });
    await runLoyaltySchedule(db(), new Date('2026-03-15T07:00:00Z'), ws);
    await runLoyaltySchedule(db(), new Date('2026-03-16T06:59:59Z'), ws);
    expect(await pointsBalance(db(), ws, rosa)).toEqual({ balance: 100, pending: 0 });
    await ledgerHolds(db(), ws);
  });

  it('runs from the scheduler the server starts, and stops cleanly', async () => {
    const shop = await createTestShop(testApp);
    const ws = shop.workspace.id;
    await putProgram(shop, { pending_days: 3 });
    await sendTrack(db(), ws, 'Order Completed', 'sch', { order_id: 'S1', total: 9 }, start);
    clock.set(days(3));
    const errors: unknown[] = [];
    const scheduler = startLoyaltySchedule(db(), clock, (error) => errors.push(error), ws);
    await scheduler.stop();
    expect(errors).toEqual([]);
    expect((await loyaltyStatus(shop, 'sch')).points).toMatchObject({ balance: 9, pending: 0 });
  });
});
