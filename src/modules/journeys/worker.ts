import { sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { journeysWorkerIdleMs, journeysWorkerLoops, journeyTimersPerStep } from '../../core/limits.js';
import { groupBy } from '../../core/group-by.js';
import { repeatEvery } from '../../core/repeat.js';
import { queryRows, type Db } from '../../db/connection.js';
import { loadCatalog, nameOf } from './catalog.js';
import { asRun, runColumns, type Run } from './runs.js';
import { walkRuns } from './walk.js';
import { openWalkScopes } from './effects.js';

/**
 * Steps the runs whose moment has come (a delay's end, a wait's timeout, a held start), oldest due
 * first, claimed with SKIP LOCKED so several workers and processes share them; each claim and its
 * steps commit together. Runs of paused journeys hold. A server that was down catches up in due
 * order, and the walk skips messages whose moment passed by more than their node allows. Answers
 * how many runs it stepped.
 */
export async function dueRunsStep(db: Db, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const due = (
      await queryRows<Run>(
        tx,
        sql`select ${runColumns} from journey_runs r
            where r.state <> 'ended' and r.wake_at <= ${now.toISOString()}::timestamptz
              and exists (select 1 from journeys j where j.id = r.journey_id and j.status = 'live')
            order by r.wake_at, r.id limit ${journeyTimersPerStep} for update of r skip locked`,
      )
    ).map(asRun);
    for (const [workspaceId, runs] of groupBy(due, (run) => run.workspaceId)) {
      const catalog = await loadCatalog(tx, workspaceId);
      const walkScopeOf = await openWalkScopes(
        tx,
        workspaceId,
        runs.map((run) => run.customerId),
        now,
      );
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
    return due.length;
  });
}

/**
 * The worker's loops: each claims its own due runs (SKIP LOCKED), so one's statements run while
 * another walks its claim in Node.js; two loops stepped a burst of 100,000 timers faster than one
 * on two cores (docs/benchmarks.md, Journeys).
 */
export function startJourneysWorker(
  db: Db,
  clock: Clock,
  onError: (error: unknown) => void,
): { stop(): Promise<void> } {
  const loops = Array.from({ length: journeysWorkerLoops }, () =>
    repeatEvery(
      journeysWorkerIdleMs,
      async () => {
        while ((await dueRunsStep(db, clock.now())) > 0);
      },
      onError,
    ),
  );
  return { stop: async () => void (await Promise.all(loops.map((loop) => loop.stop()))) };
}
