import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryOne, type Database } from '../../db/connection.js';
import { openPrivateTestDatabase, untilConsumable } from '../../testing/index.js';
import { createWorkspace } from '../workspaces/index.js';
import { appendEvents, type LoggedEvent, type NewEvent } from './log.js';
import { drainConsumers, stepConsumer, type Consumer } from './consumers.js';
import type { EventSelection } from './selected-read.js';

// A database of its own, so the log holds only these events and the counts below are exact.
let database: Database;
beforeAll(async () => {
  database = await openPrivateTestDatabase();
});
afterAll(async () => database.close());

const at = new Date('2026-01-01T00:00:00Z');
const event = (messageId: string, name: string | null, extra: Partial<NewEvent> = {}): NewEvent => ({
  messageId,
  type: name ? 'track' : 'identify',
  name,
  userId: 'u1',
  occurredAt: at,
  receivedAt: at,
  ...extra,
});

/** A consumer that remembers the messageIds it was given, in order. */
function selective(name: string, reads: EventSelection): Consumer & { given: string[] } {
  const given: string[] = [];
  return {
    name,
    reads,
    given,
    apply: async (_tx, events: LoggedEvent[]) => void given.push(...events.map((e) => e.messageId)),
  };
}

async function cursorAt(name: string): Promise<string | undefined> {
  const row = await queryOne<{ eventId: string }>(
    database.db,
    sql`select event_id as "eventId" from consumer_cursors where consumer = ${name}`,
  );
  return row?.eventId;
}

/**
 * The events a new consumer reading `reads` is given of `events` appended to a new workspace,
 * once its cursor has passed all of them (and nothing before them).
 */
async function givenOf(name: string, reads: EventSelection, events: NewEvent[]): Promise<string[]> {
  const ws = await createWorkspace(database.db);
  const consumer = selective(name, reads);
  await drainConsumers(database.db, [consumer]);
  consumer.given.length = 0;
  await appendEvents(database.db, ws.id, events);
  expect(await drainConsumers(database.db, [consumer])).toBe(events.length);
  return consumer.given;
}

