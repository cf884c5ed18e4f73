// KPIs, cohorts and RFM on a hand-built shop, every expected figure worked out by hand below.
import { describe, expect, it } from 'vitest';
import { createTestShop, ingest, type TestShop, track, useTestApp } from '../../../testing/index.js';
import { recomputeAll } from '../recompute.js';

const testApp = useTestApp();

const order = (userId: string, orderId: string, at: string, total: number, currency = 'USD') =>
  track('Order Completed', {
    userId,
    occurredAt: new Date(at),
    properties: { order_id: orderId, total, currency },
  });

/**
 * A shop in Ho Chi Minh City (UTC+7), USD. Local dates decide periods: bob's second order at
 * 2026-02-28T20:00Z is 2026-03-01 03:00 local, a March order.
 *   alice: Jan 10 $100, Feb 10 $50, Mar 5 $80
 *   bob:   Feb 15 $40, Mar 1 (local) $60
 *   carol: Mar 10 $30, Mar 20 $70 of which $20 refunded
 *   dave:  Mar 15 €200 (another currency: counted as an order, never as money)
 *   erin:  Feb 20 $25
 */
async function handBuiltShop(): Promise<TestShop> {
  const shop = await createTestShop(testApp(), { timezone: 'Asia/Ho_Chi_Minh', currency: 'USD' });
  await ingest(testApp().ctx.db, shop.workspace.id, [
    order('alice', 'A1', '2026-01-10T10:00:00Z', 100),
    order('alice', 'A2', '2026-02-10T10:00:00Z', 50),
    order('alice', 'A3', '2026-03-05T10:00:00Z', 80),
    order('bob', 'B1', '2026-02-15T10:00:00Z', 40),
    order('bob', 'B2', '2026-02-28T20:00:00Z', 60),
    order('carol', 'C1', '2026-03-10T10:00:00Z', 30),
    order('carol', 'C2', '2026-03-20T10:00:00Z', 70),
    order('dave', 'D1', '2026-03-15T10:00:00Z', 200, 'EUR'),
    order('erin', 'E1', '2026-02-20T10:00:00Z', 25),
  ]);
  await ingest(testApp().ctx.db, shop.workspace.id, [
    track('Order Refunded', {
      userId: 'carol',
      occurredAt: new Date('2026-03-25T10:00:00Z'),
      properties: { order_id: 'C2', amount: 20, currency: 'USD' },
    }),
  ]);
  return shop;
}

