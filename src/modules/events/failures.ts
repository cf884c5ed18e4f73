import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/connection.js';
import { listPage, type ListPage } from '../../http/pagination.js';

/** One event a consumer could not apply and skipped, as the dashboard's problems page lists it. */
export interface ConsumerFailure {
  object: 'consumer_failure';
  /** `consumer:event id`, the page cursor. */
  id: string;
  consumer: string;
  event_id: string;
  event_type: string | null;
  event_name: string | null;
  error: string;
  failed_at: string;
}

/**
 * The workspace's skipped events, newest first (by failure time, then id), with the event's type
 * and name when it is still in the log.
 */
export async function listConsumerFailures(
  db: Db,
  workspaceId: string,
  page: { limit: number; starting_after?: string | undefined },
): Promise<ListPage<ConsumerFailure>> {
  const [consumer, eventId] = page.starting_after?.split(':') ?? [];
  const after =
    consumer !== undefined && eventId !== undefined
      ? sql`and (f.failed_at, f.consumer || ':' || f.event_id) < (
              select failed_at, consumer || ':' || event_id from consumer_failures
              where workspace_id = ${workspaceId} and consumer = ${consumer} and event_id = ${eventId})`
      : sql``;
  const rows = await queryRows<{
    consumer: string;
    event_id: string;
    error: string;
    failed_at: Date | string;
    type: string | null;
    name: string | null;
  }>(
    db,
    sql`select f.consumer, f.event_id, f.error, f.failed_at, e.type, e.name
        from consumer_failures f left join events e on e.id = f.event_id
        where f.workspace_id = ${workspaceId} ${after}
        order by f.failed_at desc, f.consumer || ':' || f.event_id desc
        limit ${page.limit + 1}`,
  );
  return listPage(
    rows.map((row) => ({
      object: 'consumer_failure' as const,
      id: `${row.consumer}:${row.event_id}`,
      consumer: row.consumer,
      event_id: row.event_id,
      event_type: row.type,
      event_name: row.name,
      error: row.error,
      failed_at: new Date(row.failed_at).toISOString(),
    })),
    page.limit,
  );
}
