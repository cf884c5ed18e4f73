import type { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { queryRows, type Db } from '../../db/connection.js';
import { copyField, copyJsonText } from '../../db/copy-text.js';
import { sqlState } from '../../db/errors.js';
import type { EventType } from './schema.js';

/**
 * One row of `events` as the writers send it: times as ISO 8601 strings and the three JSON
 * columns as JSON text, serialised once — for the size check and for whichever statement writes it.
 */
export interface EventInsertRow {
  id: string;
  workspace_id: string;
  message_id: string;
  type: EventType;
  name: string | null;
  user_id: string | null;
  anonymous_id: string | null;
  previous_id: string | null;
  properties: string;
  traits: string;
  context: string;
  occurred_at: string;
  received_at: string;
  source: string;
}

/** A row as a JSON object, its JSON columns spliced in as they were serialised. */
function eventRowJson(row: EventInsertRow): string {
  const text = JSON.stringify;
  return (
    `{"id":${text(row.id)},"workspace_id":${text(row.workspace_id)},"message_id":${text(row.message_id)},` +
    `"type":${text(row.type)},"name":${text(row.name)},"user_id":${text(row.user_id)},` +
    `"anonymous_id":${text(row.anonymous_id)},"previous_id":${text(row.previous_id)},` +
    `"properties":${row.properties},"traits":${row.traits},"context":${row.context},` +
    `"occurred_at":${text(row.occurred_at)},"received_at":${text(row.received_at)},"source":${text(row.source)}}`
  );
}

/**
 * Inserts rows in one statement with one parameter: the rows as a JSON array, unpacked by
 * `json_to_recordset` in the server, whose json columns take each part's text as written. Against
 * Drizzle's fourteen parameters per row this spares the client-side SQL building and the parameter
 * limit. Duplicates of (workspace, messageId) — already in the log or twice in `rows` — are
 * skipped. Answers the ids written.
 */
export async function insertEventRows(db: Db, rows: EventInsertRow[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await queryRows<{ id: string }>(
    db,
    sql`insert into events (id, workspace_id, message_id, type, name, user_id, anonymous_id, previous_id,
                            properties, traits, context, occurred_at, received_at, source)
        select id, workspace_id, message_id, type, name, user_id, anonymous_id, previous_id,
               properties, traits, context, occurred_at, received_at, source
        from json_to_recordset(${`[${rows.map(eventRowJson).join(',')}]`}::json) as r(
          id text, workspace_id text, message_id text, type text, name text, user_id text,
          anonymous_id text, previous_id text, properties json, traits json, context json,
          occurred_at timestamptz, received_at timestamptz, source text)
        on conflict (workspace_id, message_id) do nothing
        returning id`,
  );
  return inserted.map((row) => row.id);
}

const copyEvents = `copy events (id, workspace_id, message_id, type, name, user_id, anonymous_id, previous_id,
  properties, traits, context, occurred_at, received_at, source) from stdin`;

function eventCopyLine(row: EventInsertRow): string {
  return (
    `${copyField(row.id)}\t${copyField(row.workspace_id)}\t${copyField(row.message_id)}\t${row.type}\t` +
    `${copyField(row.name)}\t${copyField(row.user_id)}\t${copyField(row.anonymous_id)}\t` +
    `${copyField(row.previous_id)}\t${copyJsonText(row.properties)}\t${copyJsonText(row.traits)}\t` +
    `${copyJsonText(row.context)}\t${row.occurred_at}\t${row.received_at}\t${copyField(row.source)}\n`
  );
}

/**
 * Sends the text and answers once the server has taken it (pg-copy-streams finishes on the server's
 * ReadyForQuery). Not `stream.pipeline`: for one chunk, its Readable, AbortController and the
 * DOMException it aborts with at the end cost ~1.7 µs an event of ingestion (profiled).
 */
function copyText(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.on('error', reject);
    stream.once('finish', resolve);
    stream.end(text);
  });
}

/**
 * Writes rows with COPY (PostgreSQL only): about 40% less server CPU per event than the INSERT
 * above (measured: 19–20 µs against 32–36 µs a row, 1,000 rows a statement). COPY has no
 * `on conflict`: a duplicate messageId fails the whole statement with 23505, nothing of it stays,
 * and the caller writes the rows again with `insertEventRows`. Answers normally only when every row
 * was written.
 */
export async function copyEventRows(pool: pg.Pool, rows: EventInsertRow[]): Promise<void> {
  const text = rows.map(eventCopyLine).join('');
  const client = await pool.connect();
  let broken: unknown;
  try {
    await copyText(client.query(copyFrom(copyEvents)), text);
  } catch (error) {
    // The server refused the rows and said so: the connection is fine. Anything else may have
    // left the protocol mid-COPY, so that connection is not returned to the pool.
    if (sqlState(error) === undefined) broken = error;
    throw error;
  } finally {
    client.release(broken instanceof Error ? broken : undefined);
  }
}
