// The CLV model through the API: the SQL aggregation must feed the fit exactly what the reference
// summary (clv/summarizeTransactionColumns) computes from the same transactions.
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
import {
  compressSummary,
  conditionalExpectedOrderValue,
  conditionalExpectedPurchases,
  customerLifetimeValue,
  fitBgNbd,
  fitGammaGamma,
  probabilityAlive,
  summarizeTransactionColumns,
} from './index.js';
import { workspaceFrame } from '../frame.js';
import { loadAggregates } from '../scoring/index.js';
import { refreshPending } from '../consumer.js';
import { customerScores } from '../reports/index.js';
import { recomputeAll } from '../recompute.js';

const testApp = useTestApp();

const asOf = new Date('2026-04-01T00:00:00Z');

/** 2,000 simulated customers (weeks), loaded straight into the orders table. */
async function simulatedShop(): Promise<{ shop: TestShop; simulated: ReturnType<typeof simulateBgNbd> }> {
  const shop = await createTestShop(testApp());
  const simulated = simulateBgNbd({
    customers: 2_000,
    seed: 7,
    purchases: { r: 0.5, alpha: 5, a: 0.8, b: 3 },
    spend: { p: 6, q: 4, gamma: 1_500 },
    timeUnit: 'week',
    birthsFrom: asOf.getTime() - 120 * dayMs,
    birthWindowDays: 90,
    asOf: asOf.getTime(),
  });
  await insertOrders(testApp().ctx.db, shop.workspace.id, {
    customerId: Array.from(simulated.customer, (i) => `cus_sim_${i}`),
    placedAtMs: simulated.at,
    totalMinor: simulated.value,
  });
  return { shop, simulated };
}

/** pat: $20 on Jan 5, $30 on Feb 2, $50 on Mar 2 — x = 2, t_x = 56 days = 8 weeks, T = 86 days on Apr 1. */
async function addPat(shop: TestShop): Promise<void> {
  await ingest(
    testApp().ctx.db,
    shop.workspace.id,
    [
      ['P1', '2026-01-05', 20],
      ['P2', '2026-02-02', 30],
      ['P3', '2026-03-02', 50],
    ].map(([orderId, day, total]) =>
      track('Order Completed', {
        userId: 'pat',
        occurredAt: new Date(`${day}T10:00:00Z`),
        properties: { order_id: orderId, total, currency: 'USD' },
      }),
    ),
  );
}

