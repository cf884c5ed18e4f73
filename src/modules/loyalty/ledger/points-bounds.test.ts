import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../core/clock.js';
import { RetainError } from '../../../core/errors.js';
import { pointsAmountMax, pointsBalanceMax } from '../../../core/limits.js';
import { queryOne, queryRows } from '../../../db/connection.js';
import {
  createTestShop,
  ingest,
  ledgerHolds,
  loyaltyStatus,
  putProgram,
  sendIdentify,
  settledOrWaiting,
  trackEvent,
  useTestApp,
  type TestShop,
} from '../../../testing/index.js';
import { earnPoints } from './ledger.js';
import { runLoyaltySchedule } from '../schedule/index.js';
import { customerIdOrThrow } from './present-entry.js';

// A points balance has a bound (pointsBalanceMax): past it a posting is refused and writes nothing,
// whichever way it comes (an adjustment, an order's points, two at once).

const at = new Date('2026-06-01T08:00:00Z');
const testApp = useTestApp({ clock: fixedClock(at) });
const db = () => testApp().ctx.db;

const adjust = (shop: TestShop, customer: string, points: number) =>
  shop.request({
    method: 'POST',
    url: `/v1/customers/${customer}/points/adjustments`,
    payload: { points, reason: 'goodwill' },
  });

async function entries(workspaceId: string): Promise<number> {
  const row = await queryOne<{ n: number }>(
    db(),
    sql`select count(*)::int as n from points_entries where workspace_id = ${workspaceId}`,
  );
  return row!.n;
}

/** A customer holding `points` posted points, given by adjustments of at most one entry's bound. */
async function customerHolding(shop: TestShop, userId: string, points: number): Promise<string> {
  await sendIdentify(db(), shop.workspace.id, userId, {}, at);
  for (let left = points; left > 0; left -= pointsAmountMax)
    expect((await adjust(shop, userId, Math.min(left, pointsAmountMax))).statusCode).toBe(201);
  return customerIdOrThrow(db(), shop.workspace.id, userId);
}

const earning = (workspaceId: string, customerId: string, points: number, key: string) => ({
  workspaceId,
  customerId,
  points,
  kind: 'bonus' as const,
  reason: 'race',
  source: { type: 'test', id: key },
  idempotencyKey: key,
  at,
});

