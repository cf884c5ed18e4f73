// Lifecycle stages over a timeline: as_of moves forward, orders arrive, time passes.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../../db/connection.js';
import { createTestShop, insertOrders, useTestApp } from '../../../testing/index.js';
import { customerScores } from './lifecycle.js';
import { recomputeAll, refreshCustomers } from '../recompute.js';

const testApp = useTestApp();

const at = (iso: string) => new Date(iso);

describe('lifecycle stages over a timeline (no model: the customer’s own mean gap)', () => {
  it('goes new → repeat → at risk → lapsed → reactivated, recording each change once', async () => {
    const shop = await createTestShop(testApp());
    const db = testApp().ctx.db;
    const ws = shop.workspace.id;
    const tim = 'cus_timeline_tim';
    const buy = async (day: string) => {
      await insertOrders(db, ws, {
        customerId: [tim],
        placedAtMs: [at(`${day}T10:00:00Z`).getTime()],
        totalMinor: [5000],
      });
      await refreshCustomers(db, ws, [tim], at(`${day}T12:00:00Z`));
    };
    const stage = async () => (await customerScores(db, ws, tim))?.stage;

    await buy('2026-01-01');
    expect(await stage()).toBe('new');
    // Second order 10 days later: own rhythm 10 days (at risk after 1.5 × 10, lapsed after 3 × 10).
    await buy('2026-01-11');
    expect(await stage()).toBe('repeat');
    await recomputeAll(db, ws, { asOf: at('2026-01-26T12:00:00Z'), refit: false });
    expect(await stage()).toBe('repeat'); // 15 days of silence: not more than 15
    await recomputeAll(db, ws, { asOf: at('2026-01-27T12:00:00Z'), refit: false });
    expect(await stage()).toBe('at_risk'); // 16 > 15
    await recomputeAll(db, ws, { asOf: at('2026-02-10T12:00:00Z'), refit: false });
    expect(await stage()).toBe('at_risk'); // 30, not more than 30
    await recomputeAll(db, ws, { asOf: at('2026-02-11T12:00:00Z'), refit: false });
    expect(await stage()).toBe('lapsed'); // 31 > 30
    // Back after 35 days, more than 3 × the 10-day rhythm before: reactivated.
    await buy('2026-02-15');
    expect(await customerScores(db, ws, tim)).toMatchObject({
      stage: 'reactivated',
      orders: 3,
      purchase_days: 3,
      rfm: { recency_days: 0 },
      expected_days_between_orders: 45 / 2,
    });

    const history = await queryRows<{ from_stage: string; to_stage: string; changed_at: Date }>(
      db,
      sql`select from_stage, to_stage, changed_at from customer_stage_history
          where workspace_id = ${ws} and customer_id = ${tim} order by changed_at, id`,
    );
    expect(history.map((h) => [h.from_stage, h.to_stage, new Date(h.changed_at).toISOString()])).toEqual([
      ['prospect', 'new', '2026-01-01T12:00:00.000Z'],
      ['new', 'repeat', '2026-01-11T12:00:00.000Z'],
      ['repeat', 'at_risk', '2026-01-27T12:00:00.000Z'],
      ['at_risk', 'lapsed', '2026-02-11T12:00:00.000Z'],
      ['lapsed', 'reactivated', '2026-02-15T12:00:00.000Z'],
    ]);

    // Every change but the first stage is announced in the log, for journeys.
    const announced = await queryRows<{ properties: Record<string, unknown>; source: string }>(
      db,
      sql`select properties, source from events
          where workspace_id = ${ws} and name = 'Lifecycle Stage Changed' order by id`,
    );
    expect(announced.map((e) => [e.properties['from_stage'], e.properties['to_stage'], e.source])).toEqual([
      ['new', 'repeat', 'retain'],
      ['repeat', 'at_risk', 'retain'],
      ['at_risk', 'lapsed', 'retain'],
      ['lapsed', 'reactivated', 'retain'],
    ]);

    const report = (
      await shop.request({
        method: 'GET',
        url: '/v1/analytics/lifecycle?from=2026-01-01&to=2026-02-28&period=month',
      })
    ).json();
    expect(report.now).toMatchObject({
      reactivated: 1,
      new: 0,
      repeat: 0,
      at_risk: 0,
      lapsed: 0,
      prospect: 0,
    });
    expect(report.over_time).toEqual([
      { period_end: '2026-02-01', counts: expect.objectContaining({ at_risk: 1, lapsed: 0 }) },
      { period_end: '2026-03-01', counts: expect.objectContaining({ reactivated: 1, at_risk: 0 }) },
    ]);
    expect(report.flows).toEqual([
      { from_stage: 'at_risk', to_stage: 'lapsed', customers: 1 },
      { from_stage: 'lapsed', to_stage: 'reactivated', customers: 1 },
      { from_stage: 'new', to_stage: 'repeat', customers: 1 },
      { from_stage: 'prospect', to_stage: 'new', customers: 1 },
      { from_stage: 'repeat', to_stage: 'at_risk', customers: 1 },
    ]);
  });

  it('follows workspace thresholds set through the API, and refuses inconsistent ones', async () => {
    const shop = await createTestShop(testApp());
    const db = testApp().ctx.db;
    const ws = shop.workspace.id;
    await insertOrders(db, ws, {
      customerId: ['cus_th_a', 'cus_th_a'],
      placedAtMs: [at('2026-01-01T10:00:00Z').getTime(), at('2026-01-11T10:00:00Z').getTime()],
      totalMinor: [1000, 1000],
    });
    const put = await shop.request({
      method: 'PUT',
      url: '/v1/analytics/settings',
      payload: { at_risk_gap_factor: 2, lapsed_gap_factor: 5 },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().values).toMatchObject({
      at_risk_gap_factor: 2,
      lapsed_gap_factor: 5,
      loyal_min_orders: 4,
    });
    expect(put.json().defaults.at_risk_gap_factor).toBe(1.5);
    // 16 days of silence against a 10-day rhythm: at risk by default, not with factor 2.
    await recomputeAll(db, ws, { asOf: at('2026-01-27T12:00:00Z'), refit: false });
    expect((await customerScores(db, ws, 'cus_th_a'))?.stage).toBe('repeat');
    await recomputeAll(db, ws, { asOf: at('2026-02-01T12:00:00Z'), refit: false });
    expect((await customerScores(db, ws, 'cus_th_a'))?.stage).toBe('at_risk');

    const bad = await shop.request({
      method: 'PUT',
      url: '/v1/analytics/settings',
      payload: { lapsed_gap_factor: 1.5 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'parameter_invalid', param: 'lapsed_gap_factor' });
    const after = (await shop.request({ method: 'GET', url: '/v1/analytics/settings' })).json();
    expect(after.values.lapsed_gap_factor).toBe(5);
  });
});
