import { sql } from 'drizzle-orm';
import { newId } from '../../core/ids.js';
import { dayMs } from '../../core/time.js';
import { queryRows } from '../../db/connection.js';
import { defaultHoldoutPercent, type JourneyGraph } from './graph.js';
import { asRun, recordSteps, runColumns, type Run } from './runs.js';
import { eligibleAgainAt } from './timing.js';
import { stableHundredth, walkRun, zoneOf } from './walk.js';
import type { StepScope } from './effects.js';

/** A published version as the engine reads it. */
export interface LiveVersion {
  journeyId: string;
  name: string;
  version: number;
  graph: JourneyGraph;
  /** live: runs step now; paused: they hold until resumed. */
  live: boolean;
}

export interface Entrant {
  customerId: string;
  /** The entry key's value ('' when the journey has none). */
  entryKey: string;
  /** What messages may read: the entering event's properties, the order it was. */
  context: Record<string, unknown>;
  /** The moment of entry; a date entry's local time of day may lie ahead of it. */
  at: Date;
  /** When the first step is due, if later than `at` (a date entry held until 09:00 local). */
  startAt?: Date;
}

export type EntryAnswer =
  { run: Run } | { refused: 'already_in' | 'reentry_never' | 'reentry_period'; until?: Date };

/**
 * Holdout membership: a stable hash of (journey, customer), so re-entries and replays agree and
 * every version of the journey holds out the same people (DESIGN.md, "Holdouts").
 */
export const heldOut = (journeyId: string, customerId: string, percent: number) =>
  stableHundredth(`holdout:${journeyId}:${customerId}`) < percent;

/**
 * Starts a run for one entrant if the journey's re-entry rule allows it, and walks its first step
 * in the caller's transaction (a date entry's first step waits for its local time instead).
 */
export async function enterJourney(
  scope: StepScope,
  journey: LiveVersion,
  entrant: Entrant,
): Promise<EntryAnswer> {
  const { tx } = scope;
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`journeys:entry:${journey.journeyId}:${entrant.customerId}`}, 0))`,
  );
  const refused = await reentryRefusal(scope, journey, entrant);
  if (refused) return refused;
  const graph = journey.graph;
  const held = heldOut(journey.journeyId, entrant.customerId, graph.holdout_percent ?? defaultHoldoutPercent);
  const startAt = entrant.startAt && entrant.startAt > entrant.at ? entrant.startAt : null;
  const [row] = await queryRows<Run>(
    tx,
    sql`insert into journey_runs as r (id, workspace_id, journey_id, version, customer_id, entry_key, node, state,
          wake_at, arriving, holdout, context, steps, entered_at, goal_until)
        values (${newId('journeyRun')}, ${scope.workspace.id}, ${journey.journeyId}, ${journey.version},
          ${entrant.customerId}, ${entrant.entryKey}, ${graph.start}, 'active',
          ${(startAt ?? entrant.at).toISOString()}::timestamptz, true, ${held},
          ${JSON.stringify(entrant.context)}::jsonb, 0, ${entrant.at.toISOString()}::timestamptz,
          ${graph.goal ? new Date(entrant.at.getTime() + graph.goal.within_days * dayMs).toISOString() : null}::timestamptz)
        returning ${runColumns}`,
  );
  const run = asRun(row!);
  await recordSteps(
    tx,
    run,
    0,
    [{ node: null, action: 'entered', detail: { holdout: held, entry_key: entrant.entryKey } }],
    scope.now,
  );
  if (journey.live && !startAt) {
    await walkRun(scope, graph, run, { node: graph.start, woken: false, dueAt: entrant.at });
  }
  return { run };
}

async function reentryRefusal(
  scope: StepScope,
  journey: LiveVersion,
  entrant: Entrant,
): Promise<Exclude<EntryAnswer, { run: Run }> | null> {
  const [last] = await queryRows<{ state: string; entered_at: string | Date }>(
    scope.tx,
    sql`select state, entered_at from journey_runs
        where journey_id = ${journey.journeyId} and customer_id = ${entrant.customerId} and entry_key = ${entrant.entryKey}
        order by entered_at desc, id desc limit 1`,
  );
  if (!last) return null;
  if (last.state !== 'ended') return { refused: 'already_in' };
  const reentry = journey.graph.reentry;
  if (reentry.mode === 'never') return { refused: 'reentry_never' };
  if (reentry.mode === 'once_per') {
    const until = eligibleAgainAt(new Date(last.entered_at), reentry.period, zoneOf(scope));
    if (entrant.at < until) return { refused: 'reentry_period', until };
  }
  return null;
}
