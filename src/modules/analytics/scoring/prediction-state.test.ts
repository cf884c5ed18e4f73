// A customer the model has no history of: the predictions API answers a state, not an error, and
// the scores list (the dashboard's customer list) says the same instead of the P(alive) of 100%
// that a refresh with the current model gives anyone with a single purchase day.
import { describe, expect, it } from 'vitest';
import { dayMs } from '../../../core/time.js';
import {
  createTestShop,
  identify,
  ingest,
  insertOrders,
  simulateBgNbd,
  track,
  useTestApp,
} from '../../../testing/index.js';
import { refreshPending } from '../consumer.js';

const testApp = useTestApp();

const asOf = new Date('2026-04-01T00:00:00Z');

const order = (userId: string, orderId: string, at: string) =>
  track('Order Completed', {
    userId,
    occurredAt: new Date(at),
    properties: { order_id: orderId, total: 25, currency: 'USD' },
  });

describe('a customer with no order up to the model’s as_of', () => {
  it('has not enough history in their predictions and in the scores list alike', async () => {
    const shop = await createTestShop(testApp());
    const simulated = simulateBgNbd({
      customers: 400,
      seed: 11,
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
    const fit = await shop.request({
      method: 'POST',
      url: '/v1/analytics/models/clv/fit',
      payload: { as_of: asOf.toISOString() },
    });
    expect(fit.json().status).toBe('done');
    // After the fit: kim ordered before its as_of and again after; nia's first order came after it,
    // and the refresh scores her with the current model; oli signed up and never ordered.
    await ingest(testApp().ctx.db, shop.workspace.id, [
      order('kim', 'K1', '2026-03-10T10:00:00Z'),
      order('kim', 'K2', '2026-04-05T10:00:00Z'),
      order('nia', 'N1', '2026-04-10T10:00:00Z'),
      identify({ userId: 'oli', traits: { email: 'oli@example.com' } }),
    ]);
    await testApp().ctx.db.transaction((tx) => refreshPending(tx, new Date()));
    const idOf = async (userId: string) =>
      (await shop.request({ method: 'GET', url: `/v1/customers/${userId}` })).json().id as string;
    const [kim, nia, oli] = [await idOf('kim'), await idOf('nia'), await idOf('oli')];

    for (const id of [nia, oli]) {
      const response = await shop.request({ method: 'GET', url: `/v1/customers/${id}/predictions` });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        object: 'customer_predictions',
        state: 'not_enough_history',
        customer_id: id,
        model_id: fit.json().id,
        as_of: asOf.toISOString(),
      });
    }
    const kimPredictions = await shop.request({ method: 'GET', url: `/v1/customers/${kim}/predictions` });
    expect(kimPredictions.json()).toMatchObject({ state: 'predicted', history: { orders: 1 } });

    const list = (
      await shop.request({ method: 'GET', url: '/v1/analytics/customer_scores?limit=100' })
    ).json();
    const scoresOf = (id: string) => list.data.find((row: { customer_id: string }) => row.customer_id === id);
    expect(scoresOf(nia)).toMatchObject({
      orders: 1,
      prediction_state: 'not_enough_history',
      probability_alive: null,
      expected_purchases: { days_30: null, days_90: null, days_365: null },
      clv_12_months_minor: null,
    });
    expect(scoresOf(kim).prediction_state).toBe('predicted');
    expect(scoresOf(kim).probability_alive).toBeGreaterThan(0);
    // The customer list (customers module, through customerScoresRelation) says the same.
    const customers = (
      await shop.request({ method: 'GET', url: '/v1/customers?limit=100&sort=p_alive' })
    ).json();
    const factsOf = (id: string) => customers.data.find((row: { id: string }) => row.id === id).facts;
    expect(factsOf(nia)).toMatchObject({ orders: 1, probability_alive: null, clv_12_months_minor: null });
    expect(factsOf(kim).probability_alive).toBe(scoresOf(kim).probability_alive);
    // A prospect has no scores row; their profile says the same state.
    expect(scoresOf(oli)).toBeUndefined();
    const profile = (await shop.request({ method: 'GET', url: `/v1/customers/${oli}` })).json();
    expect(JSON.stringify(profile)).toContain('"prediction_state":"not_enough_history"');
  });
});
