import { sql } from 'drizzle-orm';
import { newId } from '../../core/ids.js';
import { dayMs } from '../../core/time.js';
import { pgArray } from '../../db/arrays.js';
import { queryRows } from '../../db/connection.js';
import { notifyDispatchers } from '../messages/index.js';
import { defaultHoldoutPercent, type JourneyGraph } from './graph.js';
import { insertRuns, recordManySteps, type Run } from './runs.js';
import { eligibleAgainAt } from './timing.js';
import { advanceRuns, stableHundredth, zoneOf } from './walk.js';
import { stepScopeOf, type WalkScope } from './effects.js';

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
 * Starts runs for entrants of one journey where its re-entry rule allows, and walks their first
 * step together in the caller's transaction (a date entry's first step waits for its local time
 * instead). Answers each entrant's outcome, in order. An entrant the list names twice (same
 * customer and key) enters after the first has been walked, as if the two had come one by one.
 */
export async function enterJourneys(
  walk: WalkScope,
  journey: LiveVersion,
  entrants: readonly Entrant[],
): Promise<EntryAnswer[]> {
  const answers: EntryAnswer[] = new Array<EntryAnswer>(entrants.length);
  for (const round of rounds(entrants)) {
    const answered = await enterRound(
      walk,
      journey,
      round.map((index) => entrants[index]!),
    );
    round.forEach((index, at) => (answers[index] = answered[at]!));
  }
  return answers;
}

export const enterJourney = async (walk: WalkScope, journey: LiveVersion, entrant: Entrant) =>
  (await enterJourneys(walk, journey, [entrant]))[0]!;

const keyOf = (entrant: Entrant) => `${entrant.customerId}\u0000${entrant.entryKey}`;

/** The entrants' indexes in rounds where each (customer, key) appears once, in their order. */
function rounds(entrants: readonly Entrant[]): number[][] {
  const result: number[][] = [];
  const seen = new Map<string, number>();
  entrants.forEach((entrant, index) => {
    const round = seen.get(keyOf(entrant)) ?? 0;
    seen.set(keyOf(entrant), round + 1);
    (result[round] ??= []).push(index);
  });
  return result;
}

interface NewRun {
  id: string;
  index: number;
  entrant: Entrant;
  held: boolean;
  startAt: Date | null;
}

async function enterRound(
  walk: WalkScope,
  journey: LiveVersion,
  entrants: Entrant[],
): Promise<EntryAnswer[]> {
  const { tx } = walk;
  // Sorted, so two transactions entering overlapping customers take the locks in the same order.
  const locks = entrants.map((entrant) => `journeys:entry:${journey.journeyId}:${entrant.customerId}`).sort();
  await tx.execute(
    sql`select count(pg_advisory_xact_lock(hashtextextended(key, 0))) from unnest(${pgArray(locks, 'text')}) key`,
  );
  const latest = await latestRuns(walk, journey, entrants);
  const graph = journey.graph;
  const answers: EntryAnswer[] = new Array<EntryAnswer>(entrants.length);
  const starting: NewRun[] = [];
  entrants.forEach((entrant, index) => {
    const refused = refusal(walk, journey, entrant, latest.get(keyOf(entrant)));
    if (refused) answers[index] = refused;
    else
      starting.push({
        id: newId('journeyRun'),
        index,
        entrant,
        held: heldOut(journey.journeyId, entrant.customerId, graph.holdout_percent ?? defaultHoldoutPercent),
        startAt: entrant.startAt && entrant.startAt > entrant.at ? entrant.startAt : null,
      });
  });
  const runs = starting.map((one) => newRun(walk, journey, one));
  const walked = journey.live
    ? await advanceRuns(
        walk,
        graph,
        starting.flatMap(({ entrant, startAt }, at) =>
          startAt ? [] : [{ run: runs[at]!, start: { node: graph.start, woken: false, dueAt: entrant.at } }],
        ),
      )
    : { steps: [], sent: false };
  await insertRuns(tx, runs, walk.now);
  await recordManySteps(
    tx,
    walk.workspace.id,
    [
      ...starting.map(({ entrant, held }, at) => ({
        run: runs[at]!,
        firstSeq: 0,
        steps: [{ node: null, action: 'entered', detail: { holdout: held, entry_key: entrant.entryKey } }],
      })),
      ...walked.steps,
    ],
    walk.now,
  );
  if (walked.sent) await notifyDispatchers(tx);
  starting.forEach(({ index }, at) => (answers[index] = { run: runs[at]! }));
  return answers;
}

/** A run as it starts: at the journey's first node, due at entry or at its held start. */
function newRun(walk: WalkScope, journey: LiveVersion, { id, entrant, held, startAt }: NewRun): Run {
  const goal = journey.graph.goal;
  return {
    id,
    workspaceId: walk.workspace.id,
    journeyId: journey.journeyId,
    version: journey.version,
    customerId: entrant.customerId,
    entryKey: entrant.entryKey,
    node: journey.graph.start,
    state: 'active',
    wakeAt: startAt ?? entrant.at,
    arriving: true,
    holdout: held,
    context: entrant.context,
    steps: 0,
    enteredAt: entrant.at,
    goalUntil: goal ? new Date(entrant.at.getTime() + goal.within_days * dayMs) : null,
    convertedAt: null,
    outcome: null,
    outcomeReason: null,
  };
}

interface LatestRun {
  state: string;
  enteredAt: Date;
}

/** Each entrant's latest run of the journey under the same entry key, in one query. */
async function latestRuns(
  walk: WalkScope,
  journey: LiveVersion,
  entrants: readonly Entrant[],
): Promise<Map<string, LatestRun>> {
  const rows = await queryRows<{
    customer_id: string;
    entry_key: string;
    state: string;
    entered_at: string | Date;
  }>(
    walk.tx,
    sql`select distinct on (r.customer_id, r.entry_key) r.customer_id, r.entry_key, r.state, r.entered_at
        from journey_runs r
        join unnest(${pgArray(
          entrants.map((entrant) => entrant.customerId),
          'text',
        )}, ${pgArray(
          entrants.map((entrant) => entrant.entryKey),
          'text',
        )}) as e(customer_id, entry_key) on r.customer_id = e.customer_id and r.entry_key = e.entry_key
        where r.journey_id = ${journey.journeyId}
        order by r.customer_id, r.entry_key, r.entered_at desc, r.id desc`,
  );
  return new Map(
    rows.map((row) => [
      `${row.customer_id}\u0000${row.entry_key}`,
      { state: row.state, enteredAt: new Date(row.entered_at) },
    ]),
  );
}

function refusal(
  walk: WalkScope,
  journey: LiveVersion,
  entrant: Entrant,
  last: LatestRun | undefined,
): Exclude<EntryAnswer, { run: Run }> | null {
  if (!last) return null;
  if (last.state !== 'ended') return { refused: 'already_in' };
  const reentry = journey.graph.reentry;
  if (reentry.mode === 'never') return { refused: 'reentry_never' };
  if (reentry.mode === 'once_per') {
    const until = eligibleAgainAt(
      last.enteredAt,
      reentry.period,
      zoneOf(stepScopeOf(walk, entrant.customerId)),
    );
    if (entrant.at < until) return { refused: 'reentry_period', until };
  }
  return null;
}
