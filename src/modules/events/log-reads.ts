// What other modules read of the log and the consumers' bookkeeping, as functions or as SQL
// fragments where the join must stay in the database (analytics' refresh queue).
import { sql, type SQL } from 'drizzle-orm';
import { pgArray } from '../../db/arrays.js';
import { queryOne, queryRows, type Db } from '../../db/connection.js';
import type { LoggedEvent, LogPosition } from './log.js';

/** Whether `consumer` failed an event of the workspace at or after `since` (and recorded it). */
export async function consumerFailedSince(
  db: Db,
  consumer: string,
  workspaceId: string,
  since: Date,
): Promise<boolean> {
  const row = await queryOne<{ failed: boolean }>(
    db,
    sql`select exists (select 1 from consumer_failures
                       where consumer = ${consumer} and workspace_id = ${workspaceId}
                         and failed_at >= ${since.toISOString()}::timestamptz) as failed`,
  );
  return row!.failed;
}

export interface TrackEventRow extends Pick<LoggedEvent, 'type' | 'source'> {
  workspace_id: string;
  name: string;
  properties: Record<string, unknown>;
}

/** The workspace's track events with these names in (after, upTo] of the log's order, at most `limit`. */
export function trackEventsBetween(
  db: Db,
  range: {
    workspaceId: string;
    after: LogPosition;
    upTo: LogPosition;
    names: readonly string[];
    limit: number;
  },
): Promise<TrackEventRow[]> {
  const { workspaceId, after, upTo, names, limit } = range;
  return queryRows<TrackEventRow>(
    db,
    sql`select workspace_id, type, name, source, properties from events
        where (tx_id, id) > (${after.txId}::xid8, ${after.eventId})
          and (tx_id, id) <= (${upTo.txId}::xid8, ${upTo.eventId})
          and workspace_id = ${workspaceId} and type = 'track' and name = any(${pgArray([...names], 'text')})
        limit ${limit}`,
  );
}

/**
 * A relation of these logged events (id, workspace_id, tx_id, name, properties), to select from.
 * Keyed by an array, the planner knows how few events it looks up and uses the log's primary key.
 */
export function loggedEventsWithIds(ids: string[]): SQL {
  return sql`(select e.id, e.workspace_id, e.tx_id, e.name, e.properties
              from unnest(${pgArray(ids, 'text')}) as x(id) join events e on e.id = x.id)`;
}

/** A one-row relation (tx_id, event_id): how far `consumer` has read the log. */
export function consumerCursorRelation(consumer: string): SQL {
  return sql`(select tx_id, event_id from consumer_cursors where consumer = ${consumer})`;
}
