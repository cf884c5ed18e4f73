import { sql } from 'drizzle-orm';
import { segmentRebuildLockedCustomers, segmentRebuildRangeCustomers } from '../../core/limits.js';
import { queryOne, queryRows, type Db } from '../../db/connection.js';
import {
  medianClvOf,
  rangeAnswers,
  usesMedianClv,
  withoutJit,
  type EvaluatedSegment,
  type RangeAnswer,
} from './evaluate.js';
import { facts } from './facts.js';
import type { SegmentRow } from './segments.js';

/** A building segment as a rebuild reads it. */
export type RebuildingSegment = EvaluatedSegment & Pick<SegmentRow, 'version' | 'rebuildAfter'>;

/** The live customers after `rebuildAfter` that one range evaluates: the last id and how many. */
export interface RebuildRange {
  after: string | null;
  upto: string;
  customers: number;
}

/** How many customers a range evaluates, and how many changed ones a transaction locks at most. */
export interface RebuildSizes {
  range: number;
  locked: number;
}

export const rebuildSizes: RebuildSizes = {
  range: segmentRebuildRangeCustomers,
  locked: segmentRebuildLockedCustomers,
};

/**
 * A customer whose answer differs from what is stored, their place in the range (1-based), and the
 * answer the range read.
 */
interface Change extends RangeAnswer {
  position: number;
}

/** The next range of a rebuild, or null when no live customer is left after `rebuildAfter`. */
export async function nextRange(
  tx: Db,
  workspaceId: string,
  after: string | null,
  customers: number,
): Promise<RebuildRange | null> {
  const row = await queryOne<{ upto: string | null; customers: number }>(
    tx,
    sql`select max(id) as upto, count(*)::int as customers from (
          select c.id from ${facts.customers} c
          where c.workspace_id = ${workspaceId} and c.merged_into is null and c.erased_at is null
            ${after ? sql`and c.id > ${after}` : sql``}
          order by c.id limit ${customers}) r`,
  );
  return row?.upto ? { after, upto: row.upto, customers: row.customers } : null;
}

/**
 * Evaluates a range of customers in one statement and compares the answers with the stored
 * memberships and timers in SQL. A timer that is missing or due later than the answer's next
 * change is written here, unlocked: a timer that fires early only re-evaluates its customer, so a
 * stale one never loses a change. The changed customers' too, so their locked write finds it in
 * place: a first rebuild's timers, written from Node a batch at a time, took 0.35-0.49 s at
 * 100,000 customers, here they add ~0.23 s to this statement. Answers the customers whose
 * membership changes or whose timer must go or move later, with the answers read: the caller writes
 * those with writeRebuildAnswers, which locks them in order and evaluates again those the consumer
 * or the timers evaluated since the rebuild began: the range's statement may have read one before
 * the consumer's last change to them, and the consumer, the timers and the rebuild must never write
 * one customer's answer from two snapshots (as when a rebuild locked every customer of its page).
 */
export async function rangeChanges(
  tx: Db,
  segment: RebuildingSegment,
  range: RebuildRange,
  now: Date,
): Promise<Change[]> {
  await withoutJit(tx);
  // The range's facts are grouped in hash tables: give them room rather than spill to disk.
  await tx.execute(sql`set local work_mem = '64MB'`);
  const medianClv = usesMedianClv([segment]) ? await medianClvOf(tx, segment.workspaceId) : null;
  const { columns, frame } = rangeAnswers(segment.workspaceId, [segment], now, medianClv, range);
  // The answers first, in a statement of their own: a statement that writes (the timers' insert
  // below) is planned without parallel workers, so the range's orders and events were read by one
  // backend (a range at 1,000,000 customers, rangeChanges alone, alternated: 1.43 s, 1.28 s here).
  await tx.execute(
    sql`create temp table segment_rebuild_answers on commit drop as
        select c.id as customer_id, ${columns} ${frame}`,
  );
  return queryRows<Change>(
    tx,
    sql`with stored as materialized (
          select a.customer_id, a.m0 as matches, a.n0 as next, m.id is not null as member, t.due_at,
                 row_number() over (order by a.customer_id) as position
          from segment_rebuild_answers a
          left join segment_memberships m
            on m.segment_id = ${segment.id} and m.customer_id = a.customer_id and m.exited_at is null
          left join segment_timers t on t.segment_id = ${segment.id} and t.customer_id = a.customer_id
        ), earlier_timers as (
          insert into segment_timers (workspace_id, segment_id, customer_id, due_at)
          select ${segment.workspaceId}, ${segment.id}, customer_id, next from stored
          where next is not null and (due_at is null or due_at > next)
          order by customer_id
          on conflict (segment_id, customer_id) do update set due_at = excluded.due_at
          where segment_timers.due_at > excluded.due_at
        )
        select customer_id as "customerId", position::int as position, matches, next from stored
        where matches <> member or (due_at is not null and (next is null or next > due_at))
        order by customer_id`,
  );
}

/**
 * The changes of a range in transactions of at most `locked` customers (a
 * transaction's advisory locks are held to its end, and PostgreSQL's lock table holds a few
 * thousand), each advancing the rebuild's progress: `write(changed, upto, customers)` locks and
 * writes the changed customers' answers and moves the rebuild to `upto`, `customers` further. A range with
 * no change is one empty write. Stops when a write answers false (the rebuild moved on).
 */
export async function inLockedBatches(
  changes: Change[],
  range: RebuildRange,
  locked: number,
  write: (changed: Change[], upto: string, customers: number) => Promise<boolean>,
): Promise<void> {
  let done = 0;
  for (let first = 0; first < changes.length || first === 0; first += locked) {
    const batch = changes.slice(first, first + locked);
    const last = first + locked >= changes.length;
    const reached = last ? range.customers : batch.at(-1)!.position;
    const upto = last ? range.upto : batch.at(-1)!.customerId;
    if (!(await write(batch, upto, reached - done))) return;
    done = reached;
  }
}
