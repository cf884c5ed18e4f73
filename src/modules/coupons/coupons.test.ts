import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import type { Database } from '../../db/connection.js';
import {
  createTestApp,
  createTestShop,
  openTestDatabase,
  type TestApp,
  type TestShop,
} from '../../testing/index.js';
import { consumers } from '../../server/consumers.js';
import { appendEvents, drainConsumers } from '../events/index.js';
import { resolveCustomerId } from '../customers/index.js';

let database: Database;
let testApp: TestApp;
const clock = fixedClock(new Date('2026-03-01T09:00:00Z'));

beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await createTestApp(database, { clock });
});
afterAll(async () => {
  await testApp.app.close();
  await database.close();
});

async function vndShop(): Promise<TestShop> {
  return createTestShop(testApp, { currency: 'VND', timezone: 'Asia/Ho_Chi_Minh' });
}

async function customer(shop: TestShop, userId: string): Promise<string> {
  return resolveCustomerId(testApp.ctx.db, shop.workspace.id, { userId }, clock.now());
}

async function coupon(shop: TestShop, body: Record<string, unknown>): Promise<{ id: string; code: string }> {
  const created = await shop.request({
    method: 'POST',
    url: '/v1/coupons',
    payload: { name: 'Test', ...body },
  });
  expect(created.statusCode).toBe(201);
  const codes = await shop.request({
    method: 'POST',
    url: `/v1/coupons/${created.json().id}/codes`,
    payload: {},
  });
  expect(codes.statusCode).toBe(201);
  return { id: created.json().id, code: codes.json().data[0].code };
}

const validate = (shop: TestShop, payload: Record<string, unknown>) =>
  shop.request({ method: 'POST', url: '/v1/coupons/validate', payload });

