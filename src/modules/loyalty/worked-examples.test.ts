import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import { dayMs } from '../../core/time.js';
import type { Database } from '../../db/connection.js';
import {
  createTestApp,
  createTestShop,
  ledgerHolds,
  loyaltyStatus,
  openTestDatabase,
  putProgram,
  sendTrack,
  type TestApp,
} from '../../testing/index.js';
import { runLoyaltySchedule, spendPoints } from './index.js';
import { findCustomerRef } from '../customers/index.js';

let database: Database;
let testApp: TestApp;
const start = new Date('2026-03-01T09:00:00Z');
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

describe('a worked VND example (1 point per 10,000 ₫, 14 days pending, 2% cashback)', () => {
  it('earns, posts, claws back a partial and then a full refund, by hand-checked amounts', async () => {
    const shop = await createTestShop(testApp, { currency: 'VND' });
    const ws = shop.workspace.id;
    await putProgram(shop, {
      points_name: 'xu',
      earn_points: 1,
      earn_per_amount_minor: 10_000,
      pending_days: 14,
      expiry: { policy: 'per_lot', months: 12 },
      cashback_basis_points: 200,
      redemption_points: 1,
      redemption_value_minor: 100,
    });
    // 1,234,000 ₫ → ⌊1,234,000 ÷ 10,000⌋ = 123 xu, pending for 14 days; cashback 2% = 24,680 ₫.
    await sendTrack(
      db(),
      ws,
      'Order Completed',
      'lan',
      { order_id: 'VN-1', total: 1_234_000, currency: 'VND' },
      start,
    );
    let lan = await loyaltyStatus(shop, 'lan');
    expect(lan.points).toMatchObject({ balance: 0, pending: 123, lifetime_earned: 0 });
    expect(lan.store_credit).toEqual({ balance_minor: 24_680, currency: 'VND' });

    // Day 13: still pending. Day 14: posted.
    expect((await runLoyaltySchedule(db(), days(13), ws)).posted).toBe(0);
    expect((await runLoyaltySchedule(db(), days(14), ws)).posted).toBe(1);
    clock.set(days(14));
    lan = await loyaltyStatus(shop, 'lan');
    expect(lan.points).toMatchObject({ balance: 123, pending: 0, lifetime_earned: 123, value_minor: 12_300 });

    // Refund 234,000 ₫: ⌊123 × 234,000 ÷ 1,234,000⌋ = ⌊23.32⌋ = 23 xu back; credit ⌊24,680 × 234,000 ÷ 1,234,000⌋ = 4,680 ₫.
    await sendTrack(db(), ws, 'Order Refunded', 'lan', { order_id: 'VN-1', total: 234_000 }, days(15));
    lan = await loyaltyStatus(shop, 'lan');
    expect(lan.points.balance).toBe(100);
    expect(lan.store_credit.balance_minor).toBe(20_000);

    // The same refund again under a new messageId is a second refund of what is left; a replay of
    // the same event is dropped by the log. Refund the rest: all 123 and all 24,680 ₫ are back.
    await sendTrack(db(), ws, 'Order Refunded', 'lan', { order_id: 'VN-1' }, days(16));
    lan = await loyaltyStatus(shop, 'lan');
    expect(lan.points.balance).toBe(0);
    expect(lan.store_credit.balance_minor).toBe(0);
    await sendTrack(db(), ws, 'Order Refunded', 'lan', { order_id: 'VN-1' }, days(17));
    expect((await loyaltyStatus(shop, 'lan')).points.balance).toBe(0);

    const list = await shop.request({ method: 'GET', url: '/v1/customers/lan/points/transactions' });
    expect(
      list
        .json()
        .data.map((t: { kind: string; points: number; pending_points: number }) => [
          t.kind,
          t.points,
          t.pending_points,
        ]),
    ).toEqual([
      ['clawback', -100, 0],
      ['clawback', -23, 0],
      ['post', 123, -123],
      ['earn', 0, 123],
    ]);
    await ledgerHolds(db(), ws);
  });

  it('voids pending points when the order is refunded inside the return window', async () => {
    const shop = await createTestShop(testApp, { currency: 'VND' });
    const ws = shop.workspace.id;
    await putProgram(shop, { earn_points: 1, earn_per_amount_minor: 10_000, pending_days: 14 });
    await sendTrack(db(), ws, 'Order Completed', 'minh', { order_id: 'VN-2', total: 500_000 }, start);
    await sendTrack(db(), ws, 'Order Refunded', 'minh', { order_id: 'VN-2', total: 200_000 }, days(3));
    // ⌊50 × 200,000 ÷ 500,000⌋ = 20 void; 30 stay pending and post on day 14.
    expect((await loyaltyStatus(shop, 'minh')).points).toMatchObject({ balance: 0, pending: 30 });
    await runLoyaltySchedule(db(), days(14), ws);
    expect((await loyaltyStatus(shop, 'minh')).points).toMatchObject({ balance: 30, pending: 0 });
    await ledgerHolds(db(), ws);
  });
});

