// One person's events in the log: read for their timeline and export, rewritten by their erasure
// (the customers module says who the person is: their userIds and anonymousIds).
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/connection.js';
import type { EventRow } from './log.js';

export interface PersonIds {
  userIds: string[];
  anonymousIds: string[];
}

/** A log row as the customer's timeline and export show it (the log's row, less its bookkeeping). */
export type PersonEventRow = Omit<EventRow, 'tx_text' | 'workspace_id'>;

const list = (values: string[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );

/**
 * The person's events: those with one of their userIds, and anonymous ones (no userId) with one
 * of their anonymousIds. Two index-backed branches (events_user_idx, events_anonymous_idx) rather
 * than one OR, so neither scans the workspace.
 */
function branches(workspaceId: string, ids: PersonIds, extra: SQL, limit: number): SQL[] {
  const columns = sql`id, message_id, type, name, user_id, anonymous_id, previous_id, properties, traits,
                      context, occurred_at, received_at, source`;
  const parts: SQL[] = [];
  if (ids.userIds.length)
    parts.push(sql`(select ${columns} from events where workspace_id = ${workspaceId}
                      and user_id in (${list(ids.userIds)}) ${extra}
                    order by occurred_at desc, id desc limit ${limit})`);
  if (ids.anonymousIds.length)
    parts.push(sql`(select ${columns} from events where workspace_id = ${workspaceId}
                      and user_id is null and anonymous_id in (${list(ids.anonymousIds)}) ${extra}
                    order by occurred_at desc, id desc limit ${limit})`);
  return parts;
}

/** Newest first; `startingAfter` is the last event id of the previous page. */
export async function personEvents(
  db: Db,
  workspaceId: string,
  ids: PersonIds,
  limit: number,
  startingAfter?: string,
): Promise<PersonEventRow[]> {
  // The anchor is read in SQL, so its time keeps the database's precision (microseconds).
  const extra = startingAfter
    ? sql`and (occurred_at, id) < (select occurred_at, id from events
                                   where workspace_id = ${workspaceId} and id = ${startingAfter})`
    : sql``;
  const parts = branches(workspaceId, ids, extra, limit);
  if (!parts.length) return [];
  return queryRows<PersonEventRow>(
    db,
    sql`select * from (${sql.join(parts, sql` union all `)}) e order by occurred_at desc, id desc limit ${limit}`,
  );
}

/** Erasure's rewrite of one event's JSON parts; the only change the append-only log allows. */
export async function replaceEventPayload(
  db: Db,
  workspaceId: string,
  id: string,
  payload: { properties: unknown; traits: unknown; context: unknown },
): Promise<void> {
  await db.execute(
    sql`update events set properties = ${JSON.stringify(payload.properties)}::json,
               traits = ${JSON.stringify(payload.traits)}::json, context = ${JSON.stringify(payload.context)}::json
        where workspace_id = ${workspaceId} and id = ${id}`,
  );
}

/**
 * Erasure's rewrite of who the person's events name: every userId, anonymousId or previousId of
 * theirs becomes `pseudonym`, so the rows still count (and group) but point at no one.
 */
export async function pseudonymiseEvents(
  db: Db,
  workspaceId: string,
  ids: PersonIds,
  pseudonym: string,
): Promise<number> {
  const all = [...ids.userIds, ...ids.anonymousIds];
  if (!all.length) return 0;
  const rename = (column: SQL) =>
    sql`case when ${column} in (${list(all)}) then ${pseudonym} else ${column} end`;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update events set user_id = ${rename(sql`user_id`)}, anonymous_id = ${rename(sql`anonymous_id`)},
               previous_id = ${rename(sql`previous_id`)}
        where workspace_id = ${workspaceId}
          and (user_id in (${list(all)}) or anonymous_id in (${list(all)}) or previous_id in (${list(all)}))
        returning id`,
  );
  return rows.length;
}

/** Some events' JSON parts, by id: for erasure's rewrite of an erased person's events that arrive late. */
export async function eventPayloadsById(
  db: Db,
  workspaceId: string,
  ids: string[],
): Promise<Pick<EventRow, 'id' | 'properties' | 'traits' | 'context'>[]> {
  if (!ids.length) return [];
  return queryRows(
    db,
    sql`select id, properties, traits, context from events
        where workspace_id = ${workspaceId} and id in (${list(ids)})`,
  );
}

/**
 * `pseudonymiseEvents` for one event that arrived after the person's erasure: every id it names
 * becomes `pseudonym`, as the person's other events' ids did.
 */
export async function pseudonymiseEvent(
  db: Db,
  workspaceId: string,
  id: string,
  pseudonym: string,
): Promise<void> {
  const rename = (column: SQL) => sql`case when ${column} is null then null else ${pseudonym} end`;
  await db.execute(
    sql`update events set user_id = ${rename(sql`user_id`)}, anonymous_id = ${rename(sql`anonymous_id`)},
               previous_id = ${rename(sql`previous_id`)}
        where workspace_id = ${workspaceId} and id = ${id}`,
  );
}
