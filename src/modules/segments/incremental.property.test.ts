import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import { dayMs, hourMs } from '../../core/time.js';
import { queryRows, type Db } from '../../db/connection.js';
import { consumers } from '../../server/consumers.js';
import { createTestShop, identify, track, useTestApp } from '../../testing/index.js';
import { scoresChangedAt } from '../analytics/index.js';
import { appendEvents, drainConsumers, type NewEvent } from '../events/index.js';
import { compileDefinition } from './compile.js';
import { segmentsConsumer } from './consumer.js';
import type { Condition } from './definition.js';
import { evaluationFrame } from './evaluate.js';
import { createSegment } from './segments.js';
import { runSegmentWork, timersStep } from './worker.js';

// Incremental membership (the consumer re-evaluating only the customers each page touches, for the
// segments its events can change, and the timers re-evaluating those whose answer time can change)
// must always equal evaluating every customer from scratch: with the clock still, after any stream
// of events; with the clock moved forward, after the timers due by then have run.

const today = new Date(Math.floor(Date.now() / dayMs) * dayMs + 3 * 3_600_000);
const clock = fixedClock(today);
// A database of its own: the segments worker's steps (rebuilds, due timers) take every workspace's.
const testApp = useTestApp({ clock, privateDatabase: true });
const db = (): Db => testApp().ctx.db;
const drain = () =>
  drainConsumers(db(), [...consumers.filter((c) => c.name !== 'segments'), segmentsConsumer(clock)]);

const leaf: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({
    field: fc.constant('traits.plan'),
    op: fc.constantFrom('eq', 'neq'),
    value: fc.constantFrom('gold', 'silver'),
  }),
  fc.record({
    field: fc.constant('traits.score'),
    op: fc.constantFrom('gte', 'lt'),
    value: fc.integer({ min: 0, max: 4 }),
  }),
  fc.record({ field: fc.constant('traits.plan'), op: fc.constantFrom('exists', 'not_exists') }),
  fc.record({
    field: fc.constant('orders.count'),
    op: fc.constantFrom('gte', 'eq'),
    value: fc.integer({ min: 0, max: 2 }),
  }),
  fc.record({
    field: fc.constant('orders.net_revenue'),
    op: fc.constant('gte'),
    value: fc.integer({ min: 0, max: 300 }),
  }),
  fc.record({
    event: fc.constant('Viewed'),
    count: fc.record({ op: fc.constantFrom('gte', 'eq', 'lte'), value: fc.integer({ min: 0, max: 2 }) }),
    within: fc.constantFrom({ last_days: 30 }, { ever: true } as const),
    include_newer_customers: fc.boolean(),
  }),
  fc.record({
    event: fc.constant('Viewed'),
    where: fc.constant([{ field: 'properties.kind', op: 'eq', value: 'a' }]),
  }),
  fc.record({ sample: fc.record({ percent: fc.constantFrom(30, 50) }) }),
  fc.record({
    field: fc.constantFrom('orders.last_order_at', 'orders.first_order_at'),
    op: fc.constantFrom('more_than_days_ago', 'within_last_days'),
    value: fc.constantFrom(20, 45),
  }),
) as fc.Arbitrary<Condition>;

const definition: fc.Arbitrary<Condition> = fc.letrec<{ node: Condition }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ all: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('node') }),
  ),
})).node;

/** Conditions whose answer moves with time alone. */
const timed: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({
    event: fc.constant('Viewed'),
    count: fc.record({ op: fc.constantFrom('gte', 'lte'), value: fc.integer({ min: 0, max: 2 }) }),
    within: fc.constant({ last_days: 30 }),
  }),
  fc.record({
    field: fc.constantFrom('orders.last_order_at', 'orders.first_order_at'),
    op: fc.constantFrom('more_than_days_ago', 'within_last_days'),
    value: fc.constantFrom(20, 45),
  }),
) as fc.Arbitrary<Condition>;

/** A group at the top, where a field may decide the answer while time moves another child's. */
const member = fc.oneof(leaf, timed, definition);
const group: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ all: fc.array(member, { minLength: 2, maxLength: 3 }) }),
  fc.record({ any: fc.array(member, { minLength: 2, maxLength: 3 }) }),
);

const users = ['u1', 'u2', 'u3', 'u4'];
const devices = ['d1', 'd2', 'd3'];
const when = fc.integer({ min: 1, max: 90 }).map((days) => new Date(today.getTime() - days * dayMs));

