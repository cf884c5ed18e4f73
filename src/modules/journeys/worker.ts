import { sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { journeysWorkerIdleMs, journeysWorkerLoops, journeyTimersPerStep } from '../../core/limits.js';
import { groupBy } from '../../core/group-by.js';
import { repeatPausing } from '../../core/repeat.js';
import { queryOne, queryRows, type Db } from '../../db/connection.js';
import { loadCatalog, nameOf } from './catalog.js';
import { asRun, runColumns, type Run } from './runs.js';
import { walkRuns } from './walk.js';
import { openWalkScopes } from './effects.js';

/** Where a claim starts in the due index's order: a due moment and, within it, a run id. */
interface DuePosition {
  wakeAt: Date;
  id: string;
}

/** What one claim stepped: how many runs, and the last of them in the due index's order. */
interface Claimed {
  stepped: number;
  last: DuePosition | null;
}

/**
 * Steps the runs whose moment has come (a delay's end, a wait's timeout, a held start), oldest due
 * first, claimed with SKIP LOCKED so several workers and processes share them; each claim and its
 * steps commit together. Runs of paused journeys hold. A server that was down catches up in due
 * order, and the walk skips messages whose moment passed by more than their node allows. Answers
 * how many runs it stepped.
 */
export async function dueRunsStep(db: Db, now: Date): Promise<number> {
  return (await stepDueRuns(db, now, null, journeyTimersPerStep)).stepped;
}

/**
 * One worker loop's claims. In a burst each claim starts after the last run (due moment, then id)
 * of the one before, not at the oldest entry of the due index: the runs already stepped leave dead
 * entries there until vacuum, and walking past 100,000 of them took each claim ~30 ms. By id too,
 * because a segment built at once enters everyone at one moment: the journeys bench's 100,000
 * timers share one due moment, and a start by moment alone walked every dead entry of the burst
 * (claims of 0.32 s at p50). After the last rather than at the first, because the entries between
 * are the claim's own runs, all stepped: starting at the first, each claim of two loops walked its
 * own 1,000 dead entries and the other loop's. What a claim can miss below that position (runs
 * another loop claimed and rolled back, a paused journey's runs, a run stepped to a due moment
 * already passed) is claimed as soon as a claim comes back short (the burst is through) or fails:
 * the next one starts from the oldest again.
 */
export function dueRunsStepper(db: Db, claimSize = journeyTimersPerStep): (now: Date) => Promise<number> {
  let from: DuePosition | null = null;
  return async (now) => {
    const claimFrom = from;
    from = null;
    const { stepped, last } = await stepDueRuns(db, now, claimFrom, claimSize);
    if (stepped === claimSize) from = last;
    return stepped;
  };
}

async function stepDueRuns(db: Db, now: Date, from: DuePosition | null, claimSize: number): Promise<Claimed> {
  return db.transaction(async (tx) => {
    const due = (await claimDueRuns(tx, now, from, claimSize)).map(asRun);
    // Read before the walk, which moves each run's wake time on.
    const lastDue = due.at(-1);
    const last = lastDue ? { wakeAt: lastDue.wakeAt!, id: lastDue.id } : null;
    for (const [workspaceId, runs] of groupBy(due, (run) => run.workspaceId)) {
      const catalog = await loadCatalog(tx, workspaceId);
      // No profile up front: the walk reads those its nodes need.
      const walkScopeOf = await openWalkScopes(tx, workspaceId, [], now);
      for (const versionRuns of groupBy(runs, (run) => `${run.journeyId}:${run.version}`).values()) {
        const { journeyId, version } = versionRuns[0]!;
        await walkRuns(
          walkScopeOf({ id: journeyId, name: nameOf(catalog, journeyId) }),
          await catalog.graph(journeyId, version),
          versionRuns.map((run) => ({
            run,
            start: { node: run.node, woken: !run.arriving, dueAt: run.wakeAt! },
          })),
        );
      }
    }
    return { stepped: due.length, last };
  });
}

/**
 * The due runs of live journeys, oldest first, locked. The journey's status is a scalar subquery
 * rather than a join: joined, the planner took `journey_id = j.id` for a selective condition, read
 * every run of the journey by journey_idx and sorted all the due ones for each claim (all 100,000
 * in the journeys bench); this way it walks journey_runs_due_idx in order and stops at the claim.
 */
function claimDueRuns(tx: Db, now: Date, from: DuePosition | null, claimSize: number): Promise<Run[]> {
  return queryRows<Run>(
    tx,
    sql`select ${runColumns}, r.ctid::text as "claimedRow" from journey_runs r
        where r.state <> 'ended' and r.wake_at <= ${now.toISOString()}::timestamptz
          ${from ? sql`and (r.wake_at, r.id) > (${from.wakeAt.toISOString()}::timestamptz, ${from.id})` : sql``}
          and (select j.status = 'live' from journeys j where j.id = r.journey_id)
        order by r.wake_at, r.id limit ${claimSize} for update of r skip locked`,
  );
}

/**
 * How long an idle loop waits before it claims again: until the next run falls due, and at most
 * `journeysWorkerIdleMs` (a run entered meanwhile may fall due sooner). Polling alone started a
 * burst's first claim up to that long after its due moment (~130 ms late in the journeys bench).
 * Runs already due but not claimed (a paused journey's) do not count, or a loop would never pause.
 */
export async function pauseBeforeNextDue(db: Db, now: Date): Promise<number> {
  const row = await queryOne<{ next: Date | string | null }>(
    db,
    sql`select min(wake_at) as next from journey_runs
        where state <> 'ended' and wake_at > ${now.toISOString()}::timestamptz`,
  );
  if (!row?.next) return journeysWorkerIdleMs;
  return Math.min(journeysWorkerIdleMs, new Date(row.next).getTime() - now.getTime());
}

/**
 * The worker's loops: each claims its own due runs (SKIP LOCKED), so one's statements run while
 * another walks its claim in Node.js; two loops stepped a burst of 100,000 timers faster than one
 * on two cores (docs/benchmarks.md, Journeys), three no faster than two.
 */
export function startJourneysWorker(
  db: Db,
  clock: Clock,
  onError: (error: unknown) => void,
): { stop(): Promise<void> } {
  const loops = Array.from({ length: journeysWorkerLoops }, () => {
    const step = dueRunsStepper(db);
    return repeatPausing(
      async () => {
        while ((await step(clock.now())) > 0);
        return pauseBeforeNextDue(db, clock.now());
      },
      journeysWorkerIdleMs,
      onError,
    );
  });
  return { stop: async () => void (await Promise.all(loops.map((loop) => loop.stop()))) };
}
