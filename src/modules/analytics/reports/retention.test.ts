// Retention and churn on a hand-built shop with a fixed clock: they add up to 100% in the API and
// as the overview shows them, and each is the value worked out by hand below.
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../core/clock.js';
import { createTestShop, ingest, track, useTestApp } from '../../../testing/index.js';
import { createFormatter } from '../../../../web/src/i18n/format.js';
import { retentionAndChurnShown } from './retention.js';

const clock = fixedClock(new Date('2026-06-30T12:00:00Z'));
const testApp = useTestApp({ clock });

const order = (userId: string, orderId: string, day: string) =>
  track('Order Completed', {
    userId,
    occurredAt: new Date(`${day}T10:00:00Z`),
    properties: { order_id: orderId, total: 10, currency: 'USD' },
  });

/**
 * The default period is the 30 days ending today: June 1–30 (UTC); the period before is May 2–31.
 *   ann: May 10, Jun 5            — at the start, active at the end (retained)
 *   ben: May 20                   — at the start, lost
 *   cat: May 3, May 25, Jun 20    — retained
 *   dan: Jan 15, Jun 10           — back after a silence: new in the period, not at the start
 *   eve: Jun 12                   — first order: new in the period
 *   fay: Apr 1                    — in neither period
 *   gus: May 15                   — lost
 *   hal: May 30, Jun 29           — retained
 * At the start 5 (ann, ben, cat, gus, hal), active at the end 5 (ann, cat, dan, eve, hal), new in
 * the period 2 (dan, eve): retention (5 − 2) / 5 = 60%, churn 40% (ben and gus of 5).
 */
describe('retention and churn', () => {
  it('add up to 100% in the API and on the overview, each the hand-computed value', async () => {
    const shop = await createTestShop(testApp(), { timezone: 'UTC', currency: 'USD' });
    await ingest(testApp().ctx.db, shop.workspace.id, [
      order('ann', 'A1', '2026-05-10'),
      order('ann', 'A2', '2026-06-05'),
      order('ben', 'B1', '2026-05-20'),
      order('cat', 'C1', '2026-05-03'),
      order('cat', 'C2', '2026-05-25'),
      order('cat', 'C3', '2026-06-20'),
      order('dan', 'D1', '2026-01-15'),
      order('dan', 'D2', '2026-06-10'),
      order('eve', 'E1', '2026-06-12'),
      order('fay', 'F1', '2026-04-01'),
      order('gus', 'G1', '2026-05-15'),
      order('hal', 'H1', '2026-05-30'),
      order('hal', 'H2', '2026-06-29'),
    ]);
    const response = await shop.request({ method: 'GET', url: '/v1/analytics/summary' });
    expect(response.statusCode).toBe(200);
    const { from, to, kpis } = response.json();
    expect({ from, to }).toEqual({ from: '2026-06-01', to: '2026-06-30' });
    expect(kpis.customers_at_start.value).toBe(5);
    expect(kpis.active_customers.value).toBe(5);
    // The new_customers KPI counts first orders only (eve); dan joins the population anew.
    expect(kpis.new_customers.value).toBe(1);
    expect(kpis.retention_rate.value).toBe(3 / 5);
    expect(kpis.churn_rate.value).toBe(2 / 5);
    expect(kpis.retention_rate.value + kpis.churn_rate.value).toBe(1);

    // The overview shows both through retentionAndChurnShown and the dashboard's formatter.
    const fmt = createFormatter('en', 'UTC', 'USD');
    const shown = retentionAndChurnShown(kpis.retention_rate.value, 1);
    expect([fmt.percent(shown.retention), fmt.percent(shown.churn)]).toEqual(['60%', '40%']);
    expect(shown.retention + shown.churn).toBe(1);
  });
});