/** One event of a small shop: signed-in and anonymous browsing, traits, orders, a device signing in. */
const event: fc.Arbitrary<NewEvent> = fc.oneof(
  // Any subset of the traits the conditions read, beside one none reads: an identify re-evaluates
  // only the segments of the traits it carries.
  fc
    .record({
      user: fc.constantFrom(...users),
      traits: fc.record(
        {
          plan: fc.constantFrom('gold', 'silver', null),
          score: fc.integer({ min: 0, max: 4 }),
          page: fc.constantFrom('/a', '/b'),
        },
        { requiredKeys: [] },
      ),
      at: when,
    })
    .map(({ user, traits, at }) => identify({ userId: user, traits, occurredAt: at, receivedAt: at })),
  fc
    .record({ user: fc.constantFrom(...users), kind: fc.constantFrom('a', 'b'), at: when })
    .map(({ user, kind, at }) =>
      track('Viewed', { userId: user, properties: { kind }, occurredAt: at, receivedAt: at }),
    ),
  fc
    .record({ device: fc.constantFrom(...devices), kind: fc.constantFrom('a', 'b'), at: when })
    .map(({ device, kind, at }) =>
      track('Viewed', { anonymousId: device, properties: { kind }, occurredAt: at, receivedAt: at }),
    ),
  fc
    .record({ user: fc.constantFrom(...users), device: fc.constantFrom(...devices), at: when })
    .map(({ user, device, at }) =>
      identify({ userId: user, anonymousId: device, occurredAt: at, receivedAt: at }),
    ),
  fc
    .record({
      who: fc.constantFrom(...users, ...devices),
      total: fc.integer({ min: 50, max: 200 }),
      at: when,
      n: fc.nat(),
    })
    .map(({ who, total, at, n }) =>
      track('Order Completed', {
        ...(who.startsWith('u') ? { userId: who } : { anonymousId: who }),
        properties: { order_id: `o${n}-${total}-${at.getTime()}`, total },
        occurredAt: at,
        receivedAt: at,
      }),
    ),
);

async function currentMembers(segmentId: string): Promise<string[]> {
  const rows = await queryRows<{ customer_id: string }>(
    db(),
    sql`select customer_id from segment_memberships where segment_id = ${segmentId} and exited_at is null order by customer_id`,
  );
  return rows.map((row) => row.customer_id);
}

async function fromScratch(workspaceId: string, segmentId: string, condition: Condition): Promise<string[]> {
  const compiled = compileDefinition(condition, {
    now: sql`${clock.now().toISOString()}::timestamptz`,
    segmentId,
    medianClv: sql`null::numeric`,
  });
  const rows = await queryRows<{ id: string }>(
    db(),
    sql`select c.id ${evaluationFrame(workspaceId, compiled.joins)} and coalesce(${compiled.predicate}, false) order by c.id`,
  );
  return rows.map((row) => row.id);
}

/**
 * A view dated after the evaluation's now (a client clock ahead of the server's): it enters the
 * windows when its moment comes, so a count can rise with time alone.
 */
const laterView: fc.Arbitrary<NewEvent> = fc
  .record({ user: fc.constantFrom(...users), hours: fc.integer({ min: 1, max: 20 * 24 }) })
  .map(({ user, hours }) => {
    const at = new Date(today.getTime() + hours * hourMs);
    return track('Viewed', { userId: user, properties: { kind: 'a' }, occurredAt: at, receivedAt: at });
  });

/** Bounds a property's run: a failure found late still shows its counterexample, shrunk so far. */
const bounded = (numRuns: number) => ({
  numRuns,
  plugins: [fc.interruptAfterTimeLimit(240_000, { failOnInterrupt: true })],
});

async function createSegments(workspaceId: string, definitions: Condition[]): Promise<string[]> {
  const ids: string[] = [];
  for (const [index, tree] of definitions.entries()) {
    const row = await createSegment(db(), workspaceId, { name: `s${index}`, definition: tree }, clock.now());
    ids.push(row.id);
  }
  await runSegmentWork(db(), clock.now(), scoresChangedAt);
  return ids;
}

async function expectFromScratch(workspaceId: string, ids: string[], definitions: Condition[]) {
  for (const [index, id] of ids.entries()) {
    expect(await currentMembers(id)).toEqual(await fromScratch(workspaceId, id, definitions[index]!));
  }
}

describe('incremental membership', () => {
  it('always equals a full evaluation from scratch, for random definitions and event streams', async () => {
    clock.set(today);
    await fc.assert(
      fc.asyncProperty(
        fc.array(definition, { minLength: 1, maxLength: 3 }),
        fc.array(fc.array(event, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }),
        async (definitions, pages) => {
          const shop = await createTestShop(testApp(), { currency: 'USD', timezone: 'Asia/Bangkok' });
          const ids = await createSegments(shop.workspace.id, definitions);
          for (const page of pages) {
            await appendEvents(db(), shop.workspace.id, page);
            await drain();
          }
          await expectFromScratch(shop.workspace.id, ids, definitions);
        },
      ),
      bounded(20),
    );
  }, 300_000);

  it('equals a full evaluation at later instants, with only the timers run', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(group, { minLength: 1, maxLength: 3 }),
        fc.array(event, { minLength: 1, maxLength: 10 }),
        fc.array(laterView, { maxLength: 2 }),
        fc.array(fc.integer({ min: 1, max: 50 * 24 }), { minLength: 1, maxLength: 3 }),
        async (definitions, events, laterViews, hoursForward) => {
          clock.set(today);
          const shop = await createTestShop(testApp(), { currency: 'USD', timezone: 'Asia/Bangkok' });
          const ids = await createSegments(shop.workspace.id, definitions);
          await appendEvents(db(), shop.workspace.id, [...events, ...laterViews]);
          await drain();
          for (const hours of hoursForward) {
            const now = new Date(clock.now().getTime() + hours * hourMs);
            clock.set(now);
            while ((await timersStep(db(), now)) > 0);
            await expectFromScratch(shop.workspace.id, ids, definitions);
          }
        },
      ),
      bounded(60),
    );
    clock.set(today);
  }, 300_000);
});
