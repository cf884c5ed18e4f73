import { sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { groupBy } from '../../core/group-by.js';
import { pgArray } from '../../db/arrays.js';
import { queryRows, type Db } from '../../db/connection.js';
import { customersOfEvents } from '../customers/index.js';
import { customersMergedEvent, type Consumer, type LoggedEvent } from '../events/index.js';
import { loadCatalog, nameOf, type Catalog, type CatalogJourney } from './catalog.js';
import { enterJourneys, type Entrant } from './entries.js';
import { entrantOf } from './entry-match.js';
import { openWalkScopes, stepScopeOf, type StepScope, type WalkScope } from './effects.js';
import type { JourneyGraph } from './graph.js';
import { matchesWhere, valueAt } from './match.js';
import { asRun, recordSteps, runColumns, saveRun, type Run } from './runs.js';
import { end, walkRuns } from './walk.js';

const upstream = [
  'customers',
  'orders',
  'loyalty',
  'loyalty.challenges',
  'analytics',
  'messages-consent',
  'segments',
];

/**
 * The journeys' reader of the log: each event starts runs (entries), and, for the customer it
 * concerns, converts runs (goals), ends them wherever they are (exits: at once, not when a timer
 * fires — Braze's 29-day lag is the anchor) and answers waits. All in the consumer's transaction,
 * so each event acts exactly once. It reads after the consumers whose facts branches read, and only
 * the event names published journeys listen to; history imported from CSV starts nothing.
 */
export function journeysConsumer(clock: Clock): Consumer {
  return {
    name: 'journeys',
    after: upstream,
    reads: async (tx) => {
      const names = await listenedNames(tx);
      return names.length > 0 ? { names, skipSources: ['import'], payload: ['properties'] } : { names: [] };
    },
    apply: (tx, events) => applyPage(tx, events, clock.now()),
  };
}

async function listenedNames(tx: Db): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    tx,
    sql`select distinct unnest(v.listens) as name from journey_versions v
        join journeys j on j.id = v.journey_id
        where j.status in ('live', 'paused') or exists (
          select 1 from journey_runs r where r.journey_id = j.id and r.version = v.version and r.state <> 'ended')`,
  );
  return rows.map((row) => row.name);
}

async function applyPage(tx: Db, events: LoggedEvent[], now: Date): Promise<void> {
  for (const [workspaceId, workspaceEvents] of groupBy(events, (event) => event.workspaceId))
    await applyWorkspace(tx, workspaceId, workspaceEvents, now);
}

async function applyWorkspace(tx: Db, workspaceId: string, events: LoggedEvent[], now: Date): Promise<void> {
  const catalog = await loadCatalog(tx, workspaceId);
  const owners = await customersOfEvents(
    tx,
    events.map((event) => (event.source === 'retain' ? { workspaceId } : event)),
  );
  const customerOf = (event: LoggedEvent, index: number) =>
    event.source === 'retain'
      ? typeof event.properties.customer_id === 'string'
        ? event.properties.customer_id
        : null
      : (owners[index] ?? null);
  // A merge's survivor is read with the page's customers: the runs that follow them need their profile.
  const survivors = events
    .filter((event) => event.source === 'retain' && event.name === customersMergedEvent)
    .map((event) => event.properties.into_customer_id);
  const customers = [
    ...new Set(
      [...events.map(customerOf), ...survivors].filter((id): id is string => typeof id === 'string'),
    ),
  ];
  if (customers.length === 0) return;
  const runs = await runsInPlay(tx, workspaceId, customers, now);
  const walkScopeOf = await openWalkScopes(tx, workspaceId, customers, now);
  const scopeOf = (journeyId: string) => walkScopeOf({ id: journeyId, name: nameOf(catalog, journeyId) });
  const entering = new PendingEntries(scopeOf, runs);
  for (const [index, event] of events.entries()) {
    if (event.source === 'retain' && event.name === customersMergedEvent) {
      await entering.flush();
      await followMerge(tx, workspaceId, event, runs, now);
      continue;
    }
    const customerId = customerOf(event, index);
    if (!customerId) continue;
    await entering.flushFor(customerId);
    for (const run of runs.get(customerId) ?? []) await reactTo(catalog, scopeOf(run.journeyId), run, event);
    for (const journey of catalog.journeys) {
      if (!journey.live) continue;
      const entrant = entrantOf(
        journey,
        event,
        customerId,
        stepScopeOf(scopeOf(journey.journeyId), customerId),
      );
      if (entrant) entering.add(journey, entrant);
    }
  }
  await entering.flush();
}

/**
 * A page's entrants, entered together per journey: many customers' entries cost the statements of
 * one. A customer's next event first flushes their pending entries, so it finds the runs they
 * started (a goal or a wait the same page answers) as if the events had come one by one.
 */
class PendingEntries {
  private readonly byJourney = new Map<string, { journey: CatalogJourney; entrants: Entrant[] }>();
  private readonly customers = new Set<string>();

  constructor(
    private readonly scopeOf: (journeyId: string) => WalkScope,
    private readonly runs: Map<string, Run[]>,
  ) {}

  add(journey: CatalogJourney, entrant: Entrant): void {
    const pending = this.byJourney.get(journey.journeyId) ?? { journey, entrants: [] };
    pending.entrants.push(entrant);
    this.byJourney.set(journey.journeyId, pending);
    this.customers.add(entrant.customerId);
  }

  async flushFor(customerId: string): Promise<void> {
    if (this.customers.has(customerId)) await this.flush();
  }

