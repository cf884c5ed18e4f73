import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { fixedClock } from '../../../core/clock.js';
import { newId } from '../../../core/ids.js';
import { queryRows, type Database } from '../../../db/connection.js';
import {
  createTestApp,
  createTestShop,
  openTestDatabase,
  type TestApp,
  type TestShop,
} from '../../../testing/index.js';
import { resolveCustomerId } from '../../customers/index.js';
import { appendEvents, drainConsumers } from '../../events/index.js';
import { consumers } from '../../../server/consumers.js';
import { assertLedger, earnPoints, pointsBalance, storeCreditBalance } from '../index.js';
import { openLots } from '../ledger/index.js';
import { updateProgram, insertTier, setCustomerTier } from '../program/index.js';

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

let shops: TestShop[] = [];

async function vndShop(): Promise<TestShop> {
  const shop = await createTestShop(testApp, { currency: 'VND', timezone: 'Asia/Ho_Chi_Minh' });
  shops.push(shop);
  return shop;
}

// Whatever a test did, the cached balances, lots and store credit still equal their ledgers.
afterEach(async () => {
  for (const shop of shops) await assertLedger(db(), shop.workspace.id);
  shops = [];
});

async function customerWith(
  shop: TestShop,
  userId: string,
  points: number,
  at = clock.now(),
): Promise<string> {
  const id = await resolveCustomerId(db(), shop.workspace.id, { userId }, at);
  if (points > 0) await earn(shop, id, points, at);
  return id;
}

async function earn(shop: TestShop, customerId: string, points: number, at: Date): Promise<void> {
  await db().transaction((tx) =>
    earnPoints(tx, {
      workspaceId: shop.workspace.id,
      customerId,
      points,
      kind: 'earn',
      reason: 'test order',
      source: { type: 'test', id: newId('order') },
      idempotencyKey: newId('event'),
      at,
    }),
  );
}

async function reward(shop: TestShop, body: Record<string, unknown>): Promise<string> {
  const response = await shop.request({ method: 'POST', url: '/v1/loyalty/rewards', payload: body });
  expect(response.statusCode).toBe(201);
  return response.json().id;
}

const redeem = (shop: TestShop, customer: string, rewardId: string, key?: string) =>
  shop.request({
    method: 'POST',
    url: `/v1/customers/${customer}/redemptions`,
    payload: { reward_id: rewardId },
    ...(key ? { headers: { 'idempotency-key': key } } : {}),
  });

const balance = async (shop: TestShop, customerId: string) =>
  (await pointsBalance(db(), shop.workspace.id, customerId)).balance;

async function rewardCoupons(shop: TestShop): Promise<{ customer: string }[]> {
  return (await shop.request({ method: 'GET', url: '/v1/coupons?source=reward&limit=100' })).json().data;
}

async function loggedEvents(shop: TestShop, name: string): Promise<Record<string, unknown>[]> {
  const rows = await queryRows<{ properties: Record<string, unknown> }>(
    db(),
    sql`select properties from events where workspace_id = ${shop.workspace.id} and name = ${name} order by id`,
  );
  return rows.map((row) => row.properties);
}

