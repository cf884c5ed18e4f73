import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import { dayMs, hourMs } from '../../core/time.js';
import { queryRows, type Db } from '../../db/connection.js';
import {
  createTestShop,
  identify,
  ingestAt,
  journeyMessages,
  journeyRuns,
  publishedJourney,
  track,
  useTestApp,
  type TestShop,
} from '../../testing/index.js';
import { heldOut } from './entries.js';

// Holdouts and lift on a simulated shop: held-out customers walk the journey without its messages
// and points, their assignment never changes, and the reported lift's 95% interval contains the
// lift planted in the orders (and zero when none was planted).

const clock = fixedClock(new Date(Math.floor(Date.now() / dayMs) * dayMs + 3 * hourMs));
const testApp = useTestApp({ clock });
const db = (): Db => testApp().ctx.db;
const now = () => ({ occurredAt: clock.now(), receivedAt: clock.now() });

const journeyGraph = {
  entry: { kind: 'api' },
  reentry: { mode: 'after_end' },
  goal: { event: 'Order Completed', within_days: 30 },
  holdout_percent: 50,
  start: 'offer',
  nodes: {
    offer: { type: 'message', channel: 'email', template: { library: 'win_back' }, next: 'bonus' },
    bonus: { type: 'points', points: 50, reason: 'Come back' },
  },
};

/** A shop of `size` customers, all entered into one journey; answers who was held out. */
async function enteredShop(
  size: number,
): Promise<{ shop: TestShop; journey: string; held: Map<string, boolean> }> {
  const shop = await createTestShop(testApp(), { currency: 'VND', timezone: 'Asia/Ho_Chi_Minh' });
  const users = Array.from({ length: size }, (_, i) => `c${String(i).padStart(4, '0')}`);
  await ingestAt(
    db(),
    clock,
    shop,
    users.map((userId) => identify({ userId, traits: { email: `${userId}@example.com` }, ...now() })),
  );
  const journey = await publishedJourney(shop, 'Win back', journeyGraph);
  const held = new Map<string, boolean>();
  for (const userId of users) {
    const answer = await shop.request({
      method: 'POST',
      url: `/v1/journeys/${journey}/entries`,
      payload: { customer: userId },
    });
    held.set(userId, answer.json().run.holdout as boolean);
  }
  return { shop, journey, held };
}

/** Orders from exactly `share` of each side (the first by user id), each 100.000 ₫. */
async function plantOrders(
  shop: TestShop,
  held: Map<string, boolean>,
  shares: { treated: number; heldOut: number },
) {
  clock.set(new Date(clock.now().getTime() + dayMs));
  const side = (isHeld: boolean) => [...held].filter(([, h]) => h === isHeld).map(([user]) => user);
  const buyers = [
    ...side(false).slice(0, Math.round(side(false).length * shares.treated)),
    ...side(true).slice(0, Math.round(side(true).length * shares.heldOut)),
  ];
  await ingestAt(
    db(),
    clock,
    shop,
    buyers.map((userId) =>
      track('Order Completed', {
        userId,
        properties: { order_id: `o-${userId}`, total: 100_000, currency: 'VND' },
        ...now(),
      }),
    ),
  );
  return { treated: side(false).length, heldOut: side(true).length };
}

describe('holdouts', () => {
  it('hold out a stable half that gets no messages or points, the same on re-entry', async () => {
    const { shop, journey, held } = await enteredShop(120);
    const heldCount = [...held.values()].filter(Boolean).length;
    expect(heldCount).toBeGreaterThan(35);
    expect(heldCount).toBeLessThan(85);
    const runs = await journeyRuns(db(), journey);
    for (const run of runs) {
      expect(run.actions).toEqual(
        run.holdout
          ? ['entered', 'held_out:offer', 'held_out:bonus']
          : ['entered', 'sent:offer', 'points:bonus'],
      );
    }
    const messaged = new Set((await journeyMessages(db(), journey)).map((m) => m.customer));
    expect([...held].filter(([, h]) => !h).every(([user]) => messaged.has(user))).toBe(true);
    expect([...held].filter(([, h]) => h).some(([user]) => messaged.has(user))).toBe(false);
    const points = await queryRows<{ user: string }>(
      db(),
      sql`select c.external_id as user from points_entries t join customers c on c.id = t.customer_id
          where t.workspace_id = ${shop.workspace.id} and t.source_type = 'journey'`,
    );
    expect(points.map((row) => row.user).sort()).toEqual([...messaged].sort());
    // Entering again gives every customer the side they had: the hash of (journey, customer).
    for (const [userId, wasHeld] of [...held].slice(0, 20)) {
      const again = await shop.request({
        method: 'POST',
        url: `/v1/journeys/${journey}/entries`,
        payload: { customer: userId },
      });
      expect(again.json().run.holdout).toBe(wasHeld);
    }
    const [first] = await queryRows<{ customer_id: string; holdout: boolean }>(
      db(),
      sql`select customer_id, holdout from journey_runs where journey_id = ${journey} limit 1`,
    );
    expect(heldOut(journey, first!.customer_id, 50)).toBe(first!.holdout);
  });
});

describe('lift over the holdout', () => {
  it('contains the planted lift in its interval, and reports its parts', async () => {
    const { shop, journey, held } = await enteredShop(400);
    const sizes = await plantOrders(shop, held, { treated: 0.3, heldOut: 0.2 });
    const report = (await shop.request({ method: 'GET', url: `/v1/journeys/${journey}/report` })).json();
    const treatedRate = Math.round(sizes.treated * 0.3) / sizes.treated;
    const heldRate = Math.round(sizes.heldOut * 0.2) / sizes.heldOut;
    const lift = report.total.lift;
    expect(lift.enough_data).toBe(true);
    expect(lift.conversion_rate.treated).toBeCloseTo(treatedRate, 10);
    expect(lift.conversion_rate.held_out).toBeCloseTo(heldRate, 10);
    expect(lift.conversion_rate.low).toBeLessThan(0.1);
    expect(lift.conversion_rate.high).toBeGreaterThan(0.1);
    expect(lift.conversion_rate.low).toBeGreaterThan(0);
    expect(lift.revenue_per_entry_minor.lift).toBeCloseTo((treatedRate - heldRate) * 100_000, 6);
    expect(lift.revenue_per_entry_minor.low).toBeLessThan(10_000);
    expect(lift.revenue_per_entry_minor.high).toBeGreaterThan(10_000);
    expect(report.total).toMatchObject({
      entered: 400,
      converted: Math.round(sizes.treated * 0.3) + Math.round(sizes.heldOut * 0.2),
    });
  });

  it('contains zero when nothing was planted, and says so when there is too little data', async () => {
    const { shop, journey, held } = await enteredShop(400);
    await plantOrders(shop, held, { treated: 0.25, heldOut: 0.25 });
    const lift = (await shop.request({ method: 'GET', url: `/v1/journeys/${journey}/report` })).json().total
      .lift;
    expect(lift.conversion_rate.low).toBeLessThan(0);
    expect(lift.conversion_rate.high).toBeGreaterThan(0);

    const small = await enteredShop(40);
    await plantOrders(small.shop, small.held, { treated: 0.5, heldOut: 0.1 });
    const thin = (
      await small.shop.request({ method: 'GET', url: `/v1/journeys/${small.journey}/report` })
    ).json().total.lift;
    expect(thin).toMatchObject({ enough_data: false });
    expect(thin.reason).toMatch(/not enough data yet/);
    expect(thin.conversion_rate.low).toBeNull();
  });
});
