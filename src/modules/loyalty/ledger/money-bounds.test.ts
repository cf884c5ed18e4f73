import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../core/clock.js';
import { moneyAmountMinorMax, pointsAmountMax, storeCreditBalanceMinorMax } from '../../../core/limits.js';
import { queryOne } from '../../../db/connection.js';
import {
  createTestShop,
  ledgerHolds,
  loyaltyStatus,
  putProgram,
  sendIdentify,
  settledOrWaiting,
  type TestShop,
  useTestApp,
} from '../../../testing/index.js';
import { consumers } from '../../../server/consumers.js';
import { appendEvents, drainConsumers } from '../../events/index.js';
import { customerIdOrThrow } from './present-entry.js';
import { issueStoreCredit } from './store-credit.js';

// Money and points past 2^53: 1,024 grants of 2^53−1 once overflowed the account's int8 (a 500),
// the balance stopped matching its entries, and the liability report answered 500 for good.

const at = new Date('2026-06-01T08:00:00Z');
const testApp = useTestApp({ clock: fixedClock(at) });
const db = () => testApp().ctx.db;

const credit = (shop: TestShop, customer: string, amount: number) =>
  shop.request({
    method: 'POST',
    url: `/v1/customers/${customer}/store-credit/credits`,
    payload: { amount, reason: 'goodwill' },
  });

async function creditEntries(workspaceId: string): Promise<number> {
  const row = await queryOne<{ n: number }>(
    db(),
    sql`select count(*)::int as n from store_credit_entries where workspace_id = ${workspaceId}`,
  );
  return row!.n;
}

