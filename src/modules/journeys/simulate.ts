// POST /v1/journeys/:id/simulate: a draft replayed over the last days of the log, so the marketer
// sees the volume — who would have entered, where they would be, what each channel would have sent —
// before switching the journey on (the loyalty earn-rule backtest's counterpart). It reads in a
// read-only transaction and walks the runs in memory (simulate-walk.ts): nothing is written.
import { sql } from 'drizzle-orm';
import { journeySimulationCustomersMax, journeySimulationEventsMax } from '../../core/limits.js';
import { dayMs } from '../../core/time.js';
import type { Db } from '../../db/connection.js';
import { customersOfEvents, messageRecipients, type MessageRecipient } from '../customers/index.js';
import { loggedEventsReceivedBetween, type LoggedEvent } from '../events/index.js';
import { customersMatching } from '../segments/index.js';
import { getWorkspace } from '../workspaces/index.js';
import type { JourneyGraph } from './graph.js';
import {
  checkAgainstWorkspace,
  findJourney,
  listenedNames,
  listVersions,
  type JourneyRow,
} from './journeys.js';
import { keptEntrySegment } from './kept-segments.js';
import { simulateRuns, type SimulationTally } from './simulate-walk.js';
import { validateGraph } from './validate.js';

export interface SimulationRequest {
  days: number;
  /** A draft to replay instead of the journey's saved one. */
  graph?: unknown;
}

/** Profiles and identities are looked up this many at a time (PostgreSQL's bound on parameters). */
const lookupChunk = 10_000;

/** Why a draft's entry has nothing in the log to replay, when it has not. */
type NotReplayed = 'api_entry' | 'entry_segment_not_kept';

export async function simulateJourney(
  db: Db,
  workspaceId: string,
  journeyId: string,
  request: SimulationRequest,
  now: Date,
) {
  return db.transaction(async (tx) => {
    // The guarantee that a simulation writes nothing is the database's, not only this code's.
    await tx.execute(sql`set transaction read only`);
    const journey = await findJourney(tx, workspaceId, journeyId);
    const graph = validateGraph(request.graph ?? journey.draft);
    await checkAgainstWorkspace(tx, workspaceId, graph);
    const from = new Date(now.getTime() - request.days * dayMs);
    const entry = await entrySegmentOf(tx, journey, graph);
    const read = entry.notReplayed
      ? { events: [], truncated: false, lastReadAt: null }
      : await readWindow(tx, workspaceId, graph, from, now);
    const workspace = await getWorkspace(tx, workspaceId);
    const people = await peopleOf(tx, workspaceId, read.events);
    const branchYes = await branchAnswers(tx, workspaceId, journeyId, graph, [...people.keys()], now);
    // Cut short by the events bound, the replay ends at the last event read: timers past it would
    // fire without the events between.
    const until = read.lastReadAt ?? now;
    const tally = simulateRuns(
      {
        journey: {
          journeyId,
          name: journey.name,
          version: 0,
          graph,
          live: true,
          entrySegmentId: entry.segmentId,
        },
        scopeFor: (customerId, at) => ({
          tx,
          workspace,
          now: at,
          person: people.get(customerId),
          journey: { id: journeyId, name: journey.name },
        }),
        branchYes,
        now: until,
      },
      read.events,
    );
    return present(
      journeyId,
      { from, until, days: request.days, notReplayed: entry.notReplayed, truncated: read.truncated },
      read.events.length,
      tally,
    );
  });
}

/**
 * A lifecycle or date entry enters on its kept segment's `Segment Entered`; the segment exists once
 * a version with that entry was published. A draft whose entry has no kept segment yet, or an API
 * entry, has nothing in the log to replay: the answer says so rather than showing zero entries.
 */
async function entrySegmentOf(
  tx: Db,
  journey: JourneyRow,
  graph: JourneyGraph,
): Promise<{ segmentId: string | null; notReplayed: NotReplayed | null }> {
  if (graph.entry.kind === 'api') return { segmentId: null, notReplayed: 'api_entry' };
  const kept = keptEntrySegment(graph.entry);
  if (!kept) return { segmentId: null, notReplayed: null };
  const live = (await listVersions(tx, journey.id)).find(
    (version) => version.version === journey.liveVersion,
  );
  const same = live && keptEntrySegment((live.graph as JourneyGraph).entry)?.key === kept.key;
  return same && journey.entrySegmentId
    ? { segmentId: journey.entrySegmentId, notReplayed: null }
    : { segmentId: null, notReplayed: 'entry_segment_not_kept' };
}

type Resolved = { event: LoggedEvent; customerId: string | null };

