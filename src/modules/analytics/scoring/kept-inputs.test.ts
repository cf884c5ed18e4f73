// The recompute's inputs read from the kept rows must equal one scan of every order, whatever the
// consumers have or have not applied yet: that is what lets a nightly run skip the scan.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../core/clock.js';
import { queryRows, type Database } from '../../../db/connection.js';
import { identify, openPrivateTestDatabase, track } from '../../../testing/index.js';
import { customersConsumer } from '../../customers/index.js';
import { appendEvents, drainConsumers, type Consumer, type NewEvent } from '../../events/index.js';
import { ordersConsumer } from '../../orders/index.js';
import { updateWorkspace, createWorkspace } from '../../workspaces/index.js';
import { workspaceFrame } from '../frame.js';
import { loadAggregates } from './aggregates.js';
import { analyticsConsumer, refreshPending } from '../consumer.js';
import { loadKeptAggregates } from './kept-inputs.js';
import { databaseNow } from '../calendar.queries.js';
import { recomputeAll } from '../recompute.js';
import { writeScoreChunk } from './score-writes.queries.js';
import { rfmColumns, scoreRange, splitByInputs } from './scoring.js';

// The consumers' cursors span workspaces: these tests hold some consumers back, so they need a
// log no other test file advances.
let database: Database;
beforeAll(async () => {
  database = await openPrivateTestDatabase();
});
afterAll(async () => database?.close());

/** The analytics consumer rescores as of this instant. */
const refreshedAt = new Date('2026-04-01T00:00:00Z');
const projections: Consumer[] = [customersConsumer, ordersConsumer];
const analytics = analyticsConsumer(fixedClock(refreshedAt));

const completed = (who: Partial<NewEvent>, orderId: string, at: string, total: number) =>
  track('Order Completed', {
    ...who,
    occurredAt: new Date(at),
    properties: { order_id: orderId, total, currency: 'USD' },
  });
const refunded = (orderId: string, amount?: number) =>
  track('Order Refunded', {
    occurredAt: new Date('2026-03-20T00:00:00Z'),
    properties: { order_id: orderId, ...(amount === undefined ? {} : { total: amount }) },
  });

async function shopWith(events: NewEvent[]): Promise<string> {
  const workspace = await createWorkspace(database.db, { timezone: 'Asia/Ho_Chi_Minh', currency: 'USD' });
  await appendEvents(database.db, workspace.id, events);
  await drainConsumers(database.db, [...projections, analytics]);
  // As the analytics worker does: changes the consumer queued before the orders projection had
  // them (it can pass them first on PostgreSQL) are rescored now.
  while ((await refreshPending(database.db, refreshedAt)) > 0);
  return workspace.id;
}

/** ann: two orders an hour apart that fall on two local days (23:30 and 00:30 in Ho Chi Minh City). */
const history = [
  completed({ userId: 'ann' }, 'A1', '2026-01-05T16:30:00Z', 20),
  completed({ userId: 'ann' }, 'A2', '2026-01-05T17:30:00Z', 30),
  completed({ userId: 'ann' }, 'A3', '2026-02-10T03:00:00Z', 25),
  completed({ userId: 'bob' }, 'B1', '2026-02-01T10:00:00Z', 40),
  completed({ userId: 'bob' }, 'B2', '2026-02-01T11:00:00Z', 60),
  completed({ userId: 'cat' }, 'C1', '2026-03-01T10:00:00Z', 15),
];

