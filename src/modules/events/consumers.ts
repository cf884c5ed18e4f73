import { sql } from 'drizzle-orm';
import {
  catchUpPageEvents,
  consumerBatchEventsMax,
  drainTransientRetriesMax,
  consumerFirstPageEvents,
  consumerIdlePollMs,
  consumerStepTargetMs,
} from '../../core/limits.js';
import { queryOne, queryRows, type Db } from '../../db/connection.js';
import { pgArray } from '../../db/arrays.js';
import { isTransientDatabaseError } from '../../db/errors.js';
import { plannerStatisticsBeside, refreshPlannerStatistics } from '../../db/statistics.js';
import { consumerCursors, consumerFailures } from './schema.js';
import { logHasEventsAfter, readLogAfter, type LogPosition, type LoggedEvent } from './log.js';
import { readSelectedAfter, type EventSelection, type SelectedPage } from './selected-read.js';

/**
 * A reader of the log. `apply` runs inside the transaction that also advances the consumer's
 * cursor, so each event takes effect exactly once, across crashes and restarts (DESIGN.md).
 */
export interface Consumer {
  name: string;
  /**
   * The events it reacts to; absent: every event. The others pass its cursor unread. A function
   * is asked at every step, in the step's transaction (for selections that depend on settings).
   */
  reads?: EventSelection | ((tx: Db) => Promise<EventSelection>);
  /**
   * Consumers whose effects this one reads (segments read the orders projection, loyalty's
   * accounts): it never reads past where the slowest of them is, so an event's facts are there
   * when it arrives. Listed consumers run before it in a drain.
   */
  after?: readonly string[];
  apply(tx: Db, events: LoggedEvent[]): Promise<void>;
  /**
   * Work a consumer queued that waits on another consumer's progress (analytics: rescoring orders
   * the orders projection had not applied yet when their events arrived); answers how much it did.
   * drainConsumers runs it once the log is read, so "drained" means applied everywhere; running
   * servers leave it to their own workers. A drain waits for queued work another process holds
   * (rather than skipping it) so that it returns only once that work is committed.
   */
  settle?(db: Db): Promise<number>;
}

/**
 * What one step did: events applied, and events the cursor moved over (those applied and the
 * unselected ones around them); or that another process holds this consumer right now.
 */
export type StepResult = { applied: number; passed: number } | { held: true };

async function ensureCursor(db: Db, name: string): Promise<void> {
  await db.insert(consumerCursors).values({ consumer: name }).onConflictDoNothing();
}

const consumerLock = (name: string) =>
  sql`pg_try_advisory_xact_lock(hashtextextended('consumer:' || ${name}, 0))`;

/**
 * Holds the consumer for the transaction, or answers false when another process is running it (it
 * steps aside rather than waiting). An advisory lock, not `select … for update` on the cursor row:
 * a row lock gives the transaction an id at its first statement, and readers of the log see only
 * events older than every transaction id still running (log.ts), so each step of every consumer,
 * reads and all, held every other consumer's view of the log back for its whole length (the
 * segments consumer's evaluating steps, 100–350 ms, before any write). Now a step takes an id at its
 * first write.
 */
export async function holdConsumer(tx: Db, name: string): Promise<boolean> {
  const row = await queryOne<{ held: boolean }>(tx, sql`select ${consumerLock(name)} as held`);
  return row!.held;
}

/**
 * The consumer's cursor, held for the transaction (holdConsumer); undefined when another process
 * holds it. The step's statements are then planned without JIT and parallel workers, for the
 * transaction only: a page's statements touch a few hundred rows, but their estimates do not show
 * it. A log read's estimate counts the whole log after the cursor (its LIMIT is expected never to
 * fill), so PostgreSQL compiled every selective read with JIT, ~40 ms for a read of 16 buffers
 * (the segments bench at 1,000,000 customers: 960 of its 961 reads over 25 ms, 42 s of a 70 s run);
 * and the segments consumer's read of stored memberships was planned with two workers, 130-200 ms
 * for what one backend reads in a few. Consumers already run side by side on the server's cores.
 */
async function lockCursor(tx: Db, name: string): Promise<LogPosition | undefined> {
  // One round trip: the lock is taken first (a CTE runs once), the cursor read only if it was.
  const row = await queryOne<{ held: boolean } & LogPosition>(
    tx,
    sql`with held as materialized (select ${consumerLock(name)} as held)
        select held.held, c.tx_id::text as "txId", c.event_id as "eventId",
               set_config('jit', 'off', true) as jit,
               set_config('max_parallel_workers_per_gather', '0', true) as workers
        from held left join consumer_cursors c on held.held and c.consumer = ${name}`,
  );
  return row?.held ? { txId: row.txId, eventId: row.eventId } : undefined;
}

/** Another runner moved the cursor after this step read it: the step's work is rolled back. */
class CursorMoved extends Error {}

