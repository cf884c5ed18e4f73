import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../db/connection.js';
import { openPrivateTestDatabase, untilConsumable } from '../../testing/index.js';
import { createWorkspace } from '../workspaces/index.js';
import { appendEvents, type LoggedEvent, type NewEvent } from './log.js';
import { drainConsumers, stepConsumer, type Consumer } from './consumers.js';

// `Consumer.after`: a reader of other consumers' tables never reads past the slowest of them, and
// waits only on those that run beside it.

let database: Database;
beforeAll(async () => {
  // A log of its own: the bound is read from every cursor, and other files' consumers share names.
  database = await openPrivateTestDatabase();
});
afterAll(async () => database.close());

const track = (messageId: string): NewEvent => ({
  messageId,
  type: 'track',
  name: 'Thing Happened',
  userId: 'u1',
  occurredAt: new Date('2026-01-01T00:00:00Z'),
  receivedAt: new Date('2026-01-01T00:00:00Z'),
});

function recorder(name: string, seen: string[], after?: string[]): Consumer {
  return {
    name,
    ...(after ? { after } : {}),
    apply: async (_tx, events: LoggedEvent[]) => {
      seen.push(...events.map((event) => event.messageId));
    },
  };
}

const cursorOf = async (name: string) =>
  (
    await queryRows<{ event_id: string }>(
      database.db,
      sql`select event_id from consumer_cursors where consumer = ${name}`,
    )
  )[0]?.event_id;

describe('a consumer after others', () => {
  it('reads no further than the slowest consumer it waits on', async () => {
    const ws = await createWorkspace(database.db);
    const upstream: string[] = [];
    const downstream: string[] = [];
    const first = recorder('after_up', upstream);
    const second = recorder('after_down', downstream, ['after_up']);
    const appended = await appendEvents(database.db, ws.id, [track('a'), track('b')]);
    // Readers see an event once every older transaction of the cluster ended (another database's
    // long transaction on a shared server holds it back): wait for that, so each step below reads.
    await untilConsumable(database.db, appended.appendedIds);
    // Before the one it waits on has read anything, it reads nothing.
    expect(await stepConsumer(database.db, second)).toEqual({ applied: 0, passed: 0 });
    expect(downstream).toEqual([]);
    await stepConsumer(database.db, first, 1);
    await stepConsumer(database.db, second);
    expect(downstream).toEqual(['a']);
    expect(await cursorOf('after_down')).toBe(await cursorOf('after_up'));
    await drainConsumers(database.db, [first, second]);
    expect(upstream).toEqual(['a', 'b']);
    expect(downstream).toEqual(['a', 'b']);
  });

  it('does not wait on a consumer left out of the run', async () => {
    const ws = await createWorkspace(database.db);
    const seen: string[] = [];
    await appendEvents(database.db, ws.id, [track('c')]);
    await drainConsumers(database.db, [recorder('after_alone', seen, ['never_runs'])]);
    expect(seen).toContain('c');
  });
});