  async flush(): Promise<void> {
    for (const { journey, entrants } of this.byJourney.values()) {
      const answers = await enterJourneys(this.scopeOf(journey.journeyId), journey, entrants);
      for (const answer of answers)
        if ('run' in answer)
          this.runs.set(answer.run.customerId, [...(this.runs.get(answer.run.customerId) ?? []), answer.run]);
    }
    this.byJourney.clear();
    this.customers.clear();
  }
}

/**
 * A profile merged into another is the same person: their runs follow them, except an open run the
 * survivor already has in the same journey (and entry key), which ends the merged one as `exited`.
 */
async function followMerge(
  tx: Db,
  workspaceId: string,
  event: LoggedEvent,
  runs: Map<string, Run[]>,
  now: Date,
): Promise<void> {
  const { from_customer_id: from, into_customer_id: into } = event.properties;
  if (typeof from !== 'string' || typeof into !== 'string') return;
  await tx.execute(
    sql`update journey_runs f set state = 'ended', outcome = 'exited', outcome_reason = 'merged',
          ended_at = ${now.toISOString()}::timestamptz, wake_at = null, arriving = false
        where f.workspace_id = ${workspaceId} and f.customer_id = ${from} and f.state <> 'ended' and exists (
          select 1 from journey_runs i where i.journey_id = f.journey_id and i.customer_id = ${into}
            and i.entry_key = f.entry_key and i.state <> 'ended')`,
  );
  await tx.execute(
    sql`update journey_runs set customer_id = ${into} where workspace_id = ${workspaceId} and customer_id = ${from}`,
  );
  runs.delete(from);
  const survivor = await runsInPlay(tx, workspaceId, [into], now);
  runs.set(into, survivor.get(into) ?? []);
}

/**
 * The customers' open runs, and ended ones whose goal window is still open (a welcome series that
 * finished on day 7 still converts on day 10 of a 14-day window), locked for the transaction.
 */
async function runsInPlay(
  tx: Db,
  workspaceId: string,
  customers: string[],
  now: Date,
): Promise<Map<string, Run[]>> {
  const rows = await queryRows<Run>(
    tx,
    sql`select ${runColumns} from journey_runs r
        where r.workspace_id = ${workspaceId} and r.customer_id = any(${pgArray(customers, 'text')})
          and (r.state <> 'ended' or (r.converted_at is null and r.goal_until > ${now.toISOString()}::timestamptz - interval '1 day'))
        order by r.id for update`,
  );
  return groupBy(rows.map(asRun), (run) => run.customerId);
}

/** One event against one run: its goal, then its exits, then the wait it may answer. */
async function reactTo(catalog: Catalog, walk: WalkScope, run: Run, event: LoggedEvent): Promise<void> {
  const scope = stepScopeOf(walk, run.customerId);
  const graph = await catalog.graph(run.journeyId, run.version);
  const at = new Date(event.receivedAt);
  if (reachesGoal(graph, run, event, at)) {
    run.convertedAt = at;
    await note(scope, run, 'converted', { event: event.name, event_id: event.id });
    if (run.state !== 'ended' && !graph.goal!.continue) end(run, 'converted', 'goal');
    await saveRun(scope.tx, run, scope.now);
  }
  if (run.state === 'ended') return;
  const exit = exitMatched(graph, event, scope.now);
  if (exit !== null) {
    await note(scope, run, 'exited', { criterion: exit, event: event.name, event_id: event.id });
    end(run, 'exited', `exits[${exit}]`);
    await saveRun(scope.tx, run, scope.now);
    return;
  }
  const node = run.node ? graph.nodes[run.node] : undefined;
  if (run.state !== 'waiting' || node?.type !== 'wait' || event.name !== node.event) return;
  if (!matchesWhere(node.where, event.properties, scope.now)) return;
  if (node.same_entry_key && String(valueAt(event.properties, graph.entry_key!) ?? '') !== run.entryKey)
    return;
  await note(scope, run, 'event_arrived', { event: event.name, event_id: event.id });
  if (catalog.isLive(run.journeyId)) {
    await walkRuns(walk, graph, [{ run, start: { node: node.next ?? null, woken: false, dueAt: at } }]);
    return;
  }
  // Paused: the run moves past the wait and holds there until the journey resumes.
  Object.assign(run, { node: node.next ?? null, state: 'active', arriving: true, wakeAt: at });
  await saveRun(scope.tx, run, scope.now);
}

async function note(
  scope: StepScope,
  run: Run,
  action: string,
  detail: Record<string, unknown>,
): Promise<void> {
  run.steps++;
  await recordSteps(scope.tx, run, run.steps, [{ node: run.node, action, detail }], scope.now);
}

function reachesGoal(graph: JourneyGraph, run: Run, event: LoggedEvent, at: Date): boolean {
  const goal = graph.goal;
  if (!goal || run.convertedAt || event.type !== 'track' || event.name !== goal.event) return false;
  // The event that started the run is not its conversion; the window is counted from entry.
  if (at <= run.enteredAt || (run.goalUntil && at > run.goalUntil)) return false;
  return matchesWhere(goal.where, event.properties, at);
}

/** The index of the first exit criterion the event meets, or null. */
function exitMatched(graph: JourneyGraph, event: LoggedEvent, now: Date): number | null {
  const index = (graph.exits ?? []).findIndex((exit) => {
    if ('segment' in exit) {
      const name = exit.on === 'entered' ? 'Segment Entered' : 'Segment Exited';
      return event.source === 'retain' && event.name === name && event.properties.segment_id === exit.segment;
    }
    return (
      event.type === 'track' && event.name === exit.event && matchesWhere(exit.where, event.properties, now)
    );
  });
  return index === -1 ? null : index;
}