describe('/v1/loyalty/rewards', () => {
  it('creates, reads, changes, lists and archives a reward', async () => {
    const shop = await vndShop();
    const created = await shop.request({
      method: 'POST',
      url: '/v1/loyalty/rewards',
      payload: { name: '50k off', kind: 'amount_off', points_cost: 200, amount_off: 50_000, stock: 10 },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      object: 'loyalty_reward',
      kind: 'amount_off',
      points_cost: 200,
      amount_off: 50_000,
      currency: 'VND',
      stock: 10,
      minimum_order: null,
      archived: null,
    });
    const id = created.json().id;
    const changed = await shop.request({
      method: 'PATCH',
      url: `/v1/loyalty/rewards/${id}`,
      payload: { points_cost: 250, minimum_order: 300_000 },
    });
    expect(changed.json()).toMatchObject({
      points_cost: 250,
      minimum_order: 300_000,
      amount_off: 50_000,
      stock: 10,
    });
    expect((await shop.request({ method: 'GET', url: '/v1/loyalty/rewards' })).json().data).toHaveLength(1);
    const archived = await shop.request({ method: 'DELETE', url: `/v1/loyalty/rewards/${id}` });
    expect(archived.json().archived).toBe(start.toISOString());
    expect((await shop.request({ method: 'GET', url: '/v1/loyalty/rewards' })).json().data).toEqual([]);
    expect(
      (await shop.request({ method: 'GET', url: '/v1/loyalty/rewards?archived=true' })).json().data,
    ).toHaveLength(1);
  });

  it('names the field a kind needs, and an unknown tier, and creates nothing', async () => {
    const shop = await vndShop();
    const noCredit = await shop.request({
      method: 'POST',
      url: '/v1/loyalty/rewards',
      payload: { name: 'Credit', kind: 'store_credit', points_cost: 100 },
    });
    expect(noCredit.statusCode).toBe(400);
    expect(noCredit.json().error).toMatchObject({ code: 'parameter_invalid', param: 'credit_amount' });
    const badTier = await shop.request({
      method: 'POST',
      url: '/v1/loyalty/rewards',
      payload: { name: 'VIP', kind: 'free_shipping', points_cost: 100, minimum_tier: 'tier_nope' },
    });
    expect(badTier.statusCode).toBe(404);
    expect(badTier.json().error).toMatchObject({ code: 'resource_missing', param: 'minimum_tier' });
    expect((await shop.request({ method: 'GET', url: '/v1/loyalty/rewards' })).json().data).toEqual([]);
  });
});

