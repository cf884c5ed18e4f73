import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fixedClock, type Clock } from '../../core/clock.js';
import { dayMs } from '../../core/time.js';
import { queryRows, type Db } from '../../db/connection.js';
import { consumers } from '../../server/consumers.js';
import { createTestShop, identify, track, useTestApp, type TestShop } from '../../testing/index.js';
import { recomputeAll, scoresChangedAt } from '../analytics/index.js';
import { appendEvents, drainConsumers, type NewEvent } from '../events/index.js';
import { segmentsConsumer } from './consumer.js';
import { createSegment, type SegmentInput } from './segments.js';
import { runSegmentWork } from './worker.js';

// Analytics scores orders at the real time, so the shop's history is laid out back from today.
const today = new Date(Math.floor(Date.now() / dayMs) * dayMs + 3 * 3_600_000);
const clock = fixedClock(today);
const daysAgo = (days: number) => new Date(today.getTime() - days * dayMs).toISOString();
const daysAfter = (days: number) => new Date(today.getTime() + days * dayMs).toISOString();
// A database of its own: the segments worker's steps (rebuilds, due timers) take every workspace's.
const testApp = useTestApp({ clock, privateDatabase: true });
const db = (): Db => testApp().ctx.db;

const consumersAt = (at: Clock) => [...consumers.filter((c) => c.name !== 'segments'), segmentsConsumer(at)];

async function ingest(shop: TestShop, events: NewEvent[]): Promise<void> {
  await appendEvents(db(), shop.workspace.id, events);
  await drainConsumers(db(), consumersAt(clock));
}

async function built(shop: TestShop, input: SegmentInput): Promise<string> {
  const row = await createSegment(db(), shop.workspace.id, input, clock.now());
  await runSegmentWork(db(), clock.now(), scoresChangedAt);
  return row.id;
}

/** Current members by the shop's user id, sorted. */
async function members(segmentId: string): Promise<string[]> {
  const rows = await queryRows<{ external_id: string }>(
    db(),
    sql`select c.external_id from segment_memberships m join customers c on c.id = m.customer_id
        where m.segment_id = ${segmentId} and m.exited_at is null order by c.external_id`,
  );
  return rows.map((row) => row.external_id);
}

const at = (iso: string) => ({ occurredAt: new Date(iso), receivedAt: new Date(iso) });
const order = (userId: string, id: string, total: number, iso: string, extra: Record<string, unknown> = {}) =>
  track('Order Completed', {
    userId,
    properties: { order_id: id, total, currency: 'VND', ...extra },
    ...at(iso),
  });

describe('segments on a hand-built shop', () => {
  it('evaluates the issue example: orders, revenue, any/not, an event count in a window', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND', timezone: 'Asia/Ho_Chi_Minh' });
    await ingest(shop, [
      identify({ userId: 'an', traits: { country: 'VN' }, ...at(daysAgo(200)) }),
      identify({ userId: 'binh', traits: { country: 'TH' }, ...at(daysAgo(200)) }),
      identify({ userId: 'chi', traits: { country: 'JP' }, ...at(daysAgo(200)) }),
      identify({ userId: 'dung', traits: { country: 'TH' }, ...at(daysAgo(200)) }),
      // an: 3 orders, two of them ≥ 500,000 within 60 days
      order('an', 'a1', 600_000, daysAgo(37)),
      order('an', 'a2', 700_000, daysAgo(9)),
      order('an', 'a3', 100_000, daysAgo(8)),
      // binh: 3 big orders, one older than 60 days
      order('binh', 'b1', 900_000, daysAgo(80)),
      order('binh', 'b2', 900_000, daysAgo(18)),
      order('binh', 'b3', 900_000, daysAgo(5)),
      // chi: 2 orders only
      order('chi', 'c1', 900_000, daysAgo(9)),
      order('chi', 'c2', 900_000, daysAgo(8)),
      // dung: 3 big orders long ago, lapsed, and not in Vietnam
      order('dung', 'd1', 900_000, daysAgo(190)),
      order('dung', 'd2', 900_000, daysAgo(185)),
      order('dung', 'd3', 900_000, daysAgo(180)),
    ]);
    const id = await built(shop, {
      name: 'Big repeat buyers',
      definition: {
        all: [
          { field: 'orders.count', op: 'gte', value: 3 },
          { field: 'orders.net_revenue', op: 'gte', value: 10000 },
          {
            any: [
              { field: 'traits.country', op: 'eq', value: 'VN' },
              { not: { field: 'lifecycle.stage', op: 'eq', value: 'lapsed' } },
            ],
          },
          {
            event: 'Order Completed',
            where: [{ field: 'properties.total', op: 'gte', value: 500000 }],
            count: { op: 'gte', value: 2 },
            within: { last_days: 60 },
          },
        ],
      },
    });
    expect(await members(id)).toEqual(['an', 'binh']);

    // The window's oldest qualifying order leaves the 60 days first: an's in 23 days, binh's in 42.
    // chi's would in 51, but with two orders chi fails "at least 3 orders" whatever the window does,
    // and dung has none in the window: nothing of theirs changes with time.
    const timers = await queryRows<{ external_id: string; due_at: Date }>(
      db(),
      sql`select c.external_id, t.due_at from segment_timers t join customers c on c.id = t.customer_id
          where t.segment_id = ${id} order by c.external_id`,
    );
    expect(timers.map((t) => [t.external_id, new Date(t.due_at).toISOString()])).toEqual([
      ['an', daysAfter(23)],
      ['binh', daysAfter(42)],
    ]);
  });

  it('rebuilds the segments that read scores after a recompute moves them, and only those', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND', timezone: 'Asia/Ho_Chi_Minh' });
    await ingest(shop, [
      identify({ userId: 'an', traits: { plan: 'gold' }, ...at(daysAgo(100)) }),
      order('an', 'r1', 100_000, daysAgo(10)),
    ]);
    // Built before the recompute, which is stamped with the real time.
    const earlier = new Date(Date.now() - dayMs);
    const make = async (input: SegmentInput) =>
      (await createSegment(db(), shop.workspace.id, input, earlier)).id;
    const scored = await make({ name: 'Scored', definition: { field: 'rfm.r_score', op: 'gte', value: 1 } });
    const traits = await make({
      name: 'Gold',
      definition: { field: 'traits.plan', op: 'eq', value: 'gold' },
    });
    await runSegmentWork(db(), earlier, scoresChangedAt);
    const state = async (id: string) =>
      (
        await queryRows<{ status: string; started: string; seen: string | null }>(
          db(),
          sql`select status, rebuild_started_at::text as started, scores_seen_at::text as seen from segments where id = ${id}`,
        )
      )[0]!;
    const goldBefore = await state(traits);
    await recomputeAll(db(), shop.workspace.id);
    const later = new Date(Date.now() + dayMs);
    await runSegmentWork(db(), later, scoresChangedAt);
    const [scoredAfter, goldAfter] = [await state(scored), await state(traits)];
    // The scores segment was built again at `later`; the trait segment only noted the new scores.
    expect(new Date(scoredAfter.started).getTime()).toBe(later.getTime());
    expect(scoredAfter.status).toBe('live');
    expect(goldAfter.started).toBe(goldBefore.started);
    expect(new Date(goldAfter.seen!).getTime()).toBe(later.getTime());
    await runSegmentWork(db(), new Date(later.getTime() + 1000), scoresChangedAt);
    expect((await state(scored)).started).toBe(scoredAfter.started);
    expect(await members(scored)).toEqual(['an']);
  });
});
