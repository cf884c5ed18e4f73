import { sql } from 'drizzle-orm';
import { pgArray } from '../db/arrays.js';
import { newId } from '../core/ids.js';
import { queryOne, type Db } from '../db/connection.js';
import type { LoggedEvent, NewEvent } from '../modules/events/index.js';

/**
 * Waits until consumers may read these events. Consumers read only below the oldest running
 * transaction, and on PostgreSQL that horizon is the whole cluster's: another test file's open
 * transaction, even in another database, keeps freshly committed events back for a moment. A test
 * that steps a consumer one page at a time and expects these events in the page waits first.
 */
export async function untilConsumable(db: Db, eventIds: string[]): Promise<void> {
  for (;;) {
    const row = await queryOne<{ ready: boolean }>(
      db,
      sql`select coalesce(bool_and(tx_id < pg_snapshot_xmin(pg_current_snapshot())), true) as ready
          from events where id = any(${pgArray(eventIds, 'text')})`,
    );
    if (row?.ready) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** An event as a consumer receives it, for tests that hand pages to a consumer directly. */
export function asLoggedEvent(workspaceId: string, event: NewEvent & { id?: string }): LoggedEvent {
  return {
    id: newId('event'),
    workspaceId,
    name: null,
    userId: null,
    anonymousId: null,
    previousId: null,
    properties: {},
    traits: {},
    context: {},
    source: 'api',
    ...event,
  };
}