describe('POST /v1/customers/{id}/redemptions', () => {
  it('works the VND example: 200 points buy 50,000 VND off an order of at least 300,000 VND', async () => {
    const shop = await vndShop();
    const lan = await customerWith(shop, 'lan', 250);
    await customerWith(shop, 'minh', 0);
    const rewardId = await reward(shop, {
      name: '50.000₫ off',
      kind: 'amount_off',
      points_cost: 200,
      amount_off: 50_000,
      minimum_order: 300_000,
      coupon_expires_after_days: 30,
    });
    const response = await redeem(shop, 'lan', rewardId);
    expect(response.statusCode).toBe(201);
    const redemption = response.json();
    expect(redemption).toMatchObject({
      object: 'loyalty_redemption',
      customer: lan,
      reward: rewardId,
      kind: 'amount_off',
      points: 200,
      status: 'issued',
      coupon: { status: 'unused' },
      store_credit: null,
    });
    // 250 − 200 = 50 points left.
    expect(await balance(shop, lan)).toBe(50);
    const code = redemption.coupon.code as string;
    const check = (payload: Record<string, unknown>) =>
      shop.request({ method: 'POST', url: '/v1/coupons/validate', payload: { code, ...payload } });
    // 350,000 VND cart: 50,000 off, the shopper pays 300,000.
    expect((await check({ customer: 'lan', order_total: 350_000 })).json()).toMatchObject({
      valid: true,
      discount: 50_000,
      currency: 'VND',
      expires_at: '2026-03-31T09:00:00.000Z',
    });
    expect((await check({ customer: 'lan', order_total: 299_999 })).json().reason).toBe('minimum_not_met');
    expect((await check({ customer: 'minh', order_total: 350_000 })).json().reason).toBe('not_yours');
    const used = await shop.request({
      method: 'POST',
      url: `/v1/coupons/${code}/redeem`,
      payload: { customer: 'lan', order_id: 'DH-1', order_total: 350_000 },
    });
    expect(used.json()).toMatchObject({ discount: 50_000, order_total: 350_000 });
    const list = (await shop.request({ method: 'GET', url: `/v1/customers/${lan}/redemptions` })).json();
    expect(list.data).toHaveLength(1);
    expect(list.data[0]).toMatchObject({
      id: redemption.id,
      status: 'used',
      coupon: { code, status: 'used' },
    });
    const cancel = await shop.request({
      method: 'POST',
      url: `/v1/customers/${lan}/redemptions/${redemption.id}/cancel`,
    });
    expect(cancel.statusCode).toBe(422);
    expect(cancel.json().error.code).toBe('redemption_coupon_used');
    expect(await balance(shop, lan)).toBe(50);
    const entries = (
      await shop.request({ method: 'GET', url: `/v1/customers/${lan}/points/transactions?limit=1` })
    ).json();
    expect(entries.data[0]).toMatchObject({
      kind: 'redeem',
      reason: 'Redeemed 50.000₫ off',
      reason_detail: { code: 'redeemed', params: { reward: '50.000₫ off' } },
    });
    expect(await loggedEvents(shop, 'Reward Redeemed')).toEqual([
      {
        customer_id: lan,
        redemption_id: redemption.id,
        reward_id: rewardId,
        reward_name: '50.000₫ off',
        kind: 'amount_off',
        points: 200,
        code,
        coupon_id: redemption.coupon.id,
        credit_amount: null,
        currency: 'VND',
      },
    ]);
  });

  it('answers 422 insufficient_points and spends nothing, issues nothing', async () => {
    const shop = await vndShop();
    const hoa = await customerWith(shop, 'hoa', 199);
    const rewardId = await reward(shop, {
      name: 'Off',
      kind: 'amount_off',
      points_cost: 200,
      amount_off: 50_000,
      stock: 5,
    });
    const response = await redeem(shop, hoa, rewardId);
    expect(response.statusCode).toBe(422);
    expect(response.json()).toEqual({
      error: {
        type: 'business_rule_error',
        code: 'insufficient_points',
        message: 'Off costs 200 points; the customer has 199.',
        param: 'reward_id',
      },
    });
    expect(await balance(shop, hoa)).toBe(199);
    expect(await rewardCoupons(shop)).toEqual([]);
    expect(
      (await shop.request({ method: 'GET', url: `/v1/customers/${hoa}/redemptions` })).json().data,
    ).toEqual([]);
    expect((await shop.request({ method: 'GET', url: `/v1/loyalty/rewards/${rewardId}` })).json().stock).toBe(
      5,
    );
    expect(await loggedEvents(shop, 'Reward Redeemed')).toEqual([]);
  });

  it('lets exactly one of 32 simultaneous redemptions of the whole balance succeed', async () => {
    const shop = await vndShop();
    const an = await customerWith(shop, 'an', 500);
    const rewardId = await reward(shop, {
      name: 'All in',
      kind: 'percent_off',
      points_cost: 500,
      percent_off: 20,
    });
    const responses = await Promise.all(
      Array.from({ length: 32 }, (_, i) => redeem(shop, an, rewardId, `race-${i}`)),
    );
    const created = responses.filter((r) => r.statusCode === 201);
    const refused = responses.filter((r) => r.statusCode === 422);
    expect(created).toHaveLength(1);
    expect(refused).toHaveLength(31);
    for (const response of refused) expect(response.json().error.code).toBe('insufficient_points');
    expect(await balance(shop, an)).toBe(0);
    const coupons = await rewardCoupons(shop);
    expect(coupons).toHaveLength(1);
    expect(coupons[0]!.customer).toBe(an);
    expect(
      (await shop.request({ method: 'GET', url: `/v1/customers/${an}/redemptions` })).json().data,
    ).toHaveLength(1);
    expect(await loggedEvents(shop, 'Reward Redeemed')).toHaveLength(1);
  });

  it('never takes stock below zero when more customers race than units exist', async () => {
    const shop = await vndShop();
    const rewardId = await reward(shop, {
      name: 'Tote bag',
      kind: 'free_product',
      points_cost: 100,
      product_id: 'tote',
      stock: 3,
    });
    const customers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => customerWith(shop, `fan-${i}`, 150)),
    );
    const responses = await Promise.all(customers.map((id, i) => redeem(shop, id, rewardId, `stock-${i}`)));
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 422)).toHaveLength(7);
    for (const response of responses.filter((r) => r.statusCode === 422))
      expect(response.json().error.code).toBe('reward_out_of_stock');
    expect((await shop.request({ method: 'GET', url: `/v1/loyalty/rewards/${rewardId}` })).json().stock).toBe(
      0,
    );
    const balances = await Promise.all(customers.map((id) => balance(shop, id)));
    expect(balances.sort((x, y) => x - y)).toEqual([50, 50, 50, 150, 150, 150, 150, 150, 150, 150]);
    expect(await rewardCoupons(shop)).toHaveLength(3);
  });

  it('replays the same Idempotency-Key with one spend and one coupon', async () => {
    const shop = await vndShop();
    const binh = await customerWith(shop, 'binh', 1_000);
    const rewardId = await reward(shop, { name: 'Ship', kind: 'free_shipping', points_cost: 300 });
    const first = await redeem(shop, binh, rewardId, 'once');
    const again = await redeem(shop, binh, rewardId, 'once');
    expect(again.json()).toEqual(first.json());
    expect(await balance(shop, binh)).toBe(700);
    expect(await rewardCoupons(shop)).toHaveLength(1);
  });

  it('refuses a customer below the reward’s tier, and lets the tier in', async () => {
    const shop = await vndShop();
    const ws = shop.workspace.id;
    const silver = newId('tier');
    const gold = newId('tier');
    for (const [id, name, threshold] of [
      [silver, 'Silver', 1_000_000],
      [gold, 'Gold', 5_000_000],
    ] as const)
      await insertTier(db(), ws, {
        id,
        name,
        threshold,
        earnMultiplierPercent: 100,
        freeShipping: false,
        createdAt: start,
      });
    const chi = await customerWith(shop, 'chi', 1_000);
    const rewardId = await reward(shop, {
      name: 'Gold gift',
      kind: 'free_product',
      points_cost: 100,
      product_id: 'gift',
      minimum_tier: gold,
    });
    const none = await redeem(shop, chi, rewardId);
    expect(none.statusCode).toBe(422);
    expect(none.json().error).toMatchObject({
      code: 'reward_tier_required',
      message: 'Gold gift needs tier Gold; the customer is in no tier.',
    });
    await setCustomerTier(db(), ws, chi, { tierId: silver, since: start, reviewAt: start });
    expect((await redeem(shop, chi, rewardId)).json().error.message).toBe(
      'Gold gift needs tier Gold; the customer is in Silver.',
    );
    await setCustomerTier(db(), ws, chi, { tierId: gold, since: start, reviewAt: start });
    expect((await redeem(shop, chi, rewardId)).statusCode).toBe(201);
    expect(await balance(shop, chi)).toBe(900);
  });

  it('refuses a reward outside its active window', async () => {
    const shop = await vndShop();
    const dung = await customerWith(shop, 'dung', 1_000);
    const rewardId = await reward(shop, {
      name: 'Tết only',
      kind: 'amount_off',
      points_cost: 100,
      amount_off: 10_000,
      active_from: '2026-01-20T00:00:00Z',
      active_until: '2026-02-20T00:00:00Z',
    });
    const response = await redeem(shop, dung, rewardId);
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('reward_unavailable');
    expect(await balance(shop, dung)).toBe(1_000);
  });
});