describe('a worked USD example (1 point per $1, Gold at $500 with ×1.5)', () => {
  it('earns, upgrades at once, multiplies later orders, spends soonest-expiring first', async () => {
    const shop = await createTestShop(testApp, { currency: 'USD' });
    const ws = shop.workspace.id;
    await putProgram(shop, {
      earn_points: 1,
      earn_per_amount_minor: 100,
      expiry: { policy: 'per_lot', months: 6 },
    });
    const gold = await shop.request({
      method: 'POST',
      url: '/v1/loyalty/tiers',
      payload: { name: 'Gold', threshold: 50_000, earn_multiplier_percent: 150, free_shipping: true },
    });
    expect(gold.statusCode).toBe(201);
    clock.set(start);
    // $129.99 → 129 points (fractions dropped). $420.50 → 420 points; spend $550.49 ≥ $500 → Gold.
    await sendTrack(
      db(),
      ws,
      'Order Completed',
      'ann',
      { order_id: 'US-1', total: '129.99', currency: 'USD' },
      start,
    );
    await sendTrack(
      db(),
      ws,
      'Order Completed',
      'ann',
      { order_id: 'US-2', revenue: 400, tax: 20.5 },
      days(40),
    );
    let ann = await loyaltyStatus(shop, 'ann');
    expect(ann.points.balance).toBe(549);
    expect(ann.tier).toMatchObject({
      name: 'Gold',
      rank: 1,
      earn_multiplier_percent: 150,
      free_shipping: true,
    });
    // $10.00 at Gold: ⌊10 × 1.5⌋ = 15 points.
    await sendTrack(db(), ws, 'Order Completed', 'ann', { order_id: 'US-3', total: 10 }, days(41));
    ann = await loyaltyStatus(shop, 'ann');
    expect(ann.points.balance).toBe(564);
    // 100 points = $1.00 by default: 564 points are worth 564 cents.
    expect(ann.points.value_minor).toBe(564);
    // The first lot (129, expiring day 0 + 6 months) is within 90 days of day 100; the others later.
    clock.set(days(100));
    ann = await loyaltyStatus(shop, 'ann');
    expect(ann.expiring[2]).toEqual({
      within_days: 90,
      points: 129,
      dates: [{ expires_at: '2026-09-01T09:00:00.000Z', points: 129 }],
    });

    // Spending 200 takes the 129 of the soonest-expiring lot, then 71 of the next.
    const customerId = (await findCustomerRef(db(), ws, 'ann'))!;
    const spent = await db().transaction((tx) =>
      spendPoints(tx, {
        workspaceId: ws,
        customerId,
        points: 200,
        reason: 'reward',
        source: { type: 'test', id: 'r1' },
        idempotencyKey: 'spend-1',
        at: days(100),
      }),
    );
    expect(spent).toMatchObject({ ok: true, balance: 364 });
    ann = await loyaltyStatus(shop, 'ann');
    expect(ann.expiring[2]).toMatchObject({ points: 0 });

    // Six months after the second order its remaining 349 points expire; 15 remain.
    const swept = await runLoyaltySchedule(db(), new Date('2026-10-10T12:00:00Z'), ws);
    expect(swept.expired).toBe(1);
    clock.set(new Date('2026-10-10T12:00:00Z'));
    ann = await loyaltyStatus(shop, 'ann');
    expect(ann.points).toMatchObject({ balance: 15, lifetime_expired: 349, lifetime_redeemed: 200 });

    const liability = (
      await shop.request({
        method: 'GET',
        url: '/v1/loyalty/liability?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z',
      })
    ).json();
    expect(liability.outstanding).toMatchObject({ points: 15, value_minor: 15, customers: 1 });
    expect(liability.by_expiry_month).toEqual([{ month: '2026-10', points: 15, value_minor: 15 }]);
    // Breakage = expired ÷ (redeemed + expired) = 349 ÷ 549 = 0.6357.
    expect(liability.period).toMatchObject({
      issued: 564,
      redeemed: 200,
      expired: 349,
      breakage_rate: 0.6357,
    });
    await ledgerHolds(db(), ws);
  });
});
