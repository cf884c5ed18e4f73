import { and, eq, sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { repeatEvery } from '../../core/repeat.js';
import {
  segmentRebuildPageCustomers,
  segmentsWorkerIdleMs,
  segmentTimersPerStep,
} from '../../core/limits.js';
import { queryOne, queryRows, type Db } from '../../db/connection.js';
import { evaluateCustomers, writeRebuildAnswers, type EvaluatedSegment } from './evaluate.js';
import { inLockedBatches, nextRange, rangeChanges, rebuildSizes, type RebuildSizes } from './rebuild.js';
import { facts } from './facts.js';
import { fieldSpec } from './fields.js';
import { isField, walkConditions } from './definition.js';
import { liveSegments, rebuildFromStart, type SegmentRow } from './segments.js';
import { segments } from './schema.js';

/**
 * One range of the oldest segment that is building: a new or edited definition evaluated over the
 * next range of live customers by id in one statement, and the customers whose answer changed
 * written in transactions of their own (rebuild.ts), so progress is visible while it runs; a
 * deleted segment's members walked out. Answers whether there was one.
 */
export async function rebuildStep(db: Db, now: Date, sizes: RebuildSizes = rebuildSizes): Promise<boolean> {
  const claimed = await db.transaction(async (tx) => {
    const segment = await queryOne<SegmentRow>(
      tx,
      sql`select id, workspace_id as "workspaceId", name, definition, version, deleted_at as "deletedAt",
                 rebuild_after as "rebuildAfter", rebuild_total as "rebuildTotal", rebuild_done as "rebuildDone"
          from segments where status = 'building'
          order by rebuild_started_at, id limit 1 for update skip locked`,
    );
    if (!segment) return null;
    if (segment.deletedAt) return walkOut(tx, segment, now);
    const total =
      segment.rebuildTotal ??
      (await queryOne<{ n: number }>(
        tx,
        sql`select count(*)::int as n from ${facts.customers} c
            where c.workspace_id = ${segment.workspaceId} and c.merged_into is null and c.erased_at is null`,
      ))!.n;
    const range = await nextRange(tx, segment.workspaceId, segment.rebuildAfter, sizes.range);
    if (!range) return finish(tx, segment, total, now);
    return { segment, total, range, changes: await rangeChanges(tx, segment, range, now) };
  });
  if (claimed === null) return false;
  if (claimed === true) return true;
  const { segment, total, range, changes } = claimed;
  let after = range.after;
  await inLockedBatches(changes, range, sizes.locked, (changed, upto, customers) =>
    db.transaction(async (tx) => {
      const current = await queryOne<{ version: number; after: string | null }>(
        tx,
        sql`select version, rebuild_after as after from segments
            where id = ${segment.id} and status = 'building' and deleted_at is null for update`,
      );
      // Edited, deleted or taken further by another worker since the range was read: it moved on.
      if (current?.version !== segment.version || current.after !== after) return false;
      await writeRebuildAnswers(tx, segment, changed, now);
      await tx.execute(
        sql`update segments set rebuild_after = ${upto}, rebuild_total = ${total},
              rebuild_done = least(rebuild_done + ${customers}, ${total}) where id = ${segment.id}`,
      );
      after = upto;
      return true;
    }),
  );
  return true;
}

/** Members who are no longer live profiles (merged away, erased) leave as the last step. */
async function finish(tx: Db, segment: SegmentRow, total: number, now: Date): Promise<true> {
  const gone = await queryRows<{ customer_id: string }>(
    tx,
    sql`select m.customer_id from segment_memberships m
        where m.segment_id = ${segment.id} and m.exited_at is null and not exists (
          select 1 from ${facts.customers} c where c.workspace_id = m.workspace_id and c.id = m.customer_id
            and c.merged_into is null and c.erased_at is null)`,
  );
  await evaluateCustomers(
    tx,
    segment.workspaceId,
    [segment],
    gone.map((row) => row.customer_id),
    now,
  );
  await tx.execute(sql`delete from segment_rebuild_touches where segment_id = ${segment.id}`);
  await tx.execute(
    sql`update segments set status = 'live', rebuild_total = ${total}, rebuild_done = ${total},
          rebuild_finished_at = ${now.toISOString()}::timestamptz, scores_seen_at = ${now.toISOString()}::timestamptz
        where id = ${segment.id}`,
  );
  return true;
}

/** A deleted segment's members leave it a page at a time, each with `Segment Exited`. */
async function walkOut(tx: Db, segment: SegmentRow, now: Date): Promise<true> {
  const members = await queryRows<{ customer_id: string }>(
    tx,
    sql`select customer_id from segment_memberships where segment_id = ${segment.id} and exited_at is null
        limit ${segmentRebuildPageCustomers}`,
  );
  const never: EvaluatedSegment = { ...segment, definition: { not: { sample: { percent: 100 } } } };
  await evaluateCustomers(
    tx,
    segment.workspaceId,
    [never],
    members.map((row) => row.customer_id),
    now,
  );
  await tx.execute(sql`delete from segment_timers where segment_id = ${segment.id}`);
  if (members.length < segmentRebuildPageCustomers) {
    await tx.execute(sql`delete from segment_rebuild_touches where segment_id = ${segment.id}`);
    await tx.execute(
      sql`update segments set status = 'live', rebuild_finished_at = ${now.toISOString()}::timestamptz
          where id = ${segment.id}`,
    );
  }
  return true;
}

/**
 * Re-evaluates the (segment, customer) pairs whose answer can change now with time alone, oldest
 * first, `SKIP LOCKED` so several workers share them. Answers how many were due.
 */
export async function timersStep(db: Db, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await queryRows<{ workspace_id: string; segment_id: string; customer_id: string }>(
      tx,
      sql`delete from segment_timers t using (
            select segment_id, customer_id from segment_timers where due_at <= ${now.toISOString()}::timestamptz
            order by due_at limit ${segmentTimersPerStep} for update skip locked) d
          where t.segment_id = d.segment_id and t.customer_id = d.customer_id
          returning t.workspace_id, t.segment_id, t.customer_id`,
    );
    // Each customer is evaluated for the segments whose timer fell due for them, not every due one.
    const byWorkspace = new Map<string, Map<string, Set<string>>>();
    for (const row of due) {
      const wanted = byWorkspace.get(row.workspace_id) ?? new Map<string, Set<string>>();
      wanted.set(row.customer_id, (wanted.get(row.customer_id) ?? new Set()).add(row.segment_id));
      byWorkspace.set(row.workspace_id, wanted);
    }
    for (const [workspaceId, wanted] of byWorkspace) {
      const segmentIds = new Set([...wanted.values()].flatMap((ids) => [...ids]));
      const live = (await liveSegments(tx, workspaceId)).filter((segment) => segmentIds.has(segment.id));
      await evaluateCustomers(tx, workspaceId, live, [...wanted.keys()], now, wanted);
    }
    return due.length;
  });
}

