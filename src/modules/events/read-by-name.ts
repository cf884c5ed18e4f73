import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/connection.js';

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
