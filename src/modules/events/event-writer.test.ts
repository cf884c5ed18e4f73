import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../db/connection.js';
import { openTestDatabase } from '../../testing/index.js';
import { createWorkspace } from '../workspaces/index.js';
import { eventRowWriter, type WriteEventRows } from './event-writer.js';
import { toEventRow, type NewEvent } from './log.js';
import type { EventInsertRow } from './queries.js';

// The writer COPYs, and INSERTs when COPY meets a duplicate: both must store exactly what was given.
let database: Database;
let writeRows: WriteEventRows;
beforeAll(async () => {
  database = await openTestDatabase();
  writeRows = eventRowWriter(database);
});
afterAll(async () => database.close());

const at = new Date('2026-03-04T05:06:07.089Z');
const event = (messageId: string, fields: Partial<NewEvent> = {}): NewEvent => ({
  messageId,
  type: 'track',
  name: 'Order Completed',
  userId: 'u1',
  occurredAt: at,
  receivedAt: at,
  ...fields,
});

type StoredRow = Omit<EventInsertRow, 'properties' | 'traits' | 'context'> & {
  properties: unknown;
  traits: unknown;
  context: unknown;
};

/** Rows as the writer was given them, their JSON columns read back as values. */
const asStored = (rows: EventInsertRow[]): StoredRow[] =>
  rows.map((row) => ({
    ...row,
    properties: JSON.parse(row.properties) as unknown,
    traits: JSON.parse(row.traits) as unknown,
    context: JSON.parse(row.context) as unknown,
  }));

async function stored(workspaceId: string): Promise<StoredRow[]> {
  const rows = await queryRows<StoredRow & { occurred_at: unknown; received_at: unknown }>(
    database.db,
    sql`select id, workspace_id, message_id, type, name, user_id, anonymous_id, previous_id,
               properties, traits, context, occurred_at, received_at, source
        from events where workspace_id = ${workspaceId} order by id`,
  );
  return rows.map((row) => ({
    ...row,
    occurred_at: new Date(row.occurred_at as string).toISOString(),
    received_at: new Date(row.received_at as string).toISOString(),
  }));
}

describe("ingestion's event writer", () => {
  it('stores every column as given, whatever characters the text holds', async () => {
    const ws = await createWorkspace(database.db);
    const awkward = 'tab\there, line\nbreak, return\r, back\\slash, "quotes", \\N, ☕ 🎉, Việt, ไทย, 日本語';
    const rows = [
      event('plain'),
      event(`message ${awkward}`, {
        type: 'identify',
        name: null,
        userId: `user ${awkward}`,
        anonymousId: `anon ${awkward}`,
        traits: { name: awkward, nested: { list: [awkward, 1, null, true], path: 'C:\\shop\\' } },
        context: { userAgent: awkward, ip: '203.0.113.9' },
      }),
      event('alias', { type: 'alias', name: null, userId: null, anonymousId: 'a1', previousId: '\\N' }),
      event('props', { properties: { total: 1234.5, currency: 'VND', note: '\\\\t is not a tab' } }),
    ].map((newEvent) => toEventRow(ws.id, newEvent));

    expect(await writeRows(rows)).toEqual(rows.map((row) => row.id));
    expect(await stored(ws.id)).toEqual(asStored(rows));
  });

  it('skips messageIds already in the log and the second of two in one write', async () => {
    const ws = await createWorkspace(database.db);
    const first = [event('a'), event('b')].map((newEvent) => toEventRow(ws.id, newEvent));
    await writeRows(first);
    const second = [event('b'), event('c'), event('d'), event('c')].map((newEvent) =>
      toEventRow(ws.id, newEvent),
    );

    expect(await writeRows(second)).toEqual([second[1]!.id, second[2]!.id]);
    expect((await stored(ws.id)).map((row) => [row.id, row.message_id])).toEqual([
      [first[0]!.id, 'a'],
      [first[1]!.id, 'b'],
      [second[1]!.id, 'c'],
      [second[2]!.id, 'd'],
    ]);
  });

  it('refuses text no UTF-8 can carry, writing nothing of the rows', async () => {
    const ws = await createWorkspace(database.db);
    for (const fields of [
      { userId: 'lone \ud800 high' },
      { name: 'lone \udc00 low' },
      { userId: 'nul \u0000' },
    ]) {
      const rows = [event('fine'), event('bad', fields)].map((newEvent) => toEventRow(ws.id, newEvent));
      await expect(writeRows(rows)).rejects.toThrow();
    }
    expect(await stored(ws.id)).toEqual([]);
    const after = [toEventRow(ws.id, event('fine'))];
    expect(await writeRows(after)).toEqual([after[0]!.id]);
  });
});