const readsScores = (segment: SegmentRow) =>
  [...walkConditions(segment.definition)].some(
    ({ condition }) =>
      isField(condition) && fieldSpec(condition.field, condition.op, condition.value)?.family === 'scores',
  );

/**
 * Analytics' recompute moves everyone's RFM scores, P(alive) and CLV without an event per
 * customer: segments that read them are rebuilt after each finished model fit.
 */
async function scoresRefreshStep(
  db: Db,
  now: Date,
  scoresChangedAt: (db: Db, workspaceId: string) => Promise<Date | null>,
): Promise<number> {
  const workspaces = await queryRows<{ workspace_id: string }>(
    db,
    sql`select distinct workspace_id from segments where status = 'live' and deleted_at is null`,
  );
  let queued = 0;
  for (const { workspace_id: workspaceId } of workspaces) {
    const changed = await scoresChangedAt(db, workspaceId);
    if (!changed) continue;
    for (const segment of await liveSegments(db, workspaceId)) {
      if (segment.status !== 'live' || (segment.scoresSeenAt && segment.scoresSeenAt >= changed)) continue;
      const changes = readsScores(segment) ? rebuildFromStart(segment.version, now) : { scoresSeenAt: now };
      await db
        .update(segments)
        .set(changes)
        .where(and(eq(segments.id, segment.id), eq(segments.status, 'live')));
      if (readsScores(segment)) queued++;
    }
  }
  return queued;
}

/** Everything due now: rebuild pages until none, then due timers. For tests and the worker loop. */
export async function runSegmentWork(
  db: Db,
  now: Date,
  scoresChangedAt: (db: Db, workspaceId: string) => Promise<Date | null>,
): Promise<void> {
  await scoresRefreshStep(db, now, scoresChangedAt);
  while (await rebuildStep(db, now));
  while ((await timersStep(db, now)) > 0);
}

export function startSegmentsWorker(
  db: Db,
  clock: Clock,
  scoresChangedAt: (db: Db, workspaceId: string) => Promise<Date | null>,
  onError: (error: unknown) => void,
): { stop(): Promise<void> } {
  return repeatEvery(segmentsWorkerIdleMs, () => runSegmentWork(db, clock.now(), scoresChangedAt), onError);
}
