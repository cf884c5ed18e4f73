import { sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { groupBy } from '../../core/group-by.js';
import { pgArray } from '../../db/arrays.js';
import { queryOne, queryRows, type Db } from '../../db/connection.js';
import { customersMergedEvent, type Consumer, type LoggedEvent } from '../events/index.js';
import { customersOfEvents } from '../customers/index.js';
import { evaluateCustomers, lockCustomers } from './evaluate.js';
import { facts } from './facts.js';
import { liveSegments, type SegmentRow } from './segments.js';
import { readsFirstSeen, triggeredBy } from './triggers.js';

const membershipEvents = ['Segment Entered', 'Segment Exited'];

/**
 * Keeps memberships fresh: each page's events name the customers they touch, and those customers
 * are re-evaluated for the segments the events can change (their triggers), in the consumer's
 * transaction, so every change and its `Segment Entered` / `Segment Exited` happen exactly once. A
 * customer seen for the first time is evaluated for every segment (a `not` may match them at once);
 * a merge re-evaluates both profiles. It reads after the consumers whose tables it reads.
 */
export function segmentsConsumer(clock: Clock): Consumer {
  return {
    name: 'segments',
    after: ['customers', 'orders', 'loyalty', 'loyalty.challenges', 'analytics', 'messages-consent'],
    reads: selection,
    apply: (tx, events) => applyPage(tx, events, clock.now()),
  };
}

/**
 * With no segment anywhere there is nothing to keep fresh: the log passes unread (a segment made
 * later is built over every customer by its rebuild). A `Segment Entered` / `Segment Exited`
 * changes only the segments that name its segment, so the others pass unread: a rebuild writes one
 * per member (33,000,000 at 1,000,000 customers in the segments bench), and reading them to act on
 * none took the consumer 16 minutes. Their customers are no newcomers: the consumer met each through
 * the event that made the profile.
 */
const selection: Consumer['reads'] = async (tx) => {
  const row = await queryOne<{ any: boolean; named: string[] }>(
    tx,
    sql`select exists (select 1 from segments where deleted_at is null) as any,
          array(select distinct jsonb_array_elements_text(triggers -> 'segments') from segments
                where deleted_at is null) as named`,
  );
  if (!row!.any) return { names: [] };
  return {
    payload: ['properties', 'traits'],
    namedOnlyWhen: { names: membershipEvents, property: 'segment_id', values: row!.named },
  };
};

interface Touch {
  customerId: string;
  segments: 'all' | Set<string>;
  /** When the event occurred (ms): one that occurred before all else known of them moves first_seen_at. */
  occurredAt: number;
}

async function applyPage(tx: Db, events: LoggedEvent[], now: Date): Promise<void> {
  for (const [workspaceId, workspaceEvents] of groupBy(events, (event) => event.workspaceId)) {
    // Building segments too: a rebuild's pages already passed may hold a customer this event changed.
    const segments = await liveSegments(tx, workspaceId);
    if (segments.length === 0) continue;
    const touches = await touchesOf(tx, workspaceEvents, segments);
    await evaluateTouches(tx, workspaceId, segments, touches, now);
  }
}

/** Which customers each event concerns and which segments it can change for them. */
async function touchesOf(tx: Db, events: LoggedEvent[], segments: SegmentRow[]): Promise<Touch[]> {
  const owners = await customersOfEvents(
    tx,
    events.map((event) => (event.source === 'retain' ? { workspaceId: event.workspaceId } : event)),
  );
  const touches: Touch[] = [];
  events.forEach((event, index) => {
    const customers = customersNamed(event, owners[index] ?? null);
    if (customers.length === 0) return;
    const merged = event.name === customersMergedEvent && event.source === 'retain';
    // Kept even when it changes no segment: a customer's first event makes them a newcomer.
    const changed = merged ? 'all' : changedSegments(event, segments);
    const occurredAt = event.occurredAt.getTime();
    customers.forEach((customerId) => touches.push({ customerId, segments: changed, occurredAt }));
  });
  return touches;
}

function customersNamed(event: LoggedEvent, owner: string | null): string[] {
  if (event.source !== 'retain') return owner ? [owner] : [];
  const { customer_id: customer, from_customer_id: from, into_customer_id: into } = event.properties;
  return [customer, from, into].filter((id): id is string => typeof id === 'string');
}

function changedSegments(event: LoggedEvent, segments: SegmentRow[]): Set<string> {
  const changed = new Set<string>();
  const membership =
    event.source === 'retain' && event.name !== null && membershipEvents.includes(event.name);
  for (const segment of segments) {
    if (
      membership
        ? segment.triggers.segments.includes(String(event.properties.segment_id))
        : triggeredBy(segment.triggers, event)
    ) {
      changed.add(segment.id);
    }
  }
  return changed;
}

/**
 * Evaluates the page's customers: newcomers and merged profiles for every segment, the others for
 * the union of what their own events changed (a segment whose answer did not change writes
 * nothing), all in one evaluation: each segment's condition is asked only of the customers who want
 * it, so a page of product views and orders evaluates the viewers for the browsing segments only,
 * not for every segment some order in the page touched (the segments bench: most of the consumer's
 * time was that evaluation), and a page costs one statement per dependency level, not one per set of
 * segments its customers changed.
 */
async function evaluateTouches(
  tx: Db,
  workspaceId: string,
  segments: SegmentRow[],
  touches: Touch[],
  now: Date,
) {
  if (touches.length === 0) return;
  const customers = [...new Set(touches.map((touch) => touch.customerId))];
  // Every customer of the page at once and in order: two evaluators never wait in a cycle.
  await lockCustomers(tx, workspaceId, customers);
  // Read now, written after the evaluation: a step takes a transaction id at its first write and
  // holds back every log reader until it commits (events/consumers.ts), so it writes last.
  const known = await queryRows<{ customer_id: string; newcomer: boolean; first_seen_ms: number | null }>(
    tx,
    sql`select x.id as customer_id,
               not exists (select 1 from segment_customers s
                           where s.workspace_id = ${workspaceId} and s.customer_id = x.id) as newcomer,
               floor(extract(epoch from c.first_seen_at) * 1000)::bigint as first_seen_ms
        from unnest(${pgArray(customers, 'text')}) as x(id)
        left join ${facts.customers} c on c.workspace_id = ${workspaceId} and c.id = x.id`,
  );
  const newcomers = known.filter((row) => row.newcomer);
  const firstSeen = new Map(known.map((row) => [row.customer_id, row.first_seen_ms]));
  const every = new Set(segments.map((segment) => segment.id));
  const ageing = segments
    .filter((segment) => readsFirstSeen(segment.definition))
    .map((segment) => segment.id);
  const wanted = new Map<string, Set<string>>(newcomers.map((row) => [row.customer_id, every]));
  for (const touch of touches) {
    if (wanted.get(touch.customerId) === every) continue;
    if (touch.segments === 'all') wanted.set(touch.customerId, every);
    else {
      const mine = wanted.get(touch.customerId) ?? new Set<string>();
      touch.segments.forEach((id) => mine.add(id));
      // The customers projection (read before this) took first_seen_at from the earliest event:
      // an event at that instant may have moved it back, making the customer older.
      const first = firstSeen.get(touch.customerId);
      if (first !== null && first !== undefined && touch.occurredAt <= first)
        ageing.forEach((id) => mine.add(id));
      wanted.set(touch.customerId, mine);
    }
  }
  const asked = customers.filter((id) => (wanted.get(id)?.size ?? 0) > 0);
  await evaluateCustomers(tx, workspaceId, segments, asked, now, wanted);
  if (newcomers.length === 0) return;
  await tx.execute(
    sql`insert into segment_customers (workspace_id, customer_id, first_evaluated_at)
        select ${workspaceId}, customer_id, ${now.toISOString()}::timestamptz
        from unnest(${pgArray(
          newcomers.map((row) => row.customer_id),
          'text',
        )}) as customer_id
        on conflict do nothing`,
  );
}
