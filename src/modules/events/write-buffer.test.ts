import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryOne, queryRows, type Database } from '../../db/connection.js';
import { openTestDatabase } from '../../testing/index.js';
import { createWorkspace } from '../workspaces/index.js';
import { eventRowWriter } from './event-writer.js';
import { toEventRow, type NewEvent } from './log.js';
import { createWriteBuffer, type WriteBuffer } from './write-buffer.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

const at = new Date('2026-01-01T00:00:00Z');
const track = (messageId: string, userId = 'u1'): NewEvent => ({
  messageId,
  type: 'track',
  name: 'Thing Happened',
  userId,
  occurredAt: at,
  receivedAt: at,
});

const appendTo = (buffer: WriteBuffer, workspaceId: string, events: NewEvent[]) =>
  buffer.append(events.map((event) => toEventRow(workspaceId, event)));

async function stored(workspaceId: string) {
  return queryRows<{ message_id: string }>(
    database.db,
    sql`select message_id from events where workspace_id = ${workspaceId} order by id`,
  );
}

async function transactionsOf(workspaceId: string): Promise<number> {
  const row = await queryOne<{ count: number }>(
    database.db,
    sql`select count(distinct tx_id)::int as count from events where workspace_id = ${workspaceId}`,
  );
  return row!.count;
}

describe('the ingestion write buffer', () => {
  it('merges requests that arrive while a flush runs into one insert, answering each its own', async () => {
    const ws = await createWorkspace(database.db);
    const buffer = createWriteBuffer(eventRowWriter(database), { flushesInFlightMax: 1 });
    const results = await Promise.all([
      appendTo(buffer, ws.id, [track('a1'), track('a2')]),
      appendTo(buffer, ws.id, [track('b1')]),
      appendTo(buffer, ws.id, [track('a2'), track('c1')]),
      appendTo(buffer, ws.id, [track('d1'), track('d1')]),
    ]);
    expect(results.map((r) => [r.appendedIds.length, r.duplicates])).toEqual([
      [2, 0],
      [1, 0],
      [1, 1],
      [1, 1],
    ]);
    expect((await stored(ws.id)).map((r) => r.message_id)).toEqual(['a1', 'a2', 'b1', 'c1', 'd1']);
    // The first request flushed alone; the three that arrived meanwhile shared the next commit.
    expect(await transactionsOf(ws.id)).toBe(2);
    await buffer.close();
  });

  it('fails only the request whose rows the database refuses', async () => {
    const ws = await createWorkspace(database.db);
    const buffer = createWriteBuffer(eventRowWriter(database), { flushesInFlightMax: 1 });
    const outcomes = await Promise.allSettled([
      appendTo(buffer, ws.id, [track('first')]),
      appendTo(buffer, ws.id, [track('good')]),
      // PostgreSQL text cannot hold NUL: this request's insert fails.
      appendTo(buffer, ws.id, [track('bad', 'nul\u0000byte')]),
      appendTo(buffer, ws.id, [track('also-good')]),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect((await stored(ws.id)).map((r) => r.message_id)).toEqual(['first', 'good', 'also-good']);
    await buffer.close();
  });

  it('bounds the rows waiting in memory and still writes every request', async () => {
    const ws = await createWorkspace(database.db);
    const buffer = createWriteBuffer(eventRowWriter(database), {
      flushesInFlightMax: 1,
      pendingRowsMax: 3,
      flushRowsMax: 2,
    });
    const requests = Array.from({ length: 6 }, (_, i) =>
      appendTo(buffer, ws.id, [track(`r${i}a`), track(`r${i}b`)]),
    );
    expect((await Promise.all(requests)).every((r) => r.appendedIds.length === 2)).toBe(true);
    expect(await stored(ws.id)).toHaveLength(12);
    await buffer.close();
  });

  it('flushes what waits on close and refuses appends after', async () => {
    const ws = await createWorkspace(database.db);
    const buffer = createWriteBuffer(eventRowWriter(database), { flushesInFlightMax: 1 });
    const pending = [appendTo(buffer, ws.id, [track('x1')]), appendTo(buffer, ws.id, [track('x2')])];
    await buffer.close();
    await Promise.all(pending);
    expect(await stored(ws.id)).toHaveLength(2);
    await expect(appendTo(buffer, ws.id, [track('late')])).rejects.toThrow('closed');
  });
});