describe('GET /v1/analytics/summary', () => {
  it('computes every KPI of March and of the 31 days before, as worked out by hand', async () => {
    const shop = await handBuiltShop();
    const response = await shop.request({
      method: 'GET',
      url: '/v1/analytics/summary?from=2026-03-01&to=2026-03-31&as_of=2026-04-05T00:00:00Z',
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      object: 'analytics_summary',
      from: '2026-03-01',
      to: '2026-03-31',
      previous_period: { from: '2026-01-29', to: '2026-02-28' },
      timezone: 'Asia/Ho_Chi_Minh',
      currency: 'USD',
    });
    const values = Object.fromEntries(
      Object.entries(body.kpis as Record<string, { value: number; previous: number }>).map(([name, kpi]) => [
        name,
        [kpi.value, kpi.previous],
      ]),
    );
    expect(values).toEqual({
      // alice, bob, carol, dave, erin | alice, bob, erin
      customers: [5, 3],
      // carol and dave first ordered in March | bob and erin in the 31 days before
      new_customers: [2, 2],
      active_customers: [4, 3],
      orders: [5, 3],
      // $80 + $60 + $30 + ($70 − $20); dave's € order excluded | $50 + $40 + $25
      revenue: [22000, 11500],
      // 22000 / 4 priced orders | 11500 / 3 = 3833.3
      average_order_value: [5500, 3833],
      // carol's C1 (dave's first order has no price here) | (4000 + 2500) / 2
      average_order_value_first: [3000, 3250],
      // (8000 + 6000 + 5000) / 3 = 6333.3 | alice's A2
      average_order_value_repeat: [6333, 5000],
      // A3, B2, C2 of 5 orders | A2 of 3
      repeat_purchase_rate: [3 / 5, 1 / 3],
      // alice, bob, carol of 5 | alice of 3
      repeat_customer_rate: [3 / 5, 1 / 3],
      // ordered in the 31 days before: alice, bob, erin | alice in January
      customers_at_start: [3, 1],
      // (4 active − 2 new) / 3 at the start (alice, bob, erin) | (3 − 2) / 1 (alice in Jan)
      retention_rate: [2 / 3, 1],
      // 1 − retention: erin did not come back | alice did
      churn_rate: [1 - 2 / 3, 0],
      purchase_frequency: [5 / 4, 1],
      // gaps 23 d (alice), 13 d 10 h (bob), 10 d (carol) → median 13 + 10/24 | alice's 31 d
      median_days_between_orders: [13 + 10 / 24, 31],
      // (23000 + 10000 + 8000 + 0 + 2500) / 5 | (15000 + 4000 + 2500) / 3 = 7166.7
      historical_lifetime_value: [8700, 7167],
      // the top ⌈5/5⌉ = 1 customer, alice: 23000 / 43500 | ⌈3/5⌉ = 1: 15000 / 21500
      pareto_share: [23000 / 43500, 15000 / 21500],
    });
    expect(body.kpis.revenue.definition).toMatch(/total − refunded/);
  });

  it('names a bad date and refuses a period that ends before it starts', async () => {
    const shop = await createTestShop(testApp());
    const bad = await shop.request({
      method: 'GET',
      url: '/v1/analytics/summary?from=2026-02-30&to=2026-03-31',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'parameter_invalid', param: 'from' });
    const reversed = await shop.request({
      method: 'GET',
      url: '/v1/analytics/summary?from=2026-04-01&to=2026-03-31',
    });
    expect(reversed.json().error).toMatchObject({ code: 'parameter_invalid', param: 'from' });
  });
});

describe('GET /v1/analytics/cohorts', () => {
  it('puts customers in their first-order month (local time) and counts returns per later month', async () => {
    const shop = await handBuiltShop();
    const customers = (
      await shop.request({
        method: 'GET',
        url: '/v1/analytics/cohorts?period=month&as_of=2026-04-05T00:00:00Z',
      })
    ).json();
    expect(customers.cohorts).toEqual([
      // alice: ordered in Jan, Feb, Mar; April (as_of's month) not yet.
      {
        cohort: '2026-01-01',
        size: 1,
        cells: [1, 1, 1, 0],
        active_customers: [1, 1, 1, 0],
        revenue_minor: [10000, 5000, 8000, 0],
      },
      // bob and erin; bob came back in March (local), erin did not.
      {
        cohort: '2026-02-01',
        size: 2,
        cells: [1, 0.5, 0],
        active_customers: [2, 1, 0],
        revenue_minor: [6500, 6000, 0],
      },
      // carol and dave; dave's € order adds no revenue.
      { cohort: '2026-03-01', size: 2, cells: [1, 0], active_customers: [2, 0], revenue_minor: [8000, 0] },
    ]);
    const revenue = (
      await shop.request({
        method: 'GET',
        url: '/v1/analytics/cohorts?period=month&metric=revenue&as_of=2026-04-05T00:00:00Z',
      })
    ).json();
    expect(revenue.cohorts.map((c: { cells: number[] }) => c.cells)).toEqual([
      [10000, 5000, 8000, 0],
      [3250, 3000, 0],
      [4000, 0],
    ]);
  });

  it('uses ISO weeks starting on Monday', async () => {
    const shop = await handBuiltShop();
    const weeks = (
      await shop.request({
        method: 'GET',
        url: '/v1/analytics/cohorts?period=week&periods=1&as_of=2026-03-24T00:00:00Z',
      })
    ).json();
    // The latest cohort: carol (Tue Mar 10, week of Mon Mar 9) — dave's first order is Sun Mar 15, same week.
    // carol ordered again on Fri Mar 20, week 1; the as_of week (Mon Mar 23) is week 2.
    expect(weeks.cohorts).toEqual([
      {
        cohort: '2026-03-09',
        size: 2,
        cells: [1, 0.5, 0],
        active_customers: [2, 1, 0],
        revenue_minor: [3000, 5000, 0],
      },
    ]);
  });
});