describe('POST /v1/coupons and codes', () => {
  it('creates a coupon in the workspace currency and draws distinct single-use codes', async () => {
    const shop = await vndShop();
    const created = await shop.request({
      method: 'POST',
      url: '/v1/coupons',
      payload: { name: 'Tết', kind: 'amount_off', amount_off: 50_000, minimum_order: 200_000 },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      object: 'coupon',
      kind: 'amount_off',
      amount_off: 50_000,
      percent_off: null,
      currency: 'VND',
      minimum_order: 200_000,
      times_redeemed: 0,
      source: 'api',
    });
    const drawn = await shop.request({
      method: 'POST',
      url: `/v1/coupons/${created.json().id}/codes`,
      payload: { count: 50 },
    });
    expect(drawn.statusCode).toBe(201);
    const codes = drawn.json().data as { code: string; max_redemptions: number }[];
    expect(new Set(codes.map((c) => c.code)).size).toBe(50);
    expect(codes.every((c) => /^RTN-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/.test(c.code))).toBe(true);
    expect(codes.every((c) => c.max_redemptions === 1)).toBe(true);
    const listed = await shop.request({
      method: 'GET',
      url: `/v1/coupons/${created.json().id}/codes?limit=20`,
    });
    expect(listed.json().data).toHaveLength(20);
    expect(listed.json().has_more).toBe(true);
  });

  it('answers an update with nothing to change with the coupon as it is, and 404 for an unknown one', async () => {
    const shop = await vndShop();
    const { id } = await coupon(shop, { kind: 'percent_off', percent_off: 10 });
    const patch = (couponId: string) =>
      shop.request({ method: 'PATCH', url: `/v1/coupons/${couponId}`, payload: {} });
    const unchanged = await patch(id);
    expect(unchanged.statusCode).toBe(200);
    expect(unchanged.json()).toMatchObject({ id, name: 'Test', percent_off: 10 });
    expect((await patch('cpn_unknown')).json().error).toMatchObject({ code: 'resource_missing' });
  });

  it('pages through codes newest first, each code once', async () => {
    const shop = await vndShop();
    const created = await shop.request({
      method: 'POST',
      url: '/v1/coupons',
      payload: { name: 'Paged', kind: 'free_shipping' },
    });
    const url = `/v1/coupons/${created.json().id}/codes`;
    await shop.request({ method: 'POST', url, payload: { count: 25 } });
    const pages: { data: { id: string }[]; has_more: boolean }[] = [];
    let after = '';
    for (let n = 0; n < 3; n += 1) {
      const page = await shop.request({ method: 'GET', url: `${url}?limit=10${after}` });
      pages.push(page.json());
      after = `&starting_after=${pages.at(-1)!.data.at(-1)!.id}`;
    }
    const ids = pages.flatMap((page) => page.data.map((code) => code.id));
    expect(pages.map((page) => [page.data.length, page.has_more])).toEqual([
      [10, true],
      [10, true],
      [5, false],
    ]);
    expect(ids).toEqual([...ids].sort().reverse());
    expect(new Set(ids).size).toBe(25);
  });

  it('exports every code of a coupon as CSV, past one page of the export', async () => {
    const shop = await vndShop();
    const created = await shop.request({
      method: 'POST',
      url: '/v1/coupons',
      payload: { name: 'Tết', kind: 'free_shipping' },
    });
    const id: string = created.json().id;
    const drawn: string[] = [];
    for (const count of [1_000, 5]) {
      const codes = await shop.request({
        method: 'POST',
        url: `/v1/coupons/${id}/codes`,
        payload: { count },
      });
      drawn.push(...codes.json().data.map((c: { code: string }) => c.code));
    }
    const exported = await shop.request({ method: 'GET', url: `/v1/coupons/${id}/codes/export` });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(exported.headers['content-disposition']).toBe(`attachment; filename="${id}-codes.csv"`);
    const [header, ...rows] = exported.body.trim().split('\n');
    expect(header).toBe('code,max_redemptions,times_redeemed,voided,created');
    expect(rows.map((row) => row.split(',')[0]).sort()).toEqual([...drawn].sort());
    expect(rows).toContain(`${drawn[0]},1,0,,${clock.now().toISOString()}`);
  });

  it('answers 404 for the export of an unknown coupon', async () => {
    const shop = await vndShop();
    const missing = await shop.request({ method: 'GET', url: '/v1/coupons/cpn_nope/codes/export' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toMatchObject({ code: 'resource_missing' });
  });

  it('names the missing term of a kind and creates nothing', async () => {
    const shop = await vndShop();
    const response = await shop.request({
      method: 'POST',
      url: '/v1/coupons',
      payload: { name: 'x', kind: 'percent_off' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: {
        type: 'invalid_request_error',
        code: 'parameter_invalid',
        message: 'percent_off (1–100) is required for kind percent_off.',
        param: 'percent_off',
      },
    });
    const wrongField = await shop.request({
      method: 'POST',
      url: '/v1/coupons',
      payload: { name: 'x', kind: 'free_shipping', amount_off: 100 },
    });
    expect(wrongField.json().error.param).toBe('amount_off');
    const list = await shop.request({ method: 'GET', url: '/v1/coupons' });
    expect(list.json().data).toEqual([]);
  });

  it('refuses a chosen code another coupon already uses', async () => {
    const shop = await vndShop();
    const a = await shop.request({
      method: 'POST',
      url: '/v1/coupons',
      payload: { name: 'a', kind: 'free_shipping' },
    });
    const b = await shop.request({
      method: 'POST',
      url: '/v1/coupons',
      payload: { name: 'b', kind: 'free_shipping' },
    });
    const first = await shop.request({
      method: 'POST',
      url: `/v1/coupons/${a.json().id}/codes`,
      payload: { code: 'ship free' },
    });
    expect(first.json().data[0]).toMatchObject({ code: 'SHIPFREE', max_redemptions: null });
    const second = await shop.request({
      method: 'POST',
      url: `/v1/coupons/${b.json().id}/codes`,
      payload: { code: 'shipfree' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('coupon_code_taken');
  });
});

describe('POST /v1/coupons/validate', () => {
  it('answers the discount in minor units', async () => {
    const shop = await vndShop();
    await customer(shop, 'u1');
    const { id, code } = await coupon(shop, { kind: 'percent_off', percent_off: 15 });
    const response = await validate(shop, { code: code.toLowerCase(), customer: 'u1', order_total: 333_333 });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      object: 'coupon_validation',
      code,
      valid: true,
      reason: null,
      message: null,
      coupon: id,
      kind: 'percent_off',
      discount: 50_000, // 15% of 333,333 = 49,999.95 → 50,000 VND (half up)
      currency: 'VND',
      free_shipping: false,
      product_id: null,
      minimum_order: null,
      expires_at: null,
    });
  });

  it('says unknown for a code nobody issued, and nothing about any coupon', async () => {
    const shop = await vndShop();
    const response = await validate(shop, { code: 'RTN-2222-2222-2222', order_total: 100 });
    expect(response.json()).toMatchObject({ valid: false, reason: 'unknown', coupon: null, discount: null });
  });

  it('says expired from the expiry instant on', async () => {
    const shop = await vndShop();
    const { code } = await coupon(shop, {
      kind: 'amount_off',
      amount_off: 10_000,
      expires_at: '2026-03-02T00:00:00Z',
    });
    expect((await validate(shop, { code, order_total: 100_000 })).json().valid).toBe(true);
    clock.set(new Date('2026-03-02T00:00:00Z'));
    try {
      const response = await validate(shop, { code, order_total: 100_000 });
      expect(response.json()).toMatchObject({
        valid: false,
        reason: 'expired',
        message: 'This code has expired.',
      });
    } finally {
      clock.set(new Date('2026-03-01T09:00:00Z'));
    }
  });

  it('says minimum_not_met below the minimum order and valid at it', async () => {
    const shop = await vndShop();
    const { code } = await coupon(shop, { kind: 'amount_off', amount_off: 50_000, minimum_order: 200_000 });
    expect((await validate(shop, { code, order_total: 199_999 })).json()).toMatchObject({
      valid: false,
      reason: 'minimum_not_met',
      minimum_order: 200_000,
    });
    expect((await validate(shop, { code, order_total: 200_000 })).json()).toMatchObject({
      valid: true,
      discount: 50_000,
    });
  });

  it('says not_yours to anyone but the owner, guests included', async () => {
    const shop = await vndShop();
    const owner = await customer(shop, 'owner');
    await customer(shop, 'other');
    const { code } = await coupon(shop, { kind: 'free_shipping', customer: 'owner' });
    expect((await validate(shop, { code, customer: 'other', order_total: 1 })).json().reason).toBe(
      'not_yours',
    );
    expect((await validate(shop, { code, order_total: 1 })).json().reason).toBe('not_yours');
    expect((await validate(shop, { code, customer: 'never-seen', order_total: 1 })).json().reason).toBe(
      'not_yours',
    );
    const typo = await validate(shop, { code, customer: 'cus_01JNOTHERE000000000000000', order_total: 1 });
    expect(typo.statusCode).toBe(404);
    expect(typo.json().error).toMatchObject({ code: 'resource_missing', param: 'customer' });
    expect((await validate(shop, { code, customer: owner, order_total: 1 })).json()).toMatchObject({
      valid: true,
      free_shipping: true,
      discount: 0,
    });
  });

  it('says already_used after a single-use code is redeemed, and validating never uses it', async () => {
    const shop = await vndShop();
    const { code } = await coupon(shop, { kind: 'amount_off', amount_off: 10_000 });
    for (let i = 0; i < 3; i += 1)
      expect((await validate(shop, { code, order_total: 50_000 })).json().valid).toBe(true);
    const redeemed = await shop.request({
      method: 'POST',
      url: `/v1/coupons/${code}/redeem`,
      payload: { order_id: 'o-1' },
    });
    expect(redeemed.statusCode).toBe(201);
    expect((await validate(shop, { code, order_total: 50_000 })).json().reason).toBe('already_used');
  });

  it('says usage_limit_reached and customer_limit_reached for a shared code', async () => {
    const shop = await vndShop();
    const created = await shop.request({
      method: 'POST',
      url: '/v1/coupons',
      payload: {
        name: 'Launch',
        kind: 'amount_off',
        amount_off: 1_000,
        max_redemptions: 2,
        max_redemptions_per_customer: 1,
      },
    });
    await shop.request({
      method: 'POST',
      url: `/v1/coupons/${created.json().id}/codes`,
      payload: { code: 'LAUNCH' },
    });
    const redeem = (customerRef: string, orderId: string) =>
      shop.request({
        method: 'POST',
        url: '/v1/coupons/launch/redeem',
        payload: { customer: customerRef, order_id: orderId },
      });
    expect((await redeem('a', 'o-1')).statusCode).toBe(201);
    expect((await validate(shop, { code: 'LAUNCH', customer: 'a' })).json().reason).toBe(
      'customer_limit_reached',
    );
    const again = await redeem('a', 'o-2');
    expect(again.statusCode).toBe(422);
    expect(again.json().error).toMatchObject({ code: 'coupon_customer_limit_reached', param: 'code' });
    expect((await redeem('b', 'o-3')).statusCode).toBe(201);
    expect((await validate(shop, { code: 'LAUNCH', customer: 'c' })).json().reason).toBe(
      'usage_limit_reached',
    );
  });

  it('says voided once the coupon is voided', async () => {
    const shop = await vndShop();
    const { id, code } = await coupon(shop, { kind: 'amount_off', amount_off: 1_000 });
    await shop.request({ method: 'POST', url: `/v1/coupons/${id}/void` });
    expect((await validate(shop, { code })).json().reason).toBe('voided');
  });
});

describe('POST /v1/coupons/{code}/redeem', () => {
  it('lets exactly one of simultaneous redeems of a single-use code win', async () => {
    const shop = await vndShop();
    const { id, code } = await coupon(shop, { kind: 'amount_off', amount_off: 50_000 });
    const responses = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        shop.request({
          method: 'POST',
          url: `/v1/coupons/${code}/redeem`,
          payload: { customer: `racer-${i}`, order_id: `order-${i}`, order_total: 400_000 },
        }),
      ),
    );
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, ...Array.from({ length: 15 }, () => 422)]);
    for (const response of responses.filter((r) => r.statusCode === 422))
      expect(response.json().error.code).toBe('coupon_already_used');
    const winner = responses.find((r) => r.statusCode === 201)!.json();
    expect(winner).toMatchObject({
      object: 'coupon_redemption',
      code,
      coupon: id,
      discount: 50_000,
      order_total: 400_000,
    });
    expect((await shop.request({ method: 'GET', url: `/v1/coupons/${id}` })).json().times_redeemed).toBe(1);
  });

  it('answers the first redemption again for the same order, with 200', async () => {
    const shop = await vndShop();
    const { code } = await coupon(shop, { kind: 'amount_off', amount_off: 50_000 });
    const first = await shop.request({
      method: 'POST',
      url: `/v1/coupons/${code}/redeem`,
      payload: { order_id: 'o-9' },
    });
    const again = await shop.request({
      method: 'POST',
      url: `/v1/coupons/${code}/redeem`,
      payload: { order_id: 'o-9' },
    });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
  });

  it('refuses an unknown code with 404 and a customer id that does not exist', async () => {
    const shop = await vndShop();
    const unknown = await shop.request({
      method: 'POST',
      url: '/v1/coupons/NOPE-1234/redeem',
      payload: { order_id: 'o' },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('coupon_unknown');
    const { code } = await coupon(shop, { kind: 'amount_off', amount_off: 1 });
    const ghost = await shop.request({
      method: 'POST',
      url: `/v1/coupons/${code}/redeem`,
      payload: { order_id: 'o', customer: 'cus_01JNOTHERE000000000000000' },
    });
    expect(ghost.statusCode).toBe(404);
    expect(ghost.json().error).toMatchObject({ code: 'resource_missing', param: 'customer' });
  });
});

describe('Order Completed with a coupon', () => {
  it('marks the code used once, however often the order is told', async () => {
    const shop = await vndShop();
    const { id, code } = await coupon(shop, { kind: 'amount_off', amount_off: 20_000 });
    const order = (messageId: string) => ({
      messageId,
      type: 'track' as const,
      name: 'Order Completed',
      userId: 'buyer',
      properties: { order_id: 'A-100', total: 180_000, currency: 'VND', coupon: code.toLowerCase() },
      occurredAt: clock.now(),
      receivedAt: clock.now(),
    });
    await appendEvents(testApp.ctx.db, shop.workspace.id, [order('m-1')]);
    await drainConsumers(testApp.ctx.db, consumers);
    await appendEvents(testApp.ctx.db, shop.workspace.id, [order('m-2')]);
    await drainConsumers(testApp.ctx.db, consumers);
    expect((await shop.request({ method: 'GET', url: `/v1/coupons/${id}` })).json().times_redeemed).toBe(1);
    const buyer = await customer(shop, 'buyer');
    const replay = await shop.request({
      method: 'POST',
      url: `/v1/coupons/${code}/redeem`,
      payload: { order_id: 'A-100', customer: buyer },
    });
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toMatchObject({ source: 'order_event', customer: buyer, discount: 20_000 });
    expect((await validate(shop, { code })).json().reason).toBe('already_used');
  });
});

describe('Customers Merged', () => {
  it('moves a merged profile’s coupons to the profile it merged into', async () => {
    const shop = await vndShop();
    const at = clock.now();
    const anonymous = await resolveCustomerId(
      testApp.ctx.db,
      shop.workspace.id,
      { anonymousId: 'anon-7' },
      at,
    );
    const known = await customer(shop, 'vy');
    const { code } = await coupon(shop, { kind: 'amount_off', amount_off: 10_000, customer: anonymous });
    expect((await validate(shop, { code, customer: 'vy' })).json().reason).toBe('not_yours');
    await appendEvents(testApp.ctx.db, shop.workspace.id, [
      {
        messageId: 'id-vy',
        type: 'identify',
        userId: 'vy',
        anonymousId: 'anon-7',
        occurredAt: at,
        receivedAt: at,
      },
    ]);
    await drainConsumers(testApp.ctx.db, consumers);
    const after = await validate(shop, { code, customer: 'vy' });
    expect(after.json()).toMatchObject({ valid: true, discount: 10_000 });
    expect((await validate(shop, { code, customer: known })).json().valid).toBe(true);
  });
});
