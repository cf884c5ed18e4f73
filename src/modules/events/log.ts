import { sql, type SQL } from 'drizzle-orm';
import { newId } from '../../core/ids.js';
import { eventLogInsertRowsMax } from '../../core/limits.js';
import { queryRows, type Db } from '../../db/connection.js';
import { storableJsonText } from '../../db/json-text.js';
import type { EventType } from './schema.js';
import { insertEventRows, type EventInsertRow } from './queries.js';

export type { EventType };

/** An event as the log stores it, after ingestion validated and normalised it. */
export interface NewEvent {
  messageId: string;
  type: EventType;
  name?: string | null;
  userId?: string | null;
  anonymousId?: string | null;
  previousId?: string | null;
  properties?: Record<string, unknown>;
  traits?: Record<string, unknown>;
  context?: Record<string, unknown>;
  occurredAt: Date;
  receivedAt: Date;
  source?: string;
}

export interface LoggedEvent extends Required<Omit<NewEvent, 'source'>> {
  id: string;
  workspaceId: string;
  source: string;
}

export interface AppendResult {
  /** Ids of the events newly written, in order. */
  appendedIds: string[];
  /** Events dropped because their messageId was already in the log (or twice in this call). */
  duplicates: number;
}

/** `toISOString`, remembering the last answer: a batch's events share receivedAt, often their time. */
function isoTextOf(): (date: Date) => string {
  let time = NaN;
  let text = '';
  return (date) => {
    if (date.getTime() !== time) {
      time = date.getTime();
      text = date.toISOString();
    }
    return text;
  };
}
const occurredText = isoTextOf();
const receivedText = isoTextOf();

/**
 * The row an event becomes in the log; ids are monotonic, so they keep the order given. Throws
 * UnstorableText when a JSON part holds text PostgreSQL cannot store.
 */
export function toEventRow(workspaceId: string, event: NewEvent): EventInsertRow {
  return {
    id: newId('event'),
    workspace_id: workspaceId,
    message_id: event.messageId,
    type: event.type,
    name: event.name ?? null,
    user_id: event.userId ?? null,
    anonymous_id: event.anonymousId ?? null,
    previous_id: event.previousId ?? null,
    properties: storableJsonText(event.properties ?? {}, 'properties'),
    traits: storableJsonText(event.traits ?? {}, 'traits'),
    context: storableJsonText(event.context ?? {}, 'context'),
    occurred_at: occurredText(event.occurredAt),
    received_at: receivedText(event.receivedAt),
    source: event.source ?? 'api',
  };
}

/**
 * Appends events to the log, dropping any whose messageId the workspace has seen before.
 * Runs inside the caller's transaction when given one, so emitted events commit with effects.
 */
export async function appendEvents(db: Db, workspaceId: string, batch: NewEvent[]): Promise<AppendResult> {
  const appendedIds: string[] = [];
  for (let start = 0; start < batch.length; start += eventLogInsertRowsMax) {
    const rows = batch
      .slice(start, start + eventLogInsertRowsMax)
      .map((event) => toEventRow(workspaceId, event));
    appendedIds.push(...(await insertEventRows(db, rows)));
  }
  appendedIds.sort();
  return { appendedIds, duplicates: batch.length - appendedIds.length };
}

export interface EventRow {
  id: string;
  tx_text: string;
  workspace_id: string;
  message_id: string;
  type: EventType;
  name: string | null;
  user_id: string | null;
  anonymous_id: string | null;
  previous_id: string | null;
  properties: Record<string, unknown>;
  traits: Record<string, unknown>;
  context: Record<string, unknown>;
  occurred_at: Date;
  received_at: Date;
  source: string;
}

export interface LogPosition {
  txId: string;
  eventId: string;
}

export function toLoggedEvent(row: EventRow): LoggedEvent {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    messageId: row.message_id,
    type: row.type,
    name: row.name,
    userId: row.user_id,
    anonymousId: row.anonymous_id,
    previousId: row.previous_id,
    properties: row.properties,
    traits: row.traits,
    context: row.context,
    occurredAt: new Date(row.occurred_at),
    receivedAt: new Date(row.received_at),
    source: row.source,
  };
}

/** An event's JSON parts. */
export type EventPayload = 'properties' | 'traits' | 'context';
const eventPayloads: readonly EventPayload[] = ['properties', 'traits', 'context'];

/**
 * The columns of an `EventRow`; of the JSON parts, only those in `payload`, the others empty
 * (`{}`): the server then neither turns them into text nor sends them, nor Node parses them.
 */
export function eventColumns(payload: readonly EventPayload[] = eventPayloads): SQL {
  const parts = eventPayloads.map((part) =>
    payload.includes(part) ? sql.raw(`events.${part}`) : sql.raw(`'{}'::json as ${part}`),
  );
  return sql`events.id, events.tx_id::text as tx_text, events.workspace_id,
  events.message_id, events.type, events.name, events.user_id, events.anonymous_id, events.previous_id,
  ${sql.join(parts, sql`, `)}, events.occurred_at, events.received_at, events.source`;
}

/**
 * The next events after `after`, in log order, among those whose writing transaction finished
 * before every transaction still running began: no later commit can land before them.
 */
export async function readLogAfter(
  db: Db,
  after: LogPosition,
  limit: number,
): Promise<{ events: LoggedEvent[]; last: LogPosition | null }> {
  const rows = await queryRows<EventRow>(
    db,
    // Order by the qualified column: a bare `tx_id` in ORDER BY would name the text output column
    // and sort transaction ids as text ('1000' before '779'), so a page could take a later
    // transaction's events first and the cursor would pass over the ones between.
    sql`select ${eventColumns()}
        from events
        where (events.tx_id, events.id) > (${after.txId}::xid8, ${after.eventId})
          and events.tx_id < pg_snapshot_xmin(pg_current_snapshot())
        order by events.tx_id, events.id
        limit ${limit}`,
  );
  const lastRow = rows[rows.length - 1];
  return {
    events: rows.map(toLoggedEvent),
    last: lastRow ? { txId: lastRow.tx_text, eventId: lastRow.id } : null,
  };
}

/** True when any event, visible to consumers yet or not, lies beyond `after`. */
export async function logHasEventsAfter(db: Db, after: LogPosition): Promise<boolean> {
  const rows = await queryRows<{ found: number }>(
    db,
    sql`select 1 as found from events where (tx_id, id) > (${after.txId}::xid8, ${after.eventId}) limit 1`,
  );
  return rows.length > 0;
}