/** Both reads as of `asOf`: the kept one must exist and answer exactly what the scan answers. */
async function expectKeptEqualsScan(workspaceId: string, asOf: Date, mergedAway = 0): Promise<number> {
  const frame = await workspaceFrame(database.db, workspaceId);
  const kept = await loadKeptAggregates(database.db, frame, asOf);
  const scanned = await loadAggregates(database.db, frame, asOf);
  if ('reason' in kept) throw new Error(`the kept rows were not used: ${kept.reason}`);
  expect(scanned.columns.length).toBeGreaterThan(0);
  const { inputsKept, firstAtMs, lastAtMs, ...inputs } = kept.columns;
  expect(inputs).toEqual({
    ...scanned.columns,
    inputsKept: undefined,
    firstAtMs: undefined,
    lastAtMs: undefined,
  });
  // First and last order times come only with the inputs aggregated again (the rest are not rewritten).
  const aggregatedOnly = (times: Float64Array) =>
    Array.from(times, (ms, i) => (inputsKept[i] ? Number.NaN : ms));
  expect(Array.from(firstAtMs)).toEqual(aggregatedOnly(scanned.columns.firstAtMs));
  expect(Array.from(lastAtMs)).toEqual(aggregatedOnly(scanned.columns.lastAtMs));
  // Only the customers read from their rows are marked kept (their rows are updated, not replaced);
  // a profile merged into another is rescanned and, left without orders, drops out.
  expect(inputsKept.filter((flag) => flag === 0)).toHaveLength(kept.rescanned - mergedAway);
  expect(kept.asOfDay).toBe(scanned.asOfDay);
  return kept.rescanned;
}

const scoreRows = (workspaceId: string) =>
  queryRows<Record<string, unknown>>(
    database.db,
    sql`select * from customer_scores where workspace_id = ${workspaceId} order by customer_id`,
  );

