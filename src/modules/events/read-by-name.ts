import { sql } from 'drizzle-orm';
import { pgArray } from '../../db/arrays.js';
import { queryRows, type Db } from '../../db/connection.js';
import { eventColumns, toLoggedEvent, type EventRow, type LoggedEvent } from './log.js';

/** A past track event as a reader of one workspace's history needs it. */
export interface NamedEvent {
  id: string;
  name: string;
  userId: string | null;
  anonymousId: string | null;
  properties: Record<string, unknown>;
  occurredAt: Date;
}

export interface NamedEventsRange {
  /** Inclusive. */
  from: Date;
  /** Exclusive. */
  to: Date;
  limit: number;
}

/**
 * One workspace's track events of the given names that happened in [from, to), oldest first (ties
 * by id), read-only. For backtests and reports over history; consumers read the log in
 * transaction order with `readLogAfter` instead.
 */
export async function readEventsByName(
  db: Db,
  workspaceId: string,
  names: readonly string[],
  range: NamedEventsRange,
): Promise<NamedEvent[]> {
  if (names.length === 0 || range.limit <= 0) return [];
  const rows = await queryRows<NamedEvent & { occurredAt: unknown; properties: unknown }>(
    db,
    sql`select id, name, user_id as "userId", anonymous_id as "anonymousId", properties,
               occurred_at as "occurredAt"
        from events
        where workspace_id = ${workspaceId} and type = 'track'
          and name in (${sql.join(
            names.map((name) => sql`${name}`),
            sql`, `,
          )})
          and occurred_at >= ${range.from} and occurred_at < ${range.to}
        order by occurred_at, id limit ${range.limit}`,
  );
  return rows.map((row) => ({
    ...row,
    properties: (typeof row.properties === 'string' ? JSON.parse(row.properties) : row.properties) as Record<
      string,
      unknown
    >,
    occurredAt: row.occurredAt instanceof Date ? row.occurredAt : new Date(row.occurredAt as string),
  }));
}

/**
 * One workspace's track events of the given names that the log received in [from, to), in the
 * order received (ties by id), as the log's readers see them but with their properties only, and
 * without those from `skipSources`. A journey's simulation replays them as its consumer would
 * have read them.
 */
export async function loggedEventsReceivedBetween(
  db: Db,
  workspaceId: string,
  names: readonly string[],
  range: NamedEventsRange & { skipSources: readonly string[] },
): Promise<LoggedEvent[]> {
  if (names.length === 0 || range.limit <= 0) return [];
  const rows = await queryRows<EventRow>(
    db,
    sql`select ${eventColumns(['properties'])}
        from events
        where events.workspace_id = ${workspaceId} and events.type = 'track'
          and events.name = any(${pgArray([...names], 'text')})
          and not (events.source = any(${pgArray([...range.skipSources], 'text')}))
          and events.received_at >= ${range.from.toISOString()}::timestamptz
          and events.received_at < ${range.to.toISOString()}::timestamptz
        order by events.received_at, events.id limit ${range.limit}`,
  );
  return rows.map(toLoggedEvent);
}
