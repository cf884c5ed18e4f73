import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import { dayMs } from '../../core/time.js';
import { queryRows, type Db } from '../../db/connection.js';
import { consumers } from '../../server/consumers.js';
import { createTestShop, identify, track, useTestApp, type TestShop } from '../../testing/index.js';
import { appendEvents, drainConsumers, type NewEvent } from '../events/index.js';
import { segmentsConsumer } from './consumer.js';
import type { Condition } from './definition.js';
import {
  answerColumns,
  evaluateCustomers,
  evaluationFrame,
  lockCustomers,
  rangeAnswers,
  type CustomerRange,
} from './evaluate.js';
import { createSegment, liveSegments, updateSegment } from './segments.js';
import { rebuildStep } from './worker.js';

// A rebuild evaluates ranges of customers in one statement and writes only what changed; it must
// leave exactly what evaluating every customer one page at a time leaves (evaluateCustomers, as the
// rebuild did before): memberships with their history, the log's Segment Entered / Exited, timers.

const today = new Date(Math.floor(Date.now() / dayMs) * dayMs + 3 * 3_600_000);
const clock = fixedClock(today);
// A database of its own: rebuildStep takes every workspace's building segments.
const testApp = useTestApp({ clock, privateDatabase: true });
const db = (): Db => testApp().ctx.db;
const daysAgo = (days: number) => new Date(today.getTime() - days * dayMs);
const hoursLater = (hours: number) => new Date(today.getTime() + hours * 3_600_000);
// Small ranges and batches, so a shop of a dozen customers takes several of each.
const sizes = { range: 5, locked: 2 };

async function ingest(shop: TestShop, events: NewEvent[]): Promise<void> {
  await appendEvents(db(), shop.workspace.id, events);
  await drainConsumers(db(), [...consumers.filter((c) => c.name !== 'segments'), segmentsConsumer(clock)]);
}

const at = (date: Date) => ({ occurredAt: date, receivedAt: date });

/** Twelve customers with traits, orders and views at various ages; two devices, one signed in later. */
async function shopWithHistory(): Promise<TestShop> {
  const shop = await createTestShop(testApp(), { currency: 'USD', timezone: 'Asia/Bangkok' });
  const events: NewEvent[] = [];
  for (let i = 0; i < 12; i++) {
    const userId = `u${String(i).padStart(2, '0')}`;
    events.push(
      identify({
        userId,
        traits: { plan: i % 3 === 0 ? 'gold' : 'silver', country: i % 2 === 0 ? 'VN' : 'TH' },
        ...at(daysAgo(10 + i * 5)),
      }),
    );
    for (let n = 0; n < i % 4; n++) {
      events.push(
        track('Order Completed', {
          userId,
          properties: { order_id: `${userId}-${n}`, total: 40 + 30 * n + i, currency: 'USD' },
          ...at(daysAgo(3 + ((i * 7 + n * 11) % 50))),
        }),
      );
    }
    if (i % 3 !== 2) {
      events.push(
        track('Viewed', { userId, properties: { kind: i % 2 === 0 ? 'a' : 'b' }, ...at(daysAgo(2 + i * 4)) }),
      );
    }
  }
  // Browsing before signing in: d1 becomes u05's (its profile merges into u05), d2 stays anonymous.
  events.push(track('Viewed', { anonymousId: 'd1', properties: { kind: 'a' }, ...at(daysAgo(4)) }));
  events.push(track('Viewed', { anonymousId: 'd2', properties: { kind: 'a' }, ...at(daysAgo(6)) }));
  await ingest(shop, events);
  await ingest(shop, [identify({ userId: 'u05', anonymousId: 'd1', ...at(daysAgo(1)) })]);
  return shop;
}

const definitions: Condition[] = [
  {
    all: [
      { field: 'orders.count', op: 'gte', value: 2 },
      { field: 'orders.net_revenue', op: 'gte', value: 120 },
      {
        any: [
          { field: 'traits.country', op: 'eq', value: 'VN' },
          { not: { field: 'traits.plan', op: 'eq', value: 'gold' } },
        ],
      },
      { event: 'Viewed', count: { op: 'gte', value: 1 }, within: { last_days: 30 } },
    ],
  },
  {
    any: [
      { field: 'orders.last_order_at', op: 'within_last_days', value: 20 },
      { field: 'orders.count', op: 'eq', value: 0 },
    ],
  },
  { event: 'Viewed', count: { op: 'eq', value: 0 }, within: { last_days: 30 } },
  {
    all: [
      { sample: { percent: 50 } },
      {
        event: 'Viewed',
        where: [{ field: 'properties.kind', op: 'eq', value: 'a' }],
        within: { ever: true },
      },
    ],
  },
  {
    event: 'Viewed',
    within: { last_days: 60 },
    not_followed_by: { event: 'Order Completed', within_days: 7 },
  },
  {
    event: 'Order Completed',
    where: [{ field: 'properties.currency', op: 'eq', value: 'USD' }],
    sum: { property: 'total', op: 'gte', value: 100 },
    within: { last_days: 40 },
  },
];