/**
 * The events the journey listens to in the window, as its consumer would read them (CSV history
 * starts nothing), each with its customer; at most the events bound, and the first customers bound
 * of customers: past either, the replay stops there and says it was truncated.
 */
async function readWindow(
  tx: Db,
  workspaceId: string,
  graph: JourneyGraph,
  from: Date,
  to: Date,
): Promise<{ events: Resolved[]; truncated: boolean; lastReadAt: Date | null }> {
  const read = await loggedEventsReceivedBetween(tx, workspaceId, listenedNames(graph), {
    from,
    to,
    limit: journeySimulationEventsMax + 1,
    skipSources: ['import'],
  });
  const eventsCapped = read.length > journeySimulationEventsMax;
  const events = read.slice(0, journeySimulationEventsMax);
  let truncated = eventsCapped;
  const owners: (string | null)[] = [];
  for (let start = 0; start < events.length; start += lookupChunk) {
    const chunk = events.slice(start, start + lookupChunk);
    owners.push(
      ...(await customersOfEvents(
        tx,
        chunk.map((event) => (event.source === 'retain' ? { workspaceId } : event)),
      )),
    );
  }
  const followed = new Set<string>();
  const resolved: Resolved[] = [];
  for (const [index, event] of events.entries()) {
    const customerId =
      event.source === 'retain'
        ? typeof event.properties.customer_id === 'string'
          ? event.properties.customer_id
          : null
        : (owners[index] ?? null);
    if (customerId && !followed.has(customerId)) {
      if (followed.size >= journeySimulationCustomersMax) {
        truncated = true;
        continue;
      }
      followed.add(customerId);
    }
    resolved.push({ event, customerId });
  }
  return {
    events: resolved,
    truncated,
    lastReadAt: eventsCapped ? new Date(events.at(-1)!.receivedAt) : null,
  };
}

async function peopleOf(
  tx: Db,
  workspaceId: string,
  events: Resolved[],
): Promise<Map<string, MessageRecipient>> {
  const ids = [...new Set(events.map((event) => event.customerId).filter((id): id is string => id !== null))];
  const people = new Map<string, MessageRecipient>();
  for (let start = 0; start < ids.length; start += lookupChunk) {
    for (const [id, person] of await messageRecipients(
      tx,
      workspaceId,
      ids.slice(start, start + lookupChunk),
    )) {
      people.set(id, person);
    }
  }
  return people;
}

/**
 * Each branch's condition asked once, at the simulation's now, for every customer followed: the
 * facts it reads (orders, scores, segments) are today's, history keeps no past copy of them. The
 * answer says `branches_evaluated_at: now`.
 */
async function branchAnswers(
  tx: Db,
  workspaceId: string,
  journeyId: string,
  graph: JourneyGraph,
  customerIds: string[],
  now: Date,
): Promise<Map<string, Set<string>>> {
  const answers = new Map<string, Set<string>>();
  for (const [id, node] of Object.entries(graph.nodes)) {
    if (node.type !== 'branch') continue;
    answers.set(
      id,
      await customersMatching(tx, workspaceId, node.condition, customerIds, now, `${journeyId}:${id}`),
    );
  }
  return answers;
}

function present(
  journeyId: string,
  window: { from: Date; until: Date; days: number; notReplayed: NotReplayed | null; truncated: boolean },
  eventsReplayed: number,
  tally: SimulationTally,
) {
  const atNodes: Record<string, number> = {};
  const ended = { completed: 0, converted: 0, exited: 0 };
  for (const run of tally.runs) {
    if (run.outcome) ended[run.outcome]++;
    else if (run.node) atNodes[run.node] = (atNodes[run.node] ?? 0) + 1;
  }
  return {
    object: 'journey_simulation' as const,
    journey_id: journeyId,
    days: window.days,
    from: window.from.toISOString(),
    replayed_to: window.until.toISOString(),
    entry_replayed: window.notReplayed === null,
    entry_not_replayed_reason: window.notReplayed,
    branches_evaluated_at: 'now' as const,
    entered: tally.entered,
    customers: tally.customers.size,
    holdout: tally.holdout,
    refused: { ...tally.refused, missing_entry_key: tally.missingEntryKey },
    in_progress: Object.values(atNodes).reduce((sum, count) => sum + count, 0),
    at_nodes: atNodes,
    ended,
    conversions: tally.conversions,
    messages: tally.messages,
    messages_held_out: tally.heldOutMessages,
    messages_late: tally.lateMessages,
    points: tally.points,
    coupons: tally.coupons,
    events_replayed: eventsReplayed,
    truncated: window.truncated,
  };
}