describe('a consumer that reads a selection of the log', () => {
  it('is given only the selected events and passes its cursor over the rest, a page at a time', async () => {
    const ws = await createWorkspace(database.db);
    const consumer = selective('sel_names', { names: ['Wanted'] });
    await drainConsumers(database.db, [consumer]);
    const { appendedIds } = await appendEvents(database.db, ws.id, [
      event('w1', 'Wanted'),
      event('o1', 'Other'),
      event('i1', null),
      event('w2', 'Wanted'),
      event('o2', 'Other'),
    ]);
    await untilConsumable(database.db, appendedIds);

    expect(await stepConsumer(database.db, consumer, 1)).toEqual({ applied: 1, passed: 1 });
    expect(await stepConsumer(database.db, consumer, 1)).toEqual({ applied: 1, passed: 3 });
    expect(await cursorAt(consumer.name)).toBe(appendedIds[3]);
    // A short page takes the cursor to the end of the log, over the unselected tail.
    expect(await stepConsumer(database.db, consumer, 1)).toEqual({ applied: 0, passed: 1 });
    expect(await cursorAt(consumer.name)).toBe(appendedIds[4]);
    expect(await stepConsumer(database.db, consumer, 1)).toEqual({ applied: 0, passed: 0 });
    expect(consumer.given).toEqual(['w1', 'w2']);
  });

  it('leaves out the names and sources it skips', async () => {
    const given = await givenOf('sel_skips', { skipNames: ['Other'], skipSources: ['retain'] }, [
      event('w1', 'Wanted'),
      event('o1', 'Other'),
      event('i1', null),
      event('r1', 'Wanted', { source: 'retain' }),
      event('w2', 'Wanted'),
    ]);
    expect(given).toEqual(['w1', 'i1', 'w2']);
  });

  it('reads the events of the names it narrows only where their property has one of the values', async () => {
    const given = await givenOf(
      'sel_named_only',
      { namedOnlyWhen: { names: ['Entered', 'Exited'], property: 'segment_id', values: ['s1', 's2'] } },
      [
        event('e1', 'Entered', { properties: { segment_id: 's1' } }),
        event('e2', 'Entered', { properties: { segment_id: 's3' } }),
        event('x1', 'Exited', { properties: { segment_id: 's2' } }),
        event('x2', 'Exited', { properties: {} }),
        event('o1', 'Other', { properties: { segment_id: 's3' } }),
        event('i1', null),
      ],
    );
    expect(given).toEqual(['e1', 'x1', 'o1', 'i1']);
  });

  it('reads the events of its types beside its names, and only those', async () => {
    const given = await givenOf('sel_types', { names: ['Wanted'], types: ['identify'] }, [
      event('w1', 'Wanted'),
      event('o1', 'Other'),
      event('i1', null),
      event('a1', null, { type: 'alias', previousId: 'anon-1' }),
      event('w2', 'Wanted'),
    ]);
    expect(given).toEqual(['w1', 'i1', 'w2']);

    const typesOnly = selective('sel_types_only', { types: ['alias'] });
    await drainConsumers(database.db, [typesOnly]);
    expect(typesOnly.given).toEqual(['a1']);
  });

  it('is given only the JSON parts it reads, the others empty', async () => {
    const payloads = {
      properties: { order_id: 'o-1', total: 10 },
      traits: { email: 'ann@example.com' },
      context: { locale: 'vi-VN', timezone: 'Asia/Ho_Chi_Minh' },
    };
    const received: Record<string, LoggedEvent[]> = {};
    const keeping = (name: string, reads: EventSelection): Consumer => ({
      name,
      reads,
      apply: async (_tx, events) => void (received[name] = [...(received[name] ?? []), ...events]),
    });
    const ws = await createWorkspace(database.db);
    const consumers = [
      keeping('sel_payload_all', { names: ['Wanted'] }),
      keeping('sel_payload_properties', { names: ['Wanted'], payload: ['properties'] }),
      keeping('sel_payload_person', { names: ['Wanted'], payload: ['traits', 'context'] }),
      keeping('sel_payload_none', { names: ['Wanted'], payload: [] }),
    ];
    await drainConsumers(database.db, consumers);
    for (const name of Object.keys(received)) delete received[name];
    await appendEvents(database.db, ws.id, [event('w1', 'Wanted', payloads)]);
    await drainConsumers(database.db, consumers);

    const partsOf = (name: string) => {
      const [only, ...more] = received[name] ?? [];
      expect(more).toEqual([]);
      return {
        messageId: only?.messageId,
        properties: only?.properties,
        traits: only?.traits,
        context: only?.context,
      };
    };
    expect(partsOf('sel_payload_all')).toEqual({ messageId: 'w1', ...payloads });
    expect(partsOf('sel_payload_properties')).toEqual({
      messageId: 'w1',
      properties: payloads.properties,
      traits: {},
      context: {},
    });
    expect(partsOf('sel_payload_person')).toEqual({
      messageId: 'w1',
      properties: {},
      traits: payloads.traits,
      context: payloads.context,
    });
    expect(partsOf('sel_payload_none')).toEqual({ messageId: 'w1', properties: {}, traits: {}, context: {} });
  });

  it('never passes over an event whose transaction is still open, even when later ones committed', async () => {
    const ws = await createWorkspace(database.db);
    const consumer = selective('sel_horizon', { names: ['Wanted'] });
    await drainConsumers(database.db, [consumer]);
    consumer.given.length = 0;
    let commit!: () => void;
    const committing = new Promise<void>((resolve) => (commit = resolve));
    let appended!: () => void;
    const written = new Promise<void>((resolve) => (appended = resolve));
    const slow = database.db.transaction(async (tx) => {
      await appendEvents(tx, ws.id, [event('late', 'Wanted')]);
      appended();
      await committing;
    });
    await written;
    const later = await appendEvents(database.db, ws.id, [event('o1', 'Other')]);
    expect(await stepConsumer(database.db, consumer)).toEqual({ applied: 0, passed: 0 });
    commit();
    await slow;
    await untilConsumable(database.db, later.appendedIds);
    await drainConsumers(database.db, [consumer]);
    expect(consumer.given).toEqual(['late']);
  });
});