interface Snapshot {
  memberships: string[];
  timers: string[];
  events: string[];
}

/** A segment's membership history, timers and membership events, by customer and instant. */
async function snapshot(db: Db, segmentId: string): Promise<Snapshot> {
  const text = async (query: ReturnType<typeof sql>) =>
    (await queryRows<{ row: string }>(db, query)).map((r) => r.row);
  return {
    memberships: await text(
      sql`select concat_ws(' ', customer_id, entered_at::text, exited_at::text) as row
          from segment_memberships where segment_id = ${segmentId} order by 1`,
    ),
    timers: await text(
      sql`select concat_ws(' ', customer_id, due_at::text) as row from segment_timers
          where segment_id = ${segmentId} order by 1`,
    ),
    events: await text(
      sql`select concat_ws(' ', e.name, e.properties->>'customer_id', e.occurred_at::text,
                 m.customer_id = e.properties->>'customer_id') as row
          from events e join segment_memberships m on m.id = e.properties->>'membership_id'
          where e.source = 'retain' and e.properties->>'segment_id' = ${segmentId} order by 1`,
    ),
  };
}

class RolledBack extends Error {}

/**
 * What the page-by-page rebuild leaves: every live customer and every member evaluated by
 * evaluateCustomers at `now`, read, then rolled back.
 */
