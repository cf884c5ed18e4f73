// The Pareto curve and the CLV histogram on shops whose expected figures the test works out itself:
// from the orders it wrote (Pareto), and from the per-customer predictions the API lists (CLV).
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { dayMs } from '../../../core/time.js';
import {
  createTestShop,
  ingest,
  insertOrders,
  simulateBgNbd,
  type TestShop,
  track,
  useTestApp,
} from '../../../testing/index.js';
import { recomputeAll } from '../recompute.js';

const testApp = useTestApp();

const get = async (shop: TestShop, url: string) => {
  const response = await shop.request({ method: 'GET', url });
  return { status: response.statusCode, body: response.json() };
};

interface ShopOrder {
  customer: string;
  at: string;
  total: number;
  currency?: string;
  refunded?: number;
}

/**
 * A shop in Ho Chi Minh City (UTC+7), USD. Local dates decide the period: c08's order at
 * 2025-12-31T17:30Z is 2026-01-01 00:30 local, c09's at 16:00Z is still 2025-12-31.
 */
const paretoOrders: ShopOrder[] = [
  { customer: 'c01', at: '2026-01-05T03:00:00Z', total: 500 },
  { customer: 'c01', at: '2026-02-10T03:00:00Z', total: 250 },
  { customer: 'c02', at: '2026-01-20T03:00:00Z', total: 40 },
  { customer: 'c03', at: '2026-02-01T03:00:00Z', total: 120, refunded: 20 },
  { customer: 'c04', at: '2026-02-14T03:00:00Z', total: 60 },
  { customer: 'c04', at: '2026-03-03T03:00:00Z', total: 60 },
  { customer: 'c05', at: '2026-03-10T03:00:00Z', total: 15 },
  { customer: 'c06', at: '2026-03-12T03:00:00Z', total: 300, currency: 'EUR' },
  { customer: 'c07', at: '2026-03-15T03:00:00Z', total: 45 },
  { customer: 'c08', at: '2025-12-31T17:30:00Z', total: 80 },
  { customer: 'c09', at: '2025-12-31T16:00:00Z', total: 999 },
  { customer: 'c09', at: '2026-03-20T03:00:00Z', total: 35 },
  // Within 2026-03-31 local, but after the as_of used below: not seen.
  { customer: 'c10', at: '2026-03-31T13:00:00Z', total: 700 },
  { customer: 'c12', at: '2026-01-25T03:00:00Z', total: 200 },
  { customer: 'c12', at: '2026-03-25T03:00:00Z', total: 90 },
  { customer: 'c13', at: '2026-02-20T03:00:00Z', total: 10 },
];
const asOf = '2026-03-31T12:00:00Z';

async function paretoShop(): Promise<TestShop> {
  const shop = await createTestShop(testApp(), { timezone: 'Asia/Ho_Chi_Minh', currency: 'USD' });
  await ingest(
    testApp().ctx.db,
    shop.workspace.id,
    paretoOrders.map((order, i) =>
      track('Order Completed', {
        userId: order.customer,
        occurredAt: new Date(order.at),
        properties: { order_id: `P${i}`, total: order.total, currency: order.currency ?? 'USD' },
      }),
    ),
  );
  await ingest(
    testApp().ctx.db,
    shop.workspace.id,
    paretoOrders.flatMap((order, i) =>
      order.refunded
        ? [
            track('Order Refunded', {
              userId: order.customer,
              occurredAt: new Date('2026-03-30T03:00:00Z'),
              properties: { order_id: `P${i}`, amount: order.refunded, currency: 'USD' },
            }),
          ]
        : [],
    ),
  );
  return shop;
}

const localDate = (at: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(at));

/** The curve worked out from the order list: customers' net revenue in the period, sorted, summed. */
function expectedPareto(from: string, to: string, points: number) {
  const spend = new Map<string, number>();
  for (const order of paretoOrders) {
    const day = localDate(order.at);
    if (day < from || day > to || order.at > asOf) continue;
    const net = order.currency ? 0 : Math.round((order.total - (order.refunded ?? 0)) * 100);
    spend.set(order.customer, (spend.get(order.customer) ?? 0) + net);
  }
  const sorted = [...spend.values()].sort((a, b) => b - a);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  const top = (customers: number) => {
    const revenue = sorted.slice(0, customers).reduce((sum, value) => sum + value, 0);
    return { customers, revenue_minor: revenue, revenue_share: revenue / total };
  };
  const n = sorted.length;
  return {
    customers: n,
    revenue_minor: total,
    top_20_percent: top(Math.ceil(n / 5)),
    curve: Array.from({ length: points }, (_, i) => ({
      customer_share: (i + 1) / points,
      ...top(Math.ceil(((i + 1) * n) / points)),
    })),
  };
}

