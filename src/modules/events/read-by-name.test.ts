import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connection.js';
import { openTestDatabase } from '../../testing/index.js';
import { createWorkspace } from '../workspaces/index.js';
import { appendEvents, type NewEvent } from './log.js';
import { readEventsByName } from './read-by-name.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

const at = (iso: string) => new Date(iso);
const track = (messageId: string, name: string, occurredAt: string, userId = 'u1'): NewEvent => ({
  messageId,
  type: 'track',
  name,
  userId,
  properties: { n: messageId },
  occurredAt: at(occurredAt),
  receivedAt: at('2026-03-01T00:00:00Z'),
});

describe('readEventsByName', () => {
  it('answers one workspace’s track events of the names asked, in [from, to), oldest first, up to the limit', async () => {
    const ws = await createWorkspace(database.db);
    const other = await createWorkspace(database.db);
    await appendEvents(database.db, ws.id, [
      track('late', 'Order Completed', '2026-02-10T00:00:00Z'),
      track('early', 'Order Completed', '2026-02-01T00:00:00Z', 'u2'),
      track('review', 'Review Submitted', '2026-02-05T00:00:00Z'),
      track('other-name', 'Page Liked', '2026-02-03T00:00:00Z'),
      track('before', 'Order Completed', '2026-01-31T23:59:59Z'),
      track('at-end', 'Order Completed', '2026-02-20T00:00:00Z'),
      {
        messageId: 'identify',
        type: 'identify',
        userId: 'u1',
        occurredAt: at('2026-02-02T00:00:00Z'),
        receivedAt: at('2026-02-02T00:00:00Z'),
      },
    ]);
    await appendEvents(database.db, other.id, [
      track('elsewhere', 'Order Completed', '2026-02-02T00:00:00Z'),
    ]);
    const range = { from: at('2026-02-01T00:00:00Z'), to: at('2026-02-20T00:00:00Z'), limit: 10 };

    const read = await readEventsByName(database.db, ws.id, ['Order Completed', 'Review Submitted'], range);
    expect(read.map((e) => [e.properties.n, e.name, e.userId, e.occurredAt.toISOString()])).toEqual([
      ['early', 'Order Completed', 'u2', '2026-02-01T00:00:00.000Z'],
      ['review', 'Review Submitted', 'u1', '2026-02-05T00:00:00.000Z'],
      ['late', 'Order Completed', 'u1', '2026-02-10T00:00:00.000Z'],
    ]);
    const limited = await readEventsByName(database.db, ws.id, ['Order Completed'], { ...range, limit: 1 });
    expect(limited.map((e) => e.properties.n)).toEqual(['early']);
    expect(await readEventsByName(database.db, ws.id, [], range)).toEqual([]);
  });
});
