import { sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { journeysWorkerIdleMs, journeyTimersPerStep } from '../../core/limits.js';
import { repeatEvery } from '../../core/repeat.js';
import { queryRows, type Db } from '../../db/connection.js';
import { messageRecipients } from '../customers/index.js';
import { getWorkspace } from '../workspaces/index.js';
import { loadCatalog, nameOf } from './catalog.js';
import { asRun, runColumns, type Run } from './runs.js';
import { walkRun } from './walk.js';

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
    const byWorkspace = new Map<string, Run[]>();
    for (const run of due)
      byWorkspace.set(run.workspaceId, [...(byWorkspace.get(run.workspaceId) ?? []), run]);
    for (const [workspaceId, runs] of byWorkspace) {
      const catalog = await loadCatalog(tx, workspaceId);
      const workspace = await getWorkspace(tx, workspaceId);
      const people = await messageRecipients(tx, workspaceId, [
        ...new Set(runs.map((run) => run.customerId)),
      ]);
      for (const run of runs) {
        const scope = {
          tx,
          workspace,
          now,
          person: people.get(run.customerId),
          journey: { id: run.journeyId, name: nameOf(catalog, run.journeyId) },
        };
        const graph = await catalog.graph(run.journeyId, run.version);
        await walkRun(scope, graph, run, { node: run.node, woken: !run.arriving, dueAt: run.wakeAt! });
      }
    }
    return due.length;
  });
}

export function startJourneysWorker(
  db: Db,
  clock: Clock,
  onError: (error: unknown) => void,
): { stop(): Promise<void> } {
  return repeatEvery(
    journeysWorkerIdleMs,
    async () => {
      while ((await dueRunsStep(db, clock.now())) > 0);
    },
    onError,
  );
}