describe('GET /v1/analytics/pareto', () => {
  it('ranks the period’s customers by net revenue and sums the top shares', async () => {
    const shop = await paretoShop();
    const { status, body } = await get(
      shop,
      `/v1/analytics/pareto?from=2026-01-01&to=2026-03-31&as_of=${asOf}&points=7`,
    );
    expect(status).toBe(200);
    const expected = expectedPareto('2026-01-01', '2026-03-31', 7);
    // c01 750, c12 290, c04 120, c03 100, c08 80, c07 45, c02 40, c09 35, c05 15, c13 10, c06 0 (€).
    expect(expected.customers).toBe(11);
    expect(expected.revenue_minor).toBe(148_500);
    expect(expected.top_20_percent).toEqual({
      customers: 3,
      revenue_minor: 116_000,
      revenue_share: 116_000 / 148_500,
    });
    expect(body).toMatchObject({
      object: 'pareto_curve',
      from: '2026-01-01',
      to: '2026-03-31',
      as_of: '2026-03-31T12:00:00.000Z',
      timezone: 'Asia/Ho_Chi_Minh',
      currency: 'USD',
      customers: expected.customers,
      revenue_minor: expected.revenue_minor,
      top_20_percent: expected.top_20_percent,
    });
    expect(body.curve).toEqual(expected.curve);
    expect(body.curve.at(-1)).toMatchObject({ customers: 11, revenue_share: 1 });
  });

  it('defaults to the 365 days ending on the as_of date and 20 points', async () => {
    const shop = await paretoShop();
    const { body } = await get(shop, `/v1/analytics/pareto?as_of=${asOf}`);
    const expected = expectedPareto('2025-04-01', '2026-03-31', 20);
    // c09's order of 2025-12-31 (local) is now in: 148,500 + 99,900.
    expect(expected.revenue_minor).toBe(248_400);
    expect(body).toMatchObject({ from: '2025-04-01', to: '2026-03-31', ...expected });
    expect(body.curve).toHaveLength(20);
  });

  it('answers an empty curve for a period without orders', async () => {
    const shop = await paretoShop();
    const { body } = await get(shop, `/v1/analytics/pareto?from=2024-01-01&to=2024-12-31&as_of=${asOf}`);
    expect(body).toMatchObject({
      customers: 0,
      revenue_minor: 0,
      top_20_percent: { customers: 0, revenue_minor: 0, revenue_share: null },
      curve: [],
    });
  });

  it('names the bad parameter', async () => {
    const shop = await createTestShop(testApp());
    for (const [query, param] of [
      ['from=2026-04-01&to=2026-03-31', 'from'],
      ['from=2026-02-30', 'from'],
      ['to=yesterday', 'to'],
      ['as_of=soon', 'as_of'],
      ['points=0', 'points'],
      ['points=101', 'points'],
      ['points=2.5', 'points'],
    ] as const) {
      const { status, body } = await get(shop, `/v1/analytics/pareto?${query}`);
      expect({ query, status, error: body.error }).toMatchObject({
        query,
        status: 400,
        error: { code: 'parameter_invalid', param },
      });
    }
  });
});

interface ListedScores {
  customer_id: string;
  clv_12_months_minor: number | null;
}

async function allScores(shop: TestShop): Promise<ListedScores[]> {
  const scores: ListedScores[] = [];
  for (let after = ''; ;) {
    const { body } = await get(
      shop,
      `/v1/analytics/customer_scores?limit=100${after ? `&starting_after=${after}` : ''}`,
    );
    scores.push(...(body.data as ListedScores[]));
    if (!body.has_more) return scores;
    after = scores.at(-1)!.customer_id;
  }
}

/** percentile_cont: linear interpolation between the sorted values around q·(n − 1). */
function percentile(sorted: number[], q: number): number {
  const position = q * (sorted.length - 1);
  const below = sorted[Math.floor(position)]!;
  const above = sorted[Math.ceil(position)]!;
  return below + (position - Math.floor(position)) * (above - below);
}

