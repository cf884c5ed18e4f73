import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connection.js';
import {
  createTestApp,
  createTestShop,
  identify,
  ingest,
  openTestDatabase,
  type TestApp,
  type TestShop,
  track,
} from '../../testing/index.js';
import type { NewEvent } from '../events/index.js';

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

const send = (shop: TestShop, events: NewEvent[]) => ingest(database.db, shop.workspace.id, events);
const get = async (shop: TestShop, url: string) => {
  const response = await shop.request({ method: 'GET', url });
  return { status: response.statusCode, body: response.json() };
};
const completed = (properties: Record<string, unknown>, userId = 'buyer') =>
  track('Order Completed', { userId, properties });
const refunded = (properties: Record<string, unknown>, userId = 'buyer') =>
  track('Order Refunded', { userId, properties });

describe('orders projection in USD', () => {
  it('stores the order in cents and applies partial, amount, full and excess refunds', async () => {
    const shop = await createTestShop(testApp);
    await send(shop, [
      completed({
        order_id: 'A-1',
        // 2 × 12.99 + 24.50 = 50.48; − 5 discount + 4.99 shipping + 4.50 tax = 54.97
        total: 54.97,
        subtotal: '50.48',
        discount: 5,
        shipping: 4.99,
        tax: 4.5,
        coupon: 'WELCOME5',
        currency: 'usd',
        gift_wrap: true,
        products: [
          { product_id: 'p1', sku: 'TEA-1', name: 'Tea', category: 'Drinks', price: 12.99, quantity: 2 },
          { product_id: 'p2', name: 'Pot', price: '24.50' },
        ],
      }),
    ]);
    const order = (await get(shop, '/v1/orders/A-1')).body;
    expect(order).toMatchObject({
      object: 'order',
      order_id: 'A-1',
      currency: 'USD',
      total_minor: 5497,
      subtotal_minor: 5048,
      discount_minor: 500,
      shipping_minor: 499,
      tax_minor: 450,
      refunded_minor: 0,
      status: 'completed',
      currency_mismatch: false,
      coupon: 'WELCOME5',
      properties: { gift_wrap: true },
    });
    expect(
      order.lines.map((l: { price_minor: number; quantity: number }) => [l.price_minor, l.quantity]),
    ).toEqual([
      [1299, 2],
      [2450, 1],
    ]);

    await send(shop, [refunded({ order_id: 'A-1', products: [{ product_id: 'p1', quantity: 1 }] })]);
    expect((await get(shop, `/v1/orders/${order.id}`)).body).toMatchObject({
      refunded_minor: 1299,
      status: 'partially_refunded',
    });
    await send(shop, [refunded({ order_id: 'A-1', amount: '10.00' })]);
    await send(shop, [refunded({ order_id: 'A-1' })]);
    await send(shop, [refunded({ order_id: 'A-1', total: 5 })]);
    const after = (await get(shop, '/v1/orders/A-1')).body;
    expect(after).toMatchObject({ refunded_minor: 5497, status: 'refunded' });
    expect(
      after.refunds.map((r: { amount_minor: number; requested_minor: number }) => [
        r.amount_minor,
        r.requested_minor,
      ]),
    ).toEqual([
      [1299, 1299],
      [1000, 1000],
      [3198, 3198],
      [0, 500],
    ]);
    expect(after.lines[0].refunded_quantity).toBe(1);

    const customer = (await get(shop, '/v1/customers/buyer')).body;
    expect(customer.orders).toEqual({
      count: 1,
      currency: 'USD',
      revenue_minor: 0,
      refunded_minor: 5497,
      currency_mismatch_count: 0,
    });
  });

  it('keeps one order per order_id when Order Completed repeats', async () => {
    const shop = await createTestShop(testApp);
    await send(shop, [completed({ order_id: 'D-1', total: 20 })]);
    await send(shop, [
      completed({ order_id: 'D-1', total: 999 }),
      completed({ order_id: 'D-1', total: 5 }, 'someone-else'),
    ]);
    const list = (await get(shop, '/v1/orders')).body;
    expect(list.data).toHaveLength(1);
    expect(list.data[0]).toMatchObject({ order_id: 'D-1', total_minor: 2000 });
    expect((await get(shop, '/v1/customers/buyer')).body.orders.revenue_minor).toBe(2000);
  });

  it('flags an order in another currency, never converts it, and reports it', async () => {
    const shop = await createTestShop(testApp);
    await send(shop, [
      completed({ order_id: 'E-1', total: '10.5', currency: 'EUR' }),
      completed({ order_id: 'U-1', total: 30 }),
    ]);
    const mismatched = (await get(shop, '/v1/orders?currency_mismatch=true')).body;
    expect(mismatched.data.map((o: { order_id: string }) => o.order_id)).toEqual(['E-1']);
    expect(mismatched.data[0]).toMatchObject({ currency: 'EUR', total_minor: 1050, currency_mismatch: true });
    expect((await get(shop, '/v1/order_currency_mismatches')).body).toEqual({
      object: 'currency_mismatch_report',
      workspace_currency: 'USD',
      orders: 1,
      by_currency: [{ currency: 'EUR', orders: 1, total_minor: 1050 }],
    });
    expect((await get(shop, '/v1/customers/buyer/orders')).body.data).toHaveLength(2);
    expect((await get(shop, '/v1/customers/buyer')).body.orders).toMatchObject({
      count: 2,
      revenue_minor: 3000,
      currency_mismatch_count: 1,
    });
  });

  it('records invalid order events with a reason and applies the valid ones around them', async () => {
    const shop = await createTestShop(testApp);
    await send(shop, [
      completed({ total: 10 }),
      completed({ order_id: 'B-1', total: 'ten dollars' }),
      completed({ order_id: 'B-2', currency: 'XXY', total: 1 }),
      completed({ order_id: 'B-3' }),
      completed({ order_id: 'B-4', total: 12 }),
      refunded({ order_id: 'B-4', currency: 'EUR', amount: 1 }),
      track('Order Completed', { properties: { order_id: 'B-5', total: 1 } }),
      // $100,000,000,001.00 is 10^13 + 100 cents: past one amount's bound (limits.ts).
      completed({ order_id: 'B-6', total: 100_000_000_001 }),
    ]);
    const rejections = (await get(shop, '/v1/order_rejections')).body.data;
    expect(
      rejections.map((r: { order_id: string | null; reason: string }) => [r.order_id, r.reason]).reverse(),
    ).toEqual([
      [null, 'order_id_missing'],
      ['B-1', 'amount_invalid'],
      ['B-2', 'currency_invalid'],
      ['B-3', 'total_missing'],
      ['B-4', 'currency_differs'],
      ['B-5', 'customer_missing'],
      ['B-6', 'amount_invalid'],
    ]);
    expect(rejections.at(-2).message).toBe(
      "total 'ten dollars' is not an amount of at most 10000000000000 minor units.",
    );
    expect(rejections[0].message).toBe(
      "total '100000000001' is not an amount of at most 10000000000000 minor units.",
    );
    expect((await get(shop, '/v1/orders')).body.data.map((o: { order_id: string }) => o.order_id)).toEqual([
      'B-4',
    ]);
  });

  it('shows a refund of an unknown order, and applies it when the order arrives', async () => {
    const shop = await createTestShop(testApp);
    await send(shop, [refunded({ order_id: 'L-1', amount: 4 })]);
    const [rejection] = (await get(shop, '/v1/order_rejections')).body.data;
    expect(rejection).toMatchObject({ order_id: 'L-1', reason: 'order_unknown', resolved_at: null });
    await send(shop, [completed({ order_id: 'L-1', total: 10 })]);
    expect((await get(shop, '/v1/orders/L-1')).body).toMatchObject({
      refunded_minor: 400,
      status: 'partially_refunded',
    });
    expect((await get(shop, '/v1/order_rejections')).body.data[0].resolved_at).not.toBeNull();
  });
});