describe('POST /v1/customers/{id}/redemptions/{id}/cancel', () => {
  it('returns the points to the lots they came from, with their expiry dates, and voids the code', async () => {
    const shop = await vndShop();
    const ws = shop.workspace.id;
    await updateProgram(db(), ws, { expiry: { policy: 'per_lot', months: 12 } });
    const earlyAt = new Date('2026-01-10T00:00:00Z');
    const lateAt = new Date('2026-02-10T00:00:00Z');
    const em = await customerWith(shop, 'em', 100, earlyAt);
    await earn(shop, em, 100, lateAt);
    const before = await openLots(db(), ws, em);
    expect(before.map((lot) => [lot.remaining, lot.expiresAt?.toISOString()])).toEqual([
      [100, '2027-01-10T00:00:00.000Z'],
      [100, '2027-02-10T00:00:00.000Z'],
    ]);
    const rewardId = await reward(shop, {
      name: 'Big',
      kind: 'amount_off',
      points_cost: 150,
      amount_off: 40_000,
      stock: 1,
    });
    const redemption = (await redeem(shop, em, rewardId)).json();
    // Soonest-expiring first: all 100 of January's lot, then 50 of February's.
    expect((await openLots(db(), ws, em)).map((lot) => [lot.id, lot.remaining])).toEqual([
      [before[1]!.id, 50],
    ]);

    const cancelled = await shop.request({
      method: 'POST',
      url: `/v1/customers/${em}/redemptions/${redemption.id}/cancel`,
    });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({
      status: 'cancelled',
      coupon: { status: 'voided' },
      cancelled: start.toISOString(),
    });
    const after = await openLots(db(), ws, em);
    expect(after.map((lot) => [lot.id, lot.remaining, lot.expiresAt?.toISOString()])).toEqual(
      before.map((lot) => [lot.id, 100, lot.expiresAt?.toISOString()]),
    );
    expect(await balance(shop, em)).toBe(200);
    expect((await shop.request({ method: 'GET', url: `/v1/loyalty/rewards/${rewardId}` })).json().stock).toBe(
      1,
    );
    const code = redemption.coupon.code;
    const check = await shop.request({
      method: 'POST',
      url: '/v1/coupons/validate',
      payload: { code, customer: em },
    });
    expect(check.json().reason).toBe('voided');

    const twice = await shop.request({
      method: 'POST',
      url: `/v1/customers/${em}/redemptions/${redemption.id}/cancel`,
    });
    expect(twice.json()).toEqual(cancelled.json());
    expect(await balance(shop, em)).toBe(200);
  });

  it('gives and takes back store credit, and refuses once the credit is spent', async () => {
    const shop = await vndShop();
    const ws = shop.workspace.id;
    const giang = await customerWith(shop, 'giang', 400);
    const rewardId = await reward(shop, {
      name: '20k credit',
      kind: 'store_credit',
      points_cost: 100,
      credit_amount: 20_000,
    });
    const first = (await redeem(shop, giang, rewardId)).json();
    expect(first).toMatchObject({
      status: 'issued',
      coupon: null,
      store_credit: { amount: 20_000, currency: 'VND' },
    });
    expect(await storeCreditBalance(db(), ws, giang)).toEqual({ balanceMinor: 20_000, currency: 'VND' });
    const cancel = await shop.request({
      method: 'POST',
      url: `/v1/customers/${giang}/redemptions/${first.id}/cancel`,
    });
    expect(cancel.json().status).toBe('cancelled');
    expect(await storeCreditBalance(db(), ws, giang)).toEqual({ balanceMinor: 0, currency: 'VND' });
    expect(await balance(shop, giang)).toBe(400);

    const second = (await redeem(shop, giang, rewardId)).json();
    const { spendStoreCredit } = await import('../index.js');
    await db().transaction((tx) =>
      spendStoreCredit(tx, {
        workspaceId: ws,
        customerId: giang,
        amountMinor: 5_000,
        reason: 'checkout',
        source: { type: 'test', id: 'o1' },
        idempotencyKey: 'spend-credit',
        at: start,
      }),
    );
    const refused = await shop.request({
      method: 'POST',
      url: `/v1/customers/${giang}/redemptions/${second.id}/cancel`,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('redemption_credit_spent');
    expect(await balance(shop, giang)).toBe(300);
  });

  it('answers 404 for a redemption of another customer', async () => {
    const shop = await vndShop();
    const a = await customerWith(shop, 'a', 100);
    await customerWith(shop, 'b', 0);
    const rewardId = await reward(shop, { name: 'x', kind: 'free_shipping', points_cost: 100 });
    const redemption = (await redeem(shop, a, rewardId)).json();
    const response = await shop.request({
      method: 'POST',
      url: `/v1/customers/b/redemptions/${redemption.id}/cancel`,
    });
    expect(response.statusCode).toBe(404);
    expect(await balance(shop, a)).toBe(0);
  });
});

describe('Customers Merged', () => {
  it('moves a merged profile’s redemptions to the profile it merged into', async () => {
    const shop = await vndShop();
    const at = clock.now();
    const anonymous = await resolveCustomerId(db(), shop.workspace.id, { anonymousId: 'anon-r' }, at);
    await earn(shop, anonymous, 300, at);
    const known = await customerWith(shop, 'tam', 0);
    const rewardId = await reward(shop, { name: 'Ship', kind: 'free_shipping', points_cost: 100 });
    const redemption = (await redeem(shop, anonymous, rewardId)).json();
    await appendEvents(db(), shop.workspace.id, [
      {
        messageId: 'id-tam',
        type: 'identify',
        userId: 'tam',
        anonymousId: 'anon-r',
        occurredAt: at,
        receivedAt: at,
      },
    ]);
    await drainConsumers(db(), consumers);
    const listed = (await shop.request({ method: 'GET', url: '/v1/customers/tam/redemptions' })).json().data;
    expect(listed).toMatchObject([{ id: redemption.id, customer: known, status: 'issued' }]);
    expect(await balance(shop, known)).toBe(200);
    // Its points follow the merge: they come back to the surviving profile, not the merged-away one.
    const cancel = await shop.request({
      method: 'POST',
      url: `/v1/customers/tam/redemptions/${redemption.id}/cancel`,
    });
    expect(cancel.statusCode).toBe(200);
    expect(cancel.json()).toMatchObject({ id: redemption.id, customer: known, status: 'cancelled' });
    expect([await balance(shop, known), await balance(shop, anonymous)]).toEqual([300, 0]);
  });
});