describe('the points balance bound', () => {
  it('refuses an adjustment past it with 422 naming points, writing nothing', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND' });
    await customerHolding(shop, 'lan', pointsBalanceMax);
    expect((await loyaltyStatus(shop, 'lan')).points.balance).toBe(pointsBalanceMax);
    const written = await entries(shop.workspace.id);

    const past = await adjust(shop, 'lan', 1);
    expect(past.statusCode).toBe(422);
    expect(past.json().error).toMatchObject({
      type: 'business_rule_error',
      code: 'points_balance_limit_reached',
      param: 'points',
    });
    expect(await entries(shop.workspace.id)).toBe(written);
    expect((await loyaltyStatus(shop, 'lan')).points.balance).toBe(pointsBalanceMax);
    // Taking points away from a full balance still works.
    expect((await adjust(shop, 'lan', -1)).statusCode).toBe(201);
    await ledgerHolds(db(), shop.workspace.id);
  });

  it.each([
    ['planned in the page', { pending_days: 0 }],
    ['one at a time (cashback)', { pending_days: 14, cashback_basis_points: 100 }],
  ])(
    'records an order whose points would pass it as the loyalty consumer’s failure, posting nothing (%s)',
    async (_path, program) => {
      const shop = await createTestShop(testApp(), { currency: 'VND' });
      const ws = shop.workspace.id;
      await putProgram(shop, { earn_points: 1, earn_per_amount_minor: 1_000, ...program });
      // One point short of full, pending points included: 1,000,000 ₫ earns 1,000.
      await customerHolding(shop, 'minh', pointsBalanceMax - 1);
      const written = await entries(ws);

      const order = trackEvent(ws, 'Order Completed', 'minh', { order_id: 'VN-9', total: 1_000_000 }, at);
      await ingest(db(), ws, [order]);

      const failures = await queryRows<{ error: string; message_id: string }>(
        db(),
        sql`select f.error, e.message_id from consumer_failures f join events e on e.id = f.event_id
            where f.workspace_id = ${ws} and f.consumer = 'loyalty'`,
      );
      expect(failures).toEqual([{ message_id: order.messageId, error: expect.any(String) }]);
      expect(failures[0]!.error).toContain(`would pass the most one balance may hold, ${pointsBalanceMax}`);
      expect(await entries(ws)).toBe(written);
      const loyaltyOrders = await queryRows(
        db(),
        sql`select 1 from loyalty_orders where workspace_id = ${ws} and order_id = 'VN-9'`,
      );
      expect(loyaltyOrders).toEqual([]);
      const status = await loyaltyStatus(shop, 'minh');
      expect(status.points).toMatchObject({ balance: pointsBalanceMax - 1, pending: 0 });
      expect(status.store_credit.balance_minor).toBe(0);
      // The order itself is the orders module's: it is recorded whatever loyalty refused.
      const orders = await queryRows(
        db(),
        sql`select 1 from orders where workspace_id = ${ws} and order_id = 'VN-9'`,
      );
      expect(orders).toHaveLength(1);
      await ledgerHolds(db(), ws);
    },
  );

  it('gives a full balance no birthday points, and the sweep goes on to the other birthdays', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND' });
    const ws = shop.workspace.id;
    const rule = await shop.request({
      method: 'POST',
      url: '/v1/loyalty/earn-rules',
      payload: {
        name: 'Birthday',
        active: true,
        definition: { trigger: { type: 'birthday' }, reward: { type: 'fixed', points: 100 } },
      },
    });
    expect(rule.statusCode).toBe(201);
    await customerHolding(shop, 'an', pointsBalanceMax);
    await sendIdentify(db(), ws, 'an', { birthday: '1990-06-01' }, at);
    await sendIdentify(db(), ws, 'binh', { birthday: '1990-06-01' }, at);

    const swept = await runLoyaltySchedule(db(), at, ws);
    expect(swept.birthdays).toBe(1);
    expect((await loyaltyStatus(shop, 'an')).points.balance).toBe(pointsBalanceMax);
    expect((await loyaltyStatus(shop, 'binh')).points.balance).toBe(100);
    await ledgerHolds(db(), ws);
  });

  it('lets only one of two postings racing past it through', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND' });
    const ws = shop.workspace.id;
    const customerId = await customerHolding(shop, 'vy', pointsBalanceMax - pointsAmountMax);
    let second: ReturnType<typeof adjust> | undefined;
    await db().transaction(async (tx) => {
      await earnPoints(tx, earning(ws, customerId, pointsAmountMax, 'first'));
      second = adjust(shop, 'vy', 1);
      expect(await settledOrWaiting(tx, second), 'the second posting waits for the first').toBe('waiting');
    });
    const refused = (await second)!;
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('points_balance_limit_reached');
    expect((await loyaltyStatus(shop, 'vy')).points.balance).toBe(pointsBalanceMax);
    await ledgerHolds(db(), ws);
  });

  it('never lets postings made at once pass it together, whatever their sizes', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND' });
    const ws = shop.workspace.id;
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: pointsAmountMax }),
        fc.array(fc.integer({ min: 1, max: pointsAmountMax }), { minLength: 2, maxLength: 6 }),
        async (room, sizes) => {
          run += 1;
          const customerId = await customerHolding(shop, `race-${run}`, pointsBalanceMax - room);
          const outcomes = await Promise.all(
            sizes.map((points, i) =>
              earnPoints(db(), earning(ws, customerId, points, `race-${run}-${i}`)).then(
                () => points,
                (error: unknown) => {
                  expect(error).toBeInstanceOf(RetainError);
                  expect((error as RetainError).code).toBe('points_balance_limit_reached');
                  return 0;
                },
              ),
            ),
          );
          const accepted = outcomes.reduce((sum, points) => sum + points, 0);
          const status = await loyaltyStatus(shop, `race-${run}`);
          expect(status.points.balance).toBe(pointsBalanceMax - room + accepted);
          expect(status.points.balance).toBeLessThanOrEqual(pointsBalanceMax);
          // A refused posting would indeed not have fit: each was judged on what the others left.
          for (const [i, points] of sizes.entries())
            if (outcomes[i] === 0) expect(status.points.balance + points).toBeGreaterThan(pointsBalanceMax);
        },
      ),
      { numRuns: 6 },
    );
    await ledgerHolds(db(), ws);
  });
});