describe('orders projection in VND', () => {
  it('reads whole dong, derives total from revenue, and caps refunds at the total', async () => {
    const shop = await createTestShop(testApp, { currency: 'VND' });
    await send(shop, [
      completed({
        order_id: 'V-1',
        total: 1250000,
        products: [{ product_id: 'ao', price: 625000, quantity: 2 }],
      }),
      // revenue excludes shipping and tax (Segment spec): 200,000 + 30,000 + 20,000
      completed({ order_id: 'V-2', revenue: '200000', shipping: 30000, tax: 20000 }),
    ]);
    expect((await get(shop, '/v1/orders/V-1')).body).toMatchObject({ currency: 'VND', total_minor: 1250000 });
    expect((await get(shop, '/v1/orders/V-2')).body).toMatchObject({
      total_minor: 250000,
      subtotal_minor: null,
    });
    await send(shop, [refunded({ order_id: 'V-1', total: 300000 })]);
    expect((await get(shop, '/v1/orders/V-1')).body).toMatchObject({
      refunded_minor: 300000,
      status: 'partially_refunded',
    });
    await send(shop, [refunded({ order_id: 'V-1', amount: 2000000 })]);
    const order = (await get(shop, '/v1/orders/V-1')).body;
    expect(order).toMatchObject({ refunded_minor: 1250000, status: 'refunded' });
    expect(order.refunds[1]).toMatchObject({ amount_minor: 950000, requested_minor: 2000000 });
    expect(
      (await get(shop, '/v1/orders?status=refunded')).body.data.map((o: { order_id: string }) => o.order_id),
    ).toEqual(['V-1']);
    expect((await get(shop, '/v1/customers/buyer')).body.orders).toMatchObject({
      count: 2,
      currency: 'VND',
      revenue_minor: 250000,
      refunded_minor: 1250000,
    });
  });
});

describe('orders and merges', () => {
  it('moves an anonymous shopper’s orders to the known customer', async () => {
    const shop = await createTestShop(testApp);
    await send(shop, [
      identify({ userId: 'known' }),
      track('Order Completed', { anonymousId: 'guest', properties: { order_id: 'G-1', total: 15 } }),
    ]);
    await send(shop, [identify({ userId: 'known', anonymousId: 'guest' })]);
    const known = (await get(shop, '/v1/customers/known')).body;
    expect(known.orders).toMatchObject({ count: 1, revenue_minor: 1500 });
    expect((await get(shop, '/v1/orders/G-1')).body.customer).toBe(known.id);
  });

  it('answers 404 in the error shape for unknown orders and customers', async () => {
    const shop = await createTestShop(testApp);
    const order = await get(shop, '/v1/orders/nope');
    expect(order.status).toBe(404);
    expect(order.body).toEqual({
      error: {
        type: 'not_found_error',
        code: 'resource_missing',
        message: "No order with id 'nope'.",
        param: 'id',
      },
    });
    const filtered = await get(shop, '/v1/orders?customer=ghost');
    expect(filtered.status).toBe(404);
    expect(filtered.body.error.param).toBe('customer');
    expect((await get(shop, '/v1/customers/ghost/orders')).status).toBe(404);
  });
});