describe('GET /v1/analytics/rfm after a recompute', () => {
  it('scores every customer by quintile and sizes the segments, as worked out by hand', async () => {
    const shop = await handBuiltShop();
    await recomputeAll(testApp().ctx.db, shop.workspace.id, { asOf: new Date('2026-04-05T00:00:00Z') });
    const rfm = (await shop.request({ method: 'GET', url: '/v1/analytics/rfm' })).json();
    // Days from the last local order day to Apr 5: alice 31, bob 35, carol 16, dave 21, erin 44.
    // R (recency reversed): erin 1, bob 2, alice 3, dave 4, carol 5.
    // F (orders 3, 2, 2, 1, 1): alice 5; bob, carol 1 + ⌊5·2/5⌋ = 3; dave, erin 1.
    // M (net 23000, 10000, 8000, 0, 2500): dave 1, erin 2, carol 3, bob 4, alice 5.
    expect(rfm.breakpoints).toEqual({
      recency_days: [44, 35, 31, 21],
      orders: [1, 1, 2, 2],
      net_revenue_minor: [0, 2500, 8000, 10000],
    });
    expect(rfm.customers).toBe(5);
    const grid = [
      [1, 0, 0, 0, 0], // R1: erin (F1)
      [0, 0, 1, 0, 0], // R2: bob (F3)
      [0, 0, 0, 0, 1], // R3: alice (F5)
      [1, 0, 0, 0, 0], // R4: dave (F1)
      [0, 0, 1, 0, 0], // R5: carol (F3)
    ];
    expect(rfm.grid).toEqual(grid);
    const sizes = Object.fromEntries(
      rfm.segments
        .filter((s: { customers: number }) => s.customers > 0)
        .map((s: { segment: string; customers: number; revenue_minor: number }) => [
          s.segment,
          [s.customers, s.revenue_minor],
        ]),
    );
    expect(sizes).toEqual({
      Loyal: [1, 23000], // alice R3 F5
      'At Risk': [1, 10000], // bob R2 F3
      'Potential Loyalist': [1, 8000], // carol R5 F3
      Promising: [1, 0], // dave R4 F1
      Lost: [1, 2500], // erin R1 F1
    });
    const carol = (
      await shop.request({ method: 'GET', url: '/v1/analytics/customer_scores?segment=Potential%20Loyalist' })
    ).json().data;
    expect(carol).toHaveLength(1);
    expect(carol[0]).toMatchObject({
      rfm: { recency_days: 16, r: 5, f: 3, m: 3, segment: 'Potential Loyalist' },
      orders: 2,
      purchase_days: 2,
      net_revenue_minor: 8000,
    });
  });
});

describe('the OpenAPI document', () => {
  it('states the formula of every figure', async () => {
    const document = (await testApp().app.inject({ method: 'GET', url: '/v1/openapi.json' })).json();
    const summary = document.paths['/v1/analytics/summary'].get;
    expect(summary.description).toContain(
      '**retention_rate** (ratio): (Customers active at the end − new in the period) ÷ customers at the start',
    );
    expect(summary.description).toContain('total − refunded');
    const predictions = document.paths['/v1/customers/{id}/predictions'].get;
    expect(predictions.description).toContain('probability_alive** = 1 / (1 + [x > 0] · a/(b + x − 1)');
    expect(document.paths['/v1/analytics/rfm'].get.description).toContain("**Can't Lose**: R 1–2 and F = 5");
    expect(document.paths['/v1/analytics/lifecycle'].get.description).toContain('**at_risk**');
  });
});