async function evaluatedOneByOne(workspaceId: string, segmentId: string, now: Date): Promise<Snapshot> {
  let seen: Snapshot | undefined;
  await db()
    .transaction(async (tx) => {
      const segment = (await liveSegments(tx, workspaceId)).find((row) => row.id === segmentId)!;
      const customers = await queryRows<{ id: string }>(
        tx,
        sql`select id from customers where workspace_id = ${workspaceId} and merged_into is null and erased_at is null
            union select customer_id from segment_memberships where segment_id = ${segmentId} and exited_at is null`,
      );
      const ids = customers.map((row) => row.id);
      for (let first = 0; first < ids.length; first += 3) {
        await evaluateCustomers(tx, workspaceId, [segment], ids.slice(first, first + 3), now);
      }
      seen = await snapshot(tx, segmentId);
      throw new RolledBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  return seen!;
}

/** Each live customer's answer and next change, by the grouped range frame or looked up one by one. */
async function answers(workspaceId: string, definition: Condition, now: Date, range?: CustomerRange) {
  const segment = { id: 'seg_compared', workspaceId, name: '', definition };
  const { columns, frame } = range
    ? rangeAnswers(workspaceId, [segment], now, null, range)
    : (({ columns, joins }) => ({ columns, frame: evaluationFrame(workspaceId, joins) }))(
        answerColumns([segment], now, null),
      );
  return queryRows<{ customer_id: string; m0: boolean; n0: string | null }>(
    db(),
    sql`select c.id as customer_id, ${columns} ${frame} order by c.id`,
  );
}

async function rebuildAll(now: Date): Promise<void> {
  while (await rebuildStep(db(), now, sizes));
}

/** Customers x, y and z on the gold plan, and a new segment of gold customers still to build. */
async function goldShop() {
  const shop = await createTestShop(testApp(), { currency: 'USD', timezone: 'Asia/Bangkok' });
  await ingest(
    shop,
    ['x', 'y', 'z'].map((userId) => identify({ userId, traits: { plan: 'gold' }, ...at(daysAgo(3)) })),
  );
  const ids = await queryRows<{ id: string }>(
    db(),
    sql`select id from customers where workspace_id = ${shop.workspace.id} order by external_id`,
  );
  const segment = await createSegment(
    db(),
    shop.workspace.id,
    { name: 'Gold', definition: { field: 'traits.plan', op: 'eq', value: 'gold' } },
    today,
  );
  return { shop, segment, customers: ids.map((row) => row.id) };
}

/**
 * Runs `hold` in a transaction kept open until a rebuild started meanwhile waits for a lock it
 * holds: the rebuild reads its range before `hold` commits and writes its answers after.
 */
async function rebuildWhileHolding(hold: (tx: Db) => Promise<void>): Promise<void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held!: () => void;
  const inside = new Promise<void>((resolve) => (held = resolve));
  const holding = db().transaction(async (tx) => {
    await hold(tx);
    held();
    await released;
  });
  await inside;
  const rebuilding = rebuildAll(today);
  await waitForAdvisoryLockWait();
  release();
  await holding;
  await rebuilding;
}

/** Every membership of the segment, open or closed, by customer. */
const membershipsOf = (segmentId: string) =>
  queryRows<{ customer_id: string; exited_at: string | null }>(
    db(),
    sql`select customer_id, exited_at from segment_memberships where segment_id = ${segmentId} order by customer_id`,
  );

/** The customers given, each with one open membership and no other. */
const openOnly = (customers: string[]) =>
  [...customers].sort().map((customer_id) => ({ customer_id, exited_at: null }));

describe('set-based rebuild', () => {
  it('answers over a range of customers as when each customer is looked up', async () => {
    const shop = await shopWithHistory();
    const ids = (
      await queryRows<{ id: string }>(
        db(),
        sql`select id from customers where workspace_id = ${shop.workspace.id} and merged_into is null order by id`,
      )
    ).map((row) => row.id);
    expect(ids.length).toBe(13);
    for (const [index, definition] of definitions.entries()) {
      const one = await answers(shop.workspace.id, definition, today);
      expect(one.some((answer) => answer.m0) && one.some((answer) => !answer.m0), `definition ${index}`).toBe(
        true,
      );
      const ranged = [
        ...(await answers(shop.workspace.id, definition, today, { after: null, upto: ids[5]! })),
        ...(await answers(shop.workspace.id, definition, today, { after: ids[5]!, upto: ids.at(-1)! })),
      ];
      expect(ranged, `definition ${index}`).toEqual(one);
    }
  });

  it('leaves the memberships, history, events and timers evaluating each customer leaves', async () => {
    const shop = await shopWithHistory();
    const { id } = await createSegment(
      db(),
      shop.workspace.id,
      { name: 'Rebuilt', definition: definitions[0] },
      hoursLater(1),
    );
    for (const [index, definition] of definitions.entries()) {
      const now = hoursLater(index + 1);
      if (index > 0) await updateSegment(db(), shop.workspace.id, id, { definition }, now);
      const expected = await evaluatedOneByOne(shop.workspace.id, id, now);
      await rebuildAll(now);
      const rebuilt = await snapshot(db(), id);
      expect(rebuilt, `definition ${index}`).toEqual(expected);
      // Each step changes someone, and some steps leave timers: the comparison is not vacuous.
      expect(rebuilt.events.length, `definition ${index}`).toBeGreaterThan(0);
      if (index !== 3) expect(rebuilt.timers.length, `definition ${index}`).toBeGreaterThan(0);
    }
    const progress = await queryRows<{ status: string; done: number; total: number }>(
      db(),
      sql`select status, rebuild_done as done, rebuild_total as total from segments where id = ${id}`,
    );
    expect(progress).toEqual([{ status: 'live', done: 13, total: 13 }]);
  });

  it('never enters a customer twice nor from a stale answer when the consumer evaluates them meanwhile', async () => {
    const { shop, segment, customers } = await goldShop();
    const [x, y, z] = customers;
    const [row] = (await liveSegments(db(), shop.workspace.id)).filter((s) => s.id === segment.id);

    // The consumer's transaction: x stops matching (evaluated: nothing to write), y is evaluated
    // (it enters). It holds their locks while the rebuild reads the range without them.
    await rebuildWhileHolding(async (tx) => {
      await tx.execute(sql`update customers set traits = '{"plan":"silver"}' where id = ${x}`);
      await evaluateCustomers(tx, shop.workspace.id, [row!], [x!, y!], today);
    });

    expect(await membershipsOf(segment.id)).toEqual(openOnly([y!, z!]));
    const entries = await queryRows<{ customer_id: string }>(
      db(),
      sql`select properties->>'customer_id' as customer_id from events
          where source = 'retain' and name = 'Segment Entered' and properties->>'segment_id' = ${segment.id}
          order by 1`,
    );
    expect(entries.map((e) => e.customer_id)).toEqual([y!, z!].sort());
    // The consumer's evaluation was noted for the rebuild, and forgotten when it finished.
    const touched = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from segment_rebuild_touches where segment_id = ${segment.id}`,
    );
    expect(touched).toEqual([{ n: 0 }]);
  });

  it('enters no customer erased after the range read them, though no evaluator touched them since', async () => {
    const { shop, segment, customers } = await goldShop();
    const [x, y, z] = customers;

    // x is erased in a transaction that commits after the range read x as a live gold customer and
    // before its answer is written; x's lock only orders the two (no evaluator noted x meanwhile).
    await rebuildWhileHolding(async (tx) => {
      await lockCustomers(tx, shop.workspace.id, [x!]);
      await tx.execute(
        sql`update customers set erased_at = ${today.toISOString()}::timestamptz where id = ${x}`,
      );
    });

    expect(await membershipsOf(segment.id)).toEqual(openOnly([y!, z!]));
  });
});

/** Until a backend waits for an advisory lock (the rebuild, on the consumer's customers). */
async function waitForAdvisoryLockWait(): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    const waiting = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock' and wait_event = 'advisory'`,
    );
    if (waiting[0]!.n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the rebuild never waited for the consumer’s locks');
}