const niceWidths = [1, 1e3, 1e6, 1e9].flatMap((scale) =>
  [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500].map((w) => w * scale),
);

describe('GET /v1/analytics/clv-distribution', () => {
  const modelAsOf = new Date('2026-04-01T00:00:00Z');

  it('bins every customer’s stored CLV, with its quantiles and the model’s as_of', async () => {
    const shop = await createTestShop(testApp());
    const simulated = simulateBgNbd({
      customers: 300,
      seed: 11,
      purchases: { r: 0.6, alpha: 4, a: 0.8, b: 3 },
      spend: { p: 6, q: 4, gamma: 1_500 },
      timeUnit: 'week',
      birthsFrom: modelAsOf.getTime() - 300 * dayMs,
      birthWindowDays: 250,
      asOf: modelAsOf.getTime(),
    });
    await insertOrders(testApp().ctx.db, shop.workspace.id, {
      customerId: Array.from(simulated.customer, (i) => `cus_sim_${i}`),
      placedAtMs: simulated.at,
      totalMinor: simulated.value,
    });
    await recomputeAll(testApp().ctx.db, shop.workspace.id, { asOf: modelAsOf });
    const model = (await get(shop, '/v1/analytics/models/clv')).body;
    const { status, body } = await get(shop, '/v1/analytics/clv-distribution?bins=8');
    expect(status).toBe(200);

    const values = (await allScores(shop))
      .map((s) => s.clv_12_months_minor)
      .filter((v): v is number => v !== null)
      .sort((a, b) => a - b);
    expect(values).toHaveLength(300);
    const p99 = Math.round(percentile(values, 0.99));
    expect(body).toMatchObject({
      object: 'clv_distribution',
      model_id: model.id,
      as_of: '2026-04-01T00:00:00.000Z',
      currency: 'USD',
      customers: 300,
      customers_without_prediction: 0,
      value_minor: values.reduce((sum, v) => sum + v, 0),
      max_minor: values.at(-1),
      quantiles: {
        median_minor: Math.round(percentile(values, 0.5)),
        p90_minor: Math.round(percentile(values, 0.9)),
        p99_minor: p99,
      },
      empty: null,
    });
    // The narrowest round width whose 7 equal bins reach beyond the 99th percentile.
    const width = niceWidths.find((w) => w * 7 > p99);
    expect(body.bin_width_minor).toBe(width);
    const expectedBins = Array.from({ length: 8 }, (_, i) => {
      const inBin = values.filter((v) => v >= i * width! && (i === 7 || v < (i + 1) * width!));
      return {
        from_minor: i * width!,
        to_minor: i === 7 ? null : (i + 1) * width!,
        customers: inBin.length,
        value_minor: inBin.reduce((sum, v) => sum + v, 0),
      };
    });
    expect(body.bins).toEqual(expectedBins);
    expect(expectedBins[7]!.customers).toBeLessThanOrEqual(3);
  });

  it('keeps a whale in the open-ended last bin instead of stretching the others', async () => {
    const shop = await createTestShop(testApp());
    const customers = 102;
    const placedAtMs: number[] = [];
    const customerId: string[] = [];
    for (let i = 0; i < customers; i++) {
      for (let k = 0; k <= i % 3; k++) {
        customerId.push(`cus_w${String(i).padStart(3, '0')}`);
        placedAtMs.push(modelAsOf.getTime() - (200 - i - 40 * k) * dayMs);
      }
    }
    await insertOrders(testApp().ctx.db, shop.workspace.id, {
      customerId,
      placedAtMs,
      totalMinor: customerId.map((_, j) => 2_000 + 37 * j),
    });
    await recomputeAll(testApp().ctx.db, shop.workspace.id, { asOf: modelAsOf });
    // Known predictions: customers 1..100 (by id) are worth 100, 200, …, 10,000; the 101st is a
    // whale worth 1,000,000; the 102nd has none.
    await testApp().ctx.db.execute(
      sql`update customer_scores s
          set clv_12_months_minor = case when n <= 100 then n * 100 when n = 101 then 1000000 end
          from (select customer_id, row_number() over (order by customer_id) as n from customer_scores
                where workspace_id = ${shop.workspace.id}) ranked
          where s.workspace_id = ${shop.workspace.id} and s.customer_id = ranked.customer_id`,
    );
    const { body } = await get(shop, '/v1/analytics/clv-distribution?bins=5');
    expect(body).toMatchObject({
      customers: 101,
      customers_without_prediction: 1,
      // 100 × (1 + … + 100) + 1,000,000
      value_minor: 1_505_000,
      max_minor: 1_000_000,
      // Sorted values v[0..100]: the median is v[50], p90 v[90], p99 v[99] (0.99 × 100 = 99).
      quantiles: { median_minor: 5_100, p90_minor: 9_100, p99_minor: 10_000 },
      // 4 × 2,500 = 10,000 does not reach beyond p99; the next round width, 5,000, does.
      bin_width_minor: 5_000,
    });
    expect(body.bins).toEqual([
      // 100 … 4,900: 100 × (1 + … + 49)
      { from_minor: 0, to_minor: 5_000, customers: 49, value_minor: 122_500 },
      // 5,000 … 9,900: 100 × (50 + … + 99)
      { from_minor: 5_000, to_minor: 10_000, customers: 50, value_minor: 372_500 },
      { from_minor: 10_000, to_minor: 15_000, customers: 1, value_minor: 10_000 },
      { from_minor: 15_000, to_minor: 20_000, customers: 0, value_minor: 0 },
      { from_minor: 20_000, to_minor: null, customers: 1, value_minor: 1_000_000 },
    ]);
  });

  it('says why it is empty: no model, then a model but no stored predictions', async () => {
    const shop = await createTestShop(testApp());
    await ingest(testApp().ctx.db, shop.workspace.id, [
      track('Order Completed', {
        userId: 'solo',
        occurredAt: new Date('2026-01-10T10:00:00Z'),
        properties: { order_id: 'S1', total: 30, currency: 'USD' },
      }),
      track('Order Completed', {
        userId: 'solo',
        occurredAt: new Date('2026-02-10T10:00:00Z'),
        properties: { order_id: 'S2', total: 50, currency: 'USD' },
      }),
    ]);
    const none = (await get(shop, '/v1/analytics/clv-distribution')).body;
    expect(none).toMatchObject({
      model_id: null,
      as_of: null,
      customers: 0,
      customers_without_prediction: 1,
      bins: [],
      empty: { reason: 'model_not_fitted' },
    });
    expect(none.empty.message).toContain('/v1/analytics/models/clv/fit');

    // A fit alone stores no prediction: the customer was scored before any model existed.
    const fit = await shop.request({
      method: 'POST',
      url: '/v1/analytics/models/clv/fit',
      payload: { as_of: '2026-03-01T00:00:00Z' },
    });
    expect(fit.json().status).toBe('done');
    const unscored = (await get(shop, '/v1/analytics/clv-distribution')).body;
    expect(unscored).toMatchObject({
      model_id: fit.json().id,
      as_of: '2026-03-01T00:00:00.000Z',
      customers: 0,
      bins: [],
      empty: { reason: 'no_predictions' },
    });
    expect(unscored.empty.message).toContain('recompute');
  });

  it('names the bad parameter', async () => {
    const shop = await createTestShop(testApp());
    for (const query of ['bins=0', 'bins=1', 'bins=51', 'bins=ten', 'bins=3.5']) {
      const { status, body } = await get(shop, `/v1/analytics/clv-distribution?${query}`);
      expect({ query, status, error: body.error }).toMatchObject({
        query,
        status: 400,
        error: { code: 'parameter_invalid', param: 'bins' },
      });
    }
  });
});

describe('the OpenAPI document', () => {
  it('states how the curve and the bins are made', async () => {
    const document = (await testApp().app.inject({ method: 'GET', url: '/v1/openapi.json' })).json();
    const pareto = document.paths['/v1/analytics/pareto'].get;
    expect(pareto.description).toContain(
      'the share of the period’s net revenue that the ⌈s·n⌉ highest brought',
    );
    expect(pareto.parameters.map((p: { name: string }) => p.name)).toEqual(['from', 'to', 'as_of', 'points']);
    const clv = document.paths['/v1/analytics/clv-distribution'].get;
    expect(clv.description).toContain('(bins − 1) × width > the 99th percentile');
  });
});