/**
 * Moves the cursor from where the step read it. The read shares its statement, and so its
 * snapshot, with the lock (one round trip): a runner that took the lock the moment another
 * committed can have read the cursor from before that commit, and would apply that page again.
 * The update sees the latest cursor; finding it moved, the step rolls back instead.
 */
async function moveCursor(tx: Db, name: string, from: LogPosition, to: LogPosition): Promise<void> {
  const moved = await queryRows<{ consumer: string }>(
    tx,
    sql`update consumer_cursors set tx_id = ${to.txId}::xid8, event_id = ${to.eventId}, updated_at = now()
        where consumer = ${name} and tx_id = ${from.txId}::xid8 and event_id = ${from.eventId}
        returning consumer`,
  );
  if (moved.length === 0) throw new CursorMoved(`${name}: another runner moved the cursor meanwhile`);
}

async function readPage(
  tx: Db,
  consumer: Consumer,
  cursor: LogPosition,
  limit: number,
): Promise<SelectedPage> {
  const upTo = consumer.after?.length ? await slowestPosition(tx, consumer.after) : undefined;
  if (consumer.reads || upTo) {
    const reads = consumer.reads ?? {};
    const selection = typeof reads === 'function' ? await reads(tx) : reads;
    return readSelectedAfter(tx, cursor, limit, selection, upTo);
  }
  const page = await readLogAfter(tx, cursor, limit);
  return { ...page, passed: page.events.length };
}

/** The position of the consumer furthest behind among these; the log's start before one steps. */
async function slowestPosition(tx: Db, names: readonly string[]): Promise<LogPosition> {
  const rows = await queryRows<LogPosition>(
    tx,
    sql`select tx_id::text as "txId", event_id as "eventId" from consumer_cursors
        where consumer = any(${pgArray([...names], 'text')}) order by tx_id, event_id`,
  );
  return rows.length === names.length ? rows[0]! : { txId: '0', eventId: '' };
}

/** Applies the next page of the log for one consumer. */
export async function stepConsumer(
  db: Db,
  consumer: Consumer,
  limit = consumerBatchEventsMax,
): Promise<StepResult> {
  await ensureCursor(db, consumer.name);
  try {
    return await db.transaction(async (tx) => {
      const cursor = await lockCursor(tx, consumer.name);
      if (!cursor) return { held: true } as const;
      const page = await readPage(tx, consumer, cursor, limit);
      if (!page.last) return { applied: 0, passed: 0 };
      await consumer.apply(tx, page.events);
      await moveCursor(tx, consumer.name, cursor, page.last);
      return { applied: page.events.length, passed: page.passed };
    });
  } catch (error) {
    if (error instanceof CursorMoved) return { held: true };
    // A deadlock or lost connection says nothing about the events: the page is retried whole.
    if (isTransientDatabaseError(error)) throw error;
    return stepOneByOne(db, consumer, limit, error).catch((failure: unknown) => {
      if (failure instanceof CursorMoved) return { held: true } as const;
      throw failure;
    });
  }
}

/**
 * A page failed as a whole: apply it event by event, each in a savepoint, so one event that
 * cannot be applied is recorded in consumer_failures and the rest take effect. A transient
 * failure on the way rolls the whole step back instead: recording it would lose that event's
 * effect for good.
 */