describe('money and points within their bounds', () => {
  it('refuses an amount past one amount’s bound with 400 naming the field, and writes nothing', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND' });
    await sendIdentify(db(), shop.workspace.id, 'vy', {}, at);
    for (const amount of [Number.MAX_SAFE_INTEGER, moneyAmountMinorMax + 1, -moneyAmountMinorMax - 1]) {
      const refused = await credit(shop, 'vy', amount);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error).toMatchObject({ code: 'parameter_invalid', param: 'amount' });
    }
    const debit = await shop.request({
      method: 'POST',
      url: '/v1/customers/vy/store-credit/debits',
      payload: { amount: moneyAmountMinorMax + 1, reason: 'checkout' },
    });
    expect(debit.statusCode).toBe(400);
    expect(debit.json().error.param).toBe('amount');
    const points = await shop.request({
      method: 'POST',
      url: '/v1/customers/vy/points/adjustments',
      payload: { points: pointsAmountMax + 1, reason: 'typo' },
    });
    expect(points.statusCode).toBe(400);
    expect(points.json().error.param).toBe('points');
    const reward = await shop.request({
      method: 'POST',
      url: '/v1/loyalty/rewards',
      payload: { name: 'Huge', kind: 'store_credit', points_cost: 1, credit_amount: Number.MAX_SAFE_INTEGER },
    });
    expect(reward.statusCode).toBe(400);
    expect(reward.json().error.param).toBe('credit_amount');
    expect(await creditEntries(shop.workspace.id)).toBe(0);
    expect((await loyaltyStatus(shop, 'vy')).store_credit.balance_minor).toBe(0);
  });

  it('refuses a credit past the balance bound with 422 store_credit_balance_limit_reached, writing nothing', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND' });
    await sendIdentify(db(), shop.workspace.id, 'lan', {}, at);
    const grants = storeCreditBalanceMinorMax / moneyAmountMinorMax;
    for (let i = 0; i < grants; i++)
      expect((await credit(shop, 'lan', moneyAmountMinorMax)).statusCode).toBe(201);
    const past = await credit(shop, 'lan', 1);
    expect(past.statusCode).toBe(422);
    expect(past.json().error).toMatchObject({ code: 'store_credit_balance_limit_reached', param: 'amount' });
    expect(await creditEntries(shop.workspace.id)).toBe(grants);
    expect((await loyaltyStatus(shop, 'lan')).store_credit.balance_minor).toBe(storeCreditBalanceMinorMax);
    // Taking credit away from a full balance still works.
    expect((await credit(shop, 'lan', -1)).statusCode).toBe(201);
    await ledgerHolds(db(), shop.workspace.id);
  });

  it('lets only one of two credits racing past the balance bound through', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND' });
    const ws = shop.workspace.id;
    await sendIdentify(db(), ws, 'minh', {}, at);
    const customerId = await customerIdOrThrow(db(), ws, 'minh');
    const start = storeCreditBalanceMinorMax - moneyAmountMinorMax;
    await db().transaction((tx) =>
      issueStoreCredit(tx, {
        workspaceId: ws,
        customerId,
        amountMinor: start,
        kind: 'issue',
        reason: 'opening balance',
        source: { type: 'test', id: 'start' },
        idempotencyKey: 'start',
        at,
      }),
    );
    let second: ReturnType<typeof credit> | undefined;
    await db().transaction(async (tx) => {
      await issueStoreCredit(tx, {
        workspaceId: ws,
        customerId,
        amountMinor: moneyAmountMinorMax,
        kind: 'issue',
        reason: 'first',
        source: { type: 'test', id: 'first' },
        idempotencyKey: 'first',
        at,
      });
      second = credit(shop, 'minh', moneyAmountMinorMax);
      expect(await settledOrWaiting(tx, second), 'the second credit waits for the first').toBe('waiting');
    });
    const refused = (await second)!;
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('store_credit_balance_limit_reached');
    expect((await loyaltyStatus(shop, 'minh')).store_credit.balance_minor).toBe(storeCreditBalanceMinorMax);
    expect(await creditEntries(ws)).toBe(2);
    await ledgerHolds(db(), ws);
  });

  it('answers liability totals past 2^53 exactly and keeps the doctor’s ledger check whole', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND' });
    const ws = shop.workspace.id;
    // 91 balances near the bound sum past 2^53 (9,007,199,254,740,991) to an odd total no double holds.
    const customers = Array.from({ length: 91 }, (_, i) => `c${i}`);
    await appendEvents(
      db(),
      ws,
      customers.map((userId) => ({
        messageId: `bounds-${ws}-${userId}`,
        type: 'identify' as const,
        userId,
        occurredAt: at,
        receivedAt: at,
      })),
    );
    await drainConsumers(db(), consumers);
    for (const [i, userId] of customers.entries()) {
      const customerId = await customerIdOrThrow(db(), ws, userId);
      await db().transaction((tx) =>
        issueStoreCredit(tx, {
          workspaceId: ws,
          customerId,
          amountMinor: storeCreditBalanceMinorMax - (i === 0 ? 1 : 0),
          kind: 'issue',
          reason: 'near the bound',
          source: { type: 'test', id: userId },
          idempotencyKey: `near-${userId}`,
          at,
        }),
      );
    }
    // Points: 100,000,000,001 points at 1,000,003 ₫ each are worth 100,000,300,001,000,003 ₫.
    await putProgram(shop, { redemption_points: 1, redemption_value_minor: 1_000_003 });
    const points = await shop.request({
      method: 'POST',
      url: '/v1/customers/c1/points/adjustments',
      payload: { points: 100_000_000_001, reason: 'big spender' },
    });
    expect(points.statusCode).toBe(201);

    const liability = await shop.request({ method: 'GET', url: '/v1/loyalty/liability' });
    expect(liability.statusCode).toBe(200);
    const outstanding = liability.json().outstanding;
    expect(outstanding.exact).toEqual({
      points: '100000000001',
      value_minor: '100000300001000003',
      pending_points: '0',
      pending_value_minor: '0',
      negative_points: '0',
      store_credit_minor: '9099999999999999',
    });
    // As JSON numbers they are the nearest doubles.
    expect(outstanding.value_minor).toBe(Number(100_000_300_001_000_003n));
    expect(outstanding.store_credit_minor).toBe(Number(9_099_999_999_999_999n));

    const doctor = await shop.request({ method: 'GET', url: '/v1/doctor' });
    expect(doctor.statusCode).toBe(200);
    expect(doctor.json().ledger).toEqual({ ok: true, problems: [] });
    await ledgerHolds(db(), ws);
  });
});