describe('the recompute’s inputs from the kept rows', () => {
  it('equal a scan of every order when the consumers are caught up, without rescanning anyone', async () => {
    const ws = await shopWith([...history, refunded('B2', 25)]);
    const frame = await workspaceFrame(database.db, ws);
    const kept = await loadKeptAggregates(database.db, frame, new Date('2026-04-02T00:00:00Z'));
    if ('reason' in kept) throw new Error(`the kept rows were not used: ${kept.reason}`);
    expect(kept.rescanned).toBe(0);
    // A2 falls on the next local day: ann has three purchase days; B1 and B2 share one.
    expect(Array.from(kept.columns.purchaseDays).sort()).toEqual([1, 1, 3]);
    expect(await expectKeptEqualsScan(ws, new Date('2026-04-02T00:00:00Z'))).toBe(0);
  });

  it('rescan the customers of order changes the analytics consumer has not read yet', async () => {
    const ws = await shopWith(history);
    await appendEvents(database.db, ws, [
      completed({ userId: 'cat' }, 'C2', '2026-03-15T10:00:00Z', 35),
      refunded('A3'),
      completed({ userId: 'dan' }, 'D1', '2026-03-16T10:00:00Z', 50),
    ]);
    await drainConsumers(database.db, projections);
    expect(await expectKeptEqualsScan(ws, new Date('2026-04-02T00:00:00Z'))).toBe(3);
    await drainConsumers(database.db, [analytics]);
    expect(await expectKeptEqualsScan(ws, new Date('2026-04-02T00:00:00Z'))).toBe(0);
  });

  it('rescan the customers of changes waiting in the analytics queue', async () => {
    const ws = await shopWith(history);
    await appendEvents(database.db, ws, [
      refunded('B1'),
      completed({ userId: 'ann' }, 'A4', '2026-03-30T10:00:00Z', 5),
    ]);
    // Read by the analytics consumer before the orders projection has them: queued, not applied.
    await drainConsumers(database.db, [analytics]);
    await drainConsumers(database.db, projections);
    expect(await expectKeptEqualsScan(ws, new Date('2026-04-02T00:00:00Z'))).toBe(2);
  });

  it('leave out a merged profile and rescan the one it merged into', async () => {
    const ws = await shopWith([
      ...history,
      completed({ anonymousId: 'guest-1' }, 'G1', '2026-03-10T10:00:00Z', 70),
    ]);
    await appendEvents(database.db, ws, [identify({ userId: 'cat', anonymousId: 'guest-1' })]);
    await drainConsumers(database.db, projections);
    const frame = await workspaceFrame(database.db, ws);
    const before = await loadAggregates(database.db, frame, new Date('2026-04-02T00:00:00Z'));
    expect(before.columns.length).toBe(3);
    expect(await expectKeptEqualsScan(ws, new Date('2026-04-02T00:00:00Z'), 1)).toBe(2);
  });

  it('rescan a customer whose order was placed after their row was kept', async () => {
    // Placed after the consumer's clock: its refresh (as of refreshedAt) leaves the order out.
    const ws = await shopWith([...history, completed({ userId: 'bob' }, 'B3', '2026-04-05T10:00:00Z', 80)]);
    expect(await expectKeptEqualsScan(ws, new Date('2026-04-02T00:00:00Z'))).toBe(0);
    expect(await expectKeptEqualsScan(ws, new Date('2026-04-10T00:00:00Z'))).toBe(1);
  });

  it('rescan rows kept in another time zone’s days, or as of a later instant', async () => {
    const ws = await shopWith(history);
    expect(await expectKeptEqualsScan(ws, new Date('2026-03-05T00:00:00Z'))).toBe(3);
    await updateWorkspace(database.db, ws, { timezone: 'America/Los_Angeles' }, async () => true);
    expect(await expectKeptEqualsScan(ws, new Date('2026-04-02T00:00:00Z'))).toBe(3);
  });

  it('are not used after the analytics consumer gave up on an event, until a scan rewrote every row', async () => {
    const ws = await shopWith(history);
    const asOf = new Date('2026-04-02T00:00:00Z');
    await database.db.execute(
      sql`insert into consumer_failures (consumer, event_id, workspace_id, error)
          values ('analytics', ${`evt_failed_${ws}`}, ${ws}, 'Error: could not rescore')`,
    );
    const frame = await workspaceFrame(database.db, ws);
    expect(await loadKeptAggregates(database.db, frame, asOf)).toEqual({ reason: 'consumer_failed' });
    const scan = await recomputeAll(database.db, ws, { asOf });
    expect(scan.inputs).toEqual({ from: 'orders', reason: 'consumer_failed' });
    const next = await recomputeAll(database.db, ws, { asOf: new Date('2026-04-03T00:00:00Z') });
    expect(next.inputs).toEqual({ from: 'kept_rows', rescanned: 0 });
  });

  it('are not kept for a profile merged away while a recompute wrote it back', async () => {
    const ws = await shopWith([
      ...history,
      completed({ anonymousId: 'guest-2' }, 'G2', '2026-03-10T10:00:00Z', 70),
    ]);
    const asOf = new Date('2026-04-02T00:00:00Z');
    const frame = await workspaceFrame(database.db, ws);
    const startedAt = await databaseNow(database.db);
    const read = await loadAggregates(database.db, frame, asOf);
    expect(read.columns.length).toBe(4);
    // The guest turns out to be cat while a recompute scores what it read, then writes it back.
    await appendEvents(database.db, ws, [identify({ userId: 'cat', anonymousId: 'guest-2' })]);
    await drainConsumers(database.db, [...projections, analytics]);
    const rfm = rfmColumns(read.columns, read.asOfDay);
    const scores = scoreRange(read.columns, rfm, { start: 0, end: 4 }, read.asOfDay, null, frame.settings);
    await writeScoreChunk(
      database.db,
      { workspaceId: ws, asOf, timeZone: frame.tz, unlessUpdatedAfter: startedAt },
      splitByInputs(scores, read.columns.inputsKept),
      { id: [], customerId: [], fromStage: [], toStage: [] },
    );
    expect(await scoreRows(ws)).toHaveLength(4);
    // The next recompute leaves the merged profile out and deletes its row; cat's keeps two orders.
    const next = await recomputeAll(database.db, ws, { asOf });
    expect(next.customers).toBe(3);
    expect((await scoreRows(ws)).map((row) => row['orders']).sort()).toEqual([2, 2, 3]);
  });

  it('make a recompute that writes the same scores as one that scans every order', async () => {
    const ws = await shopWith([...history, refunded('A1')]);
    const asOf = new Date('2026-04-02T00:00:00Z');
    const first = await recomputeAll(database.db, ws, { asOf });
    expect(first.inputs).toEqual({ from: 'kept_rows', rescanned: 0 });
    const written = await scoreRows(ws);
    const rescanned = await recomputeAll(database.db, ws, { asOf, rescan: true, refit: false });
    expect(rescanned.inputs).toEqual({ from: 'orders', reason: 'requested' });
    // Nothing differs: a row whose values change is rewritten (with a new updated_at); none was.
    expect(await scoreRows(ws)).toEqual(written);
    expect(written).toHaveLength(3);
    const another = await createWorkspace(database.db);
    const none = await recomputeAll(database.db, another.id, { asOf });
    expect(none.inputs).toEqual({ from: 'orders', reason: 'no_kept_rows' });
  });
});