describe('POST /v1/analytics/models/clv/fit', () => {
  it('fits BG/NBD and Gamma-Gamma on exactly the reference summary of the orders', async () => {
    const { shop, simulated } = await simulatedShop();
    const response = await shop.request({
      method: 'POST',
      url: '/v1/analytics/models/clv/fit',
      payload: { as_of: asOf.toISOString(), time_unit: 'week' },
    });
    expect(response.statusCode).toBe(200);
    const model = response.json();
    expect(model).toMatchObject({
      object: 'clv_model',
      status: 'done',
      time_unit: 'week',
      penalizer: 0,
      error: null,
    });

    const summary = summarizeTransactionColumns(simulated, { asOf, timeUnit: 'week' });
    const bgNbd = fitBgNbd(compressSummary(summary));
    const gammaGamma = fitGammaGamma(summary);
    for (const key of ['r', 'alpha', 'a', 'b'] as const) expect(model.bgnbd[key]).toBeCloseTo(bgNbd[key], 6);
    expect(model.bgnbd.log_likelihood).toBeCloseTo(bgNbd.logLikelihood, 4);
    expect(model.bgnbd.customers).toBe(2_000);
    for (const key of ['p', 'q'] as const) expect(model.gamma_gamma[key]).toBeCloseTo(gammaGamma[key], 4);
    expect(model.gamma_gamma.gamma / gammaGamma.gamma).toBeCloseTo(1, 4);
    expect(model.gamma_gamma.customers).toBe(gammaGamma.customers);

    const current = (await shop.request({ method: 'GET', url: '/v1/analytics/models/clv' })).json();
    expect(current.id).toBe(model.id);
    const byId = await shop.request({ method: 'GET', url: `/v1/analytics/models/clv/fits/${model.id}` });
    expect(byId.json()).toEqual(current);
  });

  it('replays a request with the same Idempotency-Key, and refuses a future as_of', async () => {
    const { shop } = await simulatedShop();
    const ask = () =>
      shop.request({
        method: 'POST',
        url: '/v1/analytics/models/clv/fit',
        payload: { as_of: asOf.toISOString() },
        headers: { 'idempotency-key': 'fit-1' },
      });
    const first = await ask();
    const again = await ask();
    expect(again.json().id).toBe(first.json().id);
    const future = await shop.request({
      method: 'POST',
      url: '/v1/analytics/models/clv/fit',
      payload: { as_of: '2999-01-01T00:00:00Z' },
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error).toMatchObject({ code: 'parameter_invalid', param: 'as_of' });
  });

  it('answers 422 model_not_fitted before any fit', async () => {
    const shop = await createTestShop(testApp());
    const response = await shop.request({ method: 'GET', url: '/v1/analytics/models/clv' });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('model_not_fitted');
  });
});

describe('GET /v1/customers/{id}/predictions', () => {
  it('predicts from the history up to the model’s as_of with the published formulas', async () => {
    const { shop } = await simulatedShop();
    await addPat(shop);
    const model = (
      await shop.request({
        method: 'POST',
        url: '/v1/analytics/models/clv/fit',
        payload: { as_of: asOf.toISOString() },
      })
    ).json();
    const response = await shop.request({ method: 'GET', url: '/v1/customers/pat/predictions' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    const params = { r: model.bgnbd.r, alpha: model.bgnbd.alpha, a: model.bgnbd.a, b: model.bgnbd.b };
    const history = { x: 2, tx: 8, T: 86 / 7 };
    const meanRepeat = (3000 + 5000) / 2;
    const orderValue = conditionalExpectedOrderValue(model.gamma_gamma, 2, meanRepeat);
    expect(body).toMatchObject({
      object: 'customer_predictions',
      model_id: model.id,
      as_of: asOf.toISOString(),
      time_unit: 'week',
      history: { orders: 3, frequency: 2, recency: 8, T: 86 / 7, mean_repeat_order_value_minor: 4000 },
      clv_horizon_months: 12,
      monthly_discount_rate: 0.01,
      expected_order_value_minor: Math.round(orderValue),
      clv_12_months_minor: Math.round(
        customerLifetimeValue(params, history, orderValue, { timeUnit: 'week' }),
      ),
    });
    expect(body.probability_alive).toBeCloseTo(probabilityAlive(params, history), 12);
    expect(body.expected_purchases.days_90).toBeCloseTo(
      conditionalExpectedPurchases(params, history, 90 / 7),
      12,
    );
    expect(body.expected_purchases.days_365).toBeCloseTo(
      conditionalExpectedPurchases(params, history, 365 / 7),
      12,
    );
    // Median wait if alive: (α + T)(2^{1/(r+x)} − 1) weeks after as_of.
    const waitWeeks = (params.alpha + history.T) * (2 ** (1 / (params.r + 2)) - 1);
    const expectedAt = asOf.getTime() + waitWeeks * 7 * dayMs;
    expect(Math.abs(Date.parse(body.expected_next_order_at) - expectedAt)).toBeLessThanOrEqual(1);

    const unknown = await shop.request({ method: 'GET', url: '/v1/customers/nobody/predictions' });
    expect(unknown.statusCode).toBe(404);
  });

  it('keeps scores fresh: a new order rescores its customer with the current model and breakpoints', async () => {
    const { shop } = await simulatedShop();
    await addPat(shop);
    // The simulated orders went straight into the table, past the log: only a scan sees them.
    const result = await recomputeAll(testApp().ctx.db, shop.workspace.id, { asOf, rescan: true });
    expect(result.customers).toBe(2_001);
    expect(result.model?.status).toBe('done');
    const patId = (await shop.request({ method: 'GET', url: '/v1/customers/pat' })).json().id as string;
    const before = await customerScores(testApp().ctx.db, shop.workspace.id, patId);
    expect(before).toMatchObject({ orders: 3, net_revenue_minor: 10000 });
    expect(before?.probability_alive).toBeGreaterThan(0);
    expect(before?.rfm.segment).not.toBeNull();

    await ingest(testApp().ctx.db, shop.workspace.id, [
      track('Order Completed', {
        userId: 'pat',
        occurredAt: new Date('2026-03-20T10:00:00Z'),
        properties: { order_id: 'P4', total: 40, currency: 'USD' },
      }),
    ]);
    // Consumers advance independently: an event the analytics consumer saw before the orders
    // projection waits in the pending queue, which the analytics worker drains every few seconds.
    await testApp().ctx.db.transaction((tx) => refreshPending(tx, new Date()));
    const after = await customerScores(testApp().ctx.db, shop.workspace.id, patId);
    expect(after).toMatchObject({ orders: 4, purchase_days: 4, net_revenue_minor: 14000 });
    expect(after?.rfm.f).toBeGreaterThanOrEqual(before!.rfm.f!);
    expect(after?.clv_12_months_minor).not.toBeNull();
  });
});

describe('POST /v1/analytics/recompute', () => {
  it('reads the rows kept as orders arrived, aggregates every order when asked, and names a bad field', async () => {
    const shop = await createTestShop(testApp());
    await addPat(shop);
    const recompute = (payload: Record<string, unknown>) =>
      shop.request({ method: 'POST', url: '/v1/analytics/recompute', payload });

    const kept = await recompute({});
    expect(kept.statusCode).toBe(200);
    expect(kept.json()).toMatchObject({ customers: 1, inputs: { from: 'kept_rows' } });
    const scanned = await recompute({ rescan: true });
    expect(scanned.statusCode).toBe(200);
    expect(scanned.json()).toMatchObject({ customers: 1, inputs: { from: 'orders', reason: 'requested' } });
    const invalid = await recompute({ rescan: 'yes' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error).toMatchObject({ code: 'parameter_invalid', param: 'rescan' });
  });
});

describe('the per-customer aggregation', () => {
  it('gives the same customers whether one connection reads them or several ranges side by side', async () => {
    const { shop } = await simulatedShop();
    const frame = await workspaceFrame(testApp().ctx.db, shop.workspace.id);
    const one = await loadAggregates(testApp().ctx.db, frame, asOf, { readers: 1 });
    const three = await loadAggregates(testApp().ctx.db, frame, asOf, { readers: 3 });
    const byId = (columns: typeof one.columns) =>
      new Map(
        columns.customerId.map((id, i) => [
          id,
          [columns.orders[i], columns.purchaseDays[i], columns.netMinor[i]],
        ]),
      );
    expect(three.columns.length).toBe(one.columns.length);
    expect(byId(three.columns)).toEqual(byId(one.columns));
  });
});