async function stepOneByOne(
  db: Db,
  consumer: Consumer,
  limit: number,
  pageError: unknown,
): Promise<StepResult> {
  return db.transaction(async (tx) => {
    const cursor = await lockCursor(tx, consumer.name);
    if (!cursor) return { held: true } as const;
    const page = await readPage(tx, consumer, cursor, limit);
    if (!page.last) throw pageError;
    for (const event of page.events) {
      try {
        await tx.transaction((savepoint) => consumer.apply(savepoint, [event]));
      } catch (error) {
        if (isTransientDatabaseError(error)) throw error;
        await tx
          .insert(consumerFailures)
          .values({
            consumer: consumer.name,
            eventId: event.id,
            workspaceId: event.workspaceId,
            error: String(error),
          })
          .onConflictDoNothing();
      }
    }
    await moveCursor(tx, consumer.name, cursor, page.last);
    return { applied: page.events.length, passed: page.passed };
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs the consumers until every event in the log when it returns has been applied. For tests,
 * imports and benchmarks: waits out other processes that hold a consumer.
 */
export async function drainConsumers(db: Db, given: Consumer[]): Promise<number> {
  const consumers = waitingWithin(given);
  let total = 0;
  let transientFailures = 0;
  for (;;) {
    let pending = false;
    for (const consumer of consumers) {
      const result = await stepConsumer(db, consumer).catch(async (error: unknown) => {
        if (!isTransientDatabaseError(error) || ++transientFailures > drainTransientRetriesMax) throw error;
        await sleep(50 * transientFailures);
        return { held: true } as const;
      });
      if ('held' in result) pending = true;
      else total += result.passed;
      if ('passed' in result && result.passed > 0) pending = true;
    }
    if (!pending && !(await anyBehind(db, consumers))) {
      // Settling may append events (a rescored customer's stage change): read the log again.
      if ((await settle(db, consumers)) === 0) return total;
      continue;
    }
    if (!pending) await sleep(10);
  }
}

/**
 * The consumers with `after` narrowed to those running beside them: a reader waits on the consumers
 * of its run, not on one the caller left out (the demo lives its history without analytics' reader),
 * which would never move and hold it at the log's start for good.
 */
function waitingWithin(consumers: Consumer[]): Consumer[] {
  const running = new Set(consumers.map((consumer) => consumer.name));
  return consumers.map((consumer) =>
    consumer.after ? { ...consumer, after: consumer.after.filter((name) => running.has(name)) } : consumer,
  );
}

/** How far a consumer has read the log; undefined before its first step. */
export async function consumerPosition(db: Db, consumer: string): Promise<LogPosition | undefined> {
  return queryOne<LogPosition>(
    db,
    sql`select tx_id::text as "txId", event_id as "eventId" from consumer_cursors where consumer = ${consumer}`,
  );
}

async function settle(db: Db, consumers: Consumer[]): Promise<number> {
  let settled = 0;
  for (const consumer of consumers) {
    for (let done = await consumer.settle?.(db); done; done = await consumer.settle?.(db)) settled += done;
  }
  return settled;
}

async function anyBehind(db: Db, consumers: Consumer[]): Promise<boolean> {
  for (const consumer of consumers) {
    const cursor = await consumerPosition(db, consumer.name);
    if (!cursor || (await logHasEventsAfter(db, cursor))) return true;
  }
  return false;
}

export interface ConsumerRunner {
  /** Run now rather than at the next poll (called after appends in this process). */
  wake(): void;
  /** Finishes the page in progress and stops. */
  stop(): Promise<void>;
}

/**
 * The next page size of a running consumer: shrunk in proportion after a step slower than the
 * target, doubled after a fast one, within 1 and the catch-up size. A step holds only its own
 * connection (ingestion writes beside it), so pages grow large within a longer step and a backlog
 * costs fewer page statements (the ingest bench's consumers caught up 150,000 events in 28.5 s
 * instead of 32–34 s).
 */
export function nextPageSize(page: number, stepMs: number): number {
  if (stepMs > consumerStepTargetMs) return Math.max(1, Math.floor((page * consumerStepTargetMs) / stepMs));
  if (stepMs < consumerStepTargetMs / 2) return Math.min(catchUpPageEvents, page * 2);
  return page;
}

/**
 * Keeps every consumer following the log until stopped. Each consumer follows the log in its own loop, stepping while the others step: one consumer's
 * statements run while another's page is planned in Node.js. In turns, the server and the process
 * each sat idle about half of a catch-up (measured: 150,000 events, PostgreSQL ~55% busy, Node's
 * main thread ~50%).
 */
export function runConsumers(
  db: Db,
  given: Consumer[],
  onError: (consumer: string, error: unknown) => void,
): ConsumerRunner {
  const consumers = waitingWithin(given);
  let stopped = false;
  const wakeUps = new Set<() => void>();
  const idle = () =>
    new Promise<void>((resolve) => {
      const wakeUp = () => {
        clearTimeout(timer);
        wakeUps.delete(wakeUp);
        resolve();
      };
      const timer = setTimeout(wakeUp, consumerIdlePollMs);
      wakeUps.add(wakeUp);
    });

  // Pages start small and grow while steps stay fast: a slow consumer never starts with a long step.
  const pages = new Map(consumers.map((consumer) => [consumer.name, consumerFirstPageEvents]));
  const statistics = plannerStatisticsBeside(
    () => refreshPlannerStatistics(db),
    (error) => onError('statistics', error),
  );
  const follow = async (consumer: Consumer) => {
    while (!stopped) {
      let busy = false;
      try {
        const started = performance.now();
        const result = await stepConsumer(db, consumer, pages.get(consumer.name));
        if ('passed' in result && result.passed > 0) {
          busy = true;
          const stepMs = performance.now() - started;
          pages.set(consumer.name, nextPageSize(pages.get(consumer.name)!, stepMs));
          statistics.applied(result.passed);
        }
      } catch (error) {
        onError(consumer.name, error);
      }
      if (!busy && !stopped) await idle();
    }
  };
  const running = Promise.all(consumers.map(follow));
  const wake = () => [...wakeUps].forEach((wakeUp) => wakeUp());
  return {
    wake,
    stop: async () => {
      stopped = true;
      wake();
      await running;
      await statistics.settled();
    },
  };
}
