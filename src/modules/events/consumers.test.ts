import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows, type Database, type Db } from '../../db/connection.js';
import { openTestDatabase, settledOrWaiting, untilConsumable } from '../../testing/index.js';
import { createWorkspace } from '../workspaces/index.js';
import { appendEvents, readLogAfter, type LoggedEvent, type NewEvent } from './log.js';
import {
  drainConsumers,
  holdConsumer,
  runConsumers,
  stepConsumer,
  type Consumer,
  type StepResult,
} from './consumers.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

const track = (messageId: string, name = 'Thing Happened'): NewEvent => ({
  messageId,
  type: 'track',
  name,
  userId: 'u1',
  occurredAt: new Date('2026-01-01T00:00:00Z'),
  receivedAt: new Date('2026-01-01T00:00:00Z'),
});

/** A consumer that records, in a table of its own, the events of one workspace it applied. */
async function recordingConsumer(
  db: Db,
  name: string,
  workspaceId: string,
  failOn?: string,
): Promise<Consumer> {
  await db.execute(
    sql.raw(`create table if not exists ${name} (event_id text primary key, message_id text)`),
  );
  return {
    name,
    apply: async (tx, events: LoggedEvent[]) => {
      for (const event of events) {
        if (event.workspaceId !== workspaceId) continue;
        if (event.messageId === failOn) throw new Error('cannot apply');
        await tx.execute(sql`insert into ${sql.identifier(name)} values (${event.id}, ${event.messageId})`);
      }
    },
  };
}

describe('the log and its consumers', () => {
  it('drops duplicate messageIds, within a call and across calls', async () => {
    const ws = await createWorkspace(database.db);
    const first = await appendEvents(database.db, ws.id, [track('m1'), track('m2'), track('m1')]);
    expect(first.appendedIds).toHaveLength(2);
    expect(first.duplicates).toBe(1);
    const again = await appendEvents(database.db, ws.id, [track('m1'), track('m3')]);
    expect(again.appendedIds).toHaveLength(1);
    expect(again.duplicates).toBe(1);
  });

  it('applies every event exactly once, in log order', async () => {
    const ws = await createWorkspace(database.db);
    const name = `c_once_${ws.id.slice(-8).toLowerCase()}`;
    const consumer = await recordingConsumer(database.db, name, ws.id);
    await appendEvents(database.db, ws.id, [track('a'), track('b')]);
    await drainConsumers(database.db, [consumer]);
    await appendEvents(database.db, ws.id, [track('c')]);
    await drainConsumers(database.db, [consumer]);
    await drainConsumers(database.db, [consumer]);
    const rows = await queryRows<{ message_id: string }>(
      database.db,
      sql`select message_id from ${sql.identifier(name)} order by event_id`,
    );
    expect(rows.map((r) => r.message_id)).toEqual(['a', 'b', 'c']);
  });

  it('records an event it cannot apply and still applies the rest', async () => {
    const ws = await createWorkspace(database.db);
    const name = `c_fail_${ws.id.slice(-8).toLowerCase()}`;
    const consumer = await recordingConsumer(database.db, name, ws.id, 'bad');
    await appendEvents(database.db, ws.id, [track('ok1'), track('bad'), track('ok2')]);
    await drainConsumers(database.db, [consumer]);
    const rows = await queryRows<{ message_id: string }>(
      database.db,
      sql`select message_id from ${sql.identifier(name)} order by event_id`,
    );
    expect(rows.map((r) => r.message_id)).toEqual(['ok1', 'ok2']);
    const failures = await queryRows<{ error: string }>(
      database.db,
      sql`select error from consumer_failures where consumer = ${name}`,
    );
    expect(failures).toHaveLength(1);
    expect(failures[0]!.error).toContain('cannot apply');
  });

  it('lets only one runner hold a consumer at a time', async () => {
    const ws = await createWorkspace(database.db);
    const name = `c_hold_${ws.id.slice(-8).toLowerCase()}`;
    const consumer = await recordingConsumer(database.db, name, ws.id);
    // Start at the head of the (on PostgreSQL, shared) log so the next page surely holds 'x'.
    await drainConsumers(database.db, [consumer]);
    await untilConsumable(database.db, (await appendEvents(database.db, ws.id, [track('x')])).appendedIds);
    // Hold the consumer in one transaction; a second runner must step aside, not wait or apply.
    await stepConsumer(database.db, consumer, 0);
    let second!: Promise<StepResult>;
    await database.db.transaction(async (tx) => {
      expect(await holdConsumer(tx, name)).toBe(true);
      second = stepConsumer(database.db, consumer);
      expect(await settledOrWaiting(tx, second), 'the second runner steps aside').toBe('settled');
    });
    expect(await second).toEqual({ held: true });
    expect(await stepConsumer(database.db, consumer, 1_000_000)).toEqual({
      applied: expect.any(Number),
      passed: expect.any(Number),
    });
    const rows = await queryRows<{ message_id: string }>(
      database.db,
      sql`select message_id from ${sql.identifier(name)}`,
    );
    expect(rows.map((r) => r.message_id)).toEqual(['x']);
  });

  it('holds no transaction id while it reads, so it never holds back what other readers see', async () => {
    const ws = await createWorkspace(database.db);
    const name = `c_noid_${ws.id.slice(-8).toLowerCase()}`;
    const ids: (string | null)[] = [];
    const reading: Consumer = {
      name,
      apply: async (tx, events) => {
        if (!events.some((event) => event.workspaceId === ws.id)) return;
        const [row] = await queryRows<{ id: string | null }>(
          tx,
          sql`select pg_current_xact_id_if_assigned()::text as id`,
        );
        ids.push(row!.id);
      },
    };
    await appendEvents(database.db, ws.id, [track('read-only')]);
    await drainConsumers(database.db, [reading]);
    // Log readers see only events older than every running transaction id (log.ts): an id taken
    // before the consumer writes would hold them all back for the whole step.
    expect(ids).toEqual([null]);
  });

  it('plans a step without JIT or parallel workers, and only that step', async () => {
    const ws = await createWorkspace(database.db);
    const name = `c_plain_${ws.id.slice(-8).toLowerCase()}`;
    const settings = sql`select current_setting('jit') as jit,
                                current_setting('max_parallel_workers_per_gather') as workers`;
    const seen: { jit: string; workers: string }[] = [];
    const planning: Consumer = {
      name,
      apply: async (tx, events) => {
        if (events.some((event) => event.workspaceId === ws.id)) {
          seen.push(...(await queryRows<{ jit: string; workers: string }>(tx, settings)));
        }
      },
    };
    await appendEvents(database.db, ws.id, [track('planned')]);
    await drainConsumers(database.db, [planning]);
    expect(seen).toEqual([{ jit: 'off', workers: '0' }]);
    // For the step's transaction only: the pool's next checkout (its last released connection, the
    // step's) plans with the server's settings again.
    const after = await queryRows<{ name: string; kept: boolean }>(
      database.db,
      sql`select name, setting = reset_val as kept from pg_settings
          where name in ('jit', 'max_parallel_workers_per_gather') order by name`,
    );
    expect(after).toEqual([
      { name: 'jit', kept: true },
      { name: 'max_parallel_workers_per_gather', kept: true },
    ]);
  });

  it('rolls its step back when another runner moved the cursor after it read it', async () => {
    const ws = await createWorkspace(database.db);
    const name = `c_moved_${ws.id.slice(-8).toLowerCase()}`;
    // No key on the table: an event applied twice shows as two rows.
    await database.db.execute(sql.raw(`create table ${name} (message_id text)`));
    const record = async (db: Db, events: LoggedEvent[]) => {
      for (const event of events) {
        await db.execute(sql`insert into ${sql.identifier(name)} values (${event.messageId})`);
      }
    };
    let racing = false;
    const consumer: Consumer = {
      name,
      apply: async (tx, events) => {
        const ours = events.filter((event) => event.workspaceId === ws.id);
        if (racing && ours.length > 0) {
          racing = false;
          // The runner that held the consumer a moment ago commits this very page: this step's
          // read of the cursor, in the statement that took the lock, came from before its commit.
          await database.db.transaction(async (other) => {
            await record(other, ours);
            await other.execute(
              sql`update consumer_cursors c set tx_id = e.tx_id, event_id = e.id from events e
                  where c.consumer = ${name} and e.id = ${events.at(-1)!.id}`,
            );
          });
        }
        await record(tx, ours);
      },
    };
    await drainConsumers(database.db, [consumer]);
    const appended = await appendEvents(database.db, ws.id, [track('first'), track('second')]);
    await untilConsumable(database.db, appended.appendedIds);
    racing = true;
    expect(await stepConsumer(database.db, consumer, 1_000_000)).toEqual({ held: true });
    await drainConsumers(database.db, [consumer]);
    const rows = await queryRows<{ message_id: string }>(
      database.db,
      sql`select message_id from ${sql.identifier(name)} order by message_id`,
    );
    expect(rows.map((row) => row.message_id)).toEqual(['first', 'second']);
  });

  it('retries an event that met a deadlock instead of recording it as failed', async () => {
    const ws = await createWorkspace(database.db);
    const name = `c_retry_${ws.id.slice(-8).toLowerCase()}`;
    const recording = await recordingConsumer(database.db, name, ws.id);
    let deadlocks = 2;
    const flaky: Consumer = {
      name,
      apply: async (tx, events) => {
        // This workspace's only: a database the suite ran on before holds other 'contended' events.
        if (events.some((e) => e.workspaceId === ws.id && e.messageId === 'contended') && deadlocks-- > 0) {
          throw Object.assign(new Error('deadlock detected'), { code: '40P01' });
        }
        await recording.apply(tx, events);
      },
    };
    // Start at the head of the log (on PostgreSQL other test files share it), so the next page
    // surely holds the contended event.
    await drainConsumers(database.db, [flaky]);
    const appended = await appendEvents(database.db, ws.id, [
      track('before'),
      track('contended'),
      track('after'),
    ]);
    await untilConsumable(database.db, appended.appendedIds);
    await expect(stepConsumer(database.db, flaky, 1_000_000)).rejects.toThrow('deadlock detected');
    await drainConsumers(database.db, [flaky]);
    const rows = await queryRows<{ message_id: string }>(
      database.db,
      sql`select message_id from ${sql.identifier(name)} order by event_id`,
    );
    expect(rows.map((r) => r.message_id)).toEqual(['before', 'contended', 'after']);
    const failures = await queryRows(
      database.db,
      sql`select 1 from consumer_failures where consumer = ${name}`,
    );
    expect(failures).toHaveLength(0);
  });

  it('reads the log in numeric transaction order across a change in digit count', async () => {
    // Transaction ids 9, 10, 99 and 100 sort differently as text ('10' < '100' < '9' < '99');
    // they lie below every real transaction here, so these probes are the only events between.
    const ws = await createWorkspace(database.db);
    const at = new Date('2026-01-01T00:00:00Z');
    // Probes an earlier run on this database left would sit among these.
    await database.db.execute(sql`delete from events where id like 'evt\_probe\_%'`);
    for (const [txId, id] of [
      ['9', 'evt_probe_a'],
      ['10', 'evt_probe_b'],
      ['99', 'evt_probe_c'],
      ['100', 'evt_probe_d'],
    ]) {
      await database.db.execute(
        sql`insert into events (id, tx_id, workspace_id, message_id, type, name, anonymous_id, occurred_at, received_at)
            values (${id}, ${txId}::xid8, ${ws.id}, ${id}, 'track', 'Ordering Probe', 'probe', ${at}, ${at})`,
      );
    }
    const first = await readLogAfter(database.db, { txId: '8', eventId: '' }, 2);
    expect(first.events.map((e) => e.id)).toEqual(['evt_probe_a', 'evt_probe_b']);
    expect(first.last).toEqual({ txId: '10', eventId: 'evt_probe_b' });
    const second = await readLogAfter(database.db, first.last!, 2);
    expect(second.events.map((e) => e.id)).toEqual(['evt_probe_c', 'evt_probe_d']);
    expect(second.last).toEqual({ txId: '100', eventId: 'evt_probe_d' });
  });

  /**
   * Runs two consumers where the first one's step waits (up to `waitMs`) for the second to apply
   * the same event: answers whether it saw the second step while its own was running.
   */
  async function stepsOverlap(waitMs: number): Promise<boolean> {
    const ws = await createWorkspace(database.db);
    const suffix = ws.id.slice(-8).toLowerCase();
    let secondApplied!: () => void;
    const second = new Promise<void>((resolve) => (secondApplied = resolve));
    let answer!: (overlapped: boolean) => void;
    const answered = new Promise<boolean>((resolve) => (answer = resolve));
    const ours = (events: LoggedEvent[]) => events.some((event) => event.workspaceId === ws.id);
    const waiting: Consumer = {
      name: `c_waits_${suffix}`,
      apply: async (_tx, events) => {
        if (!ours(events)) return;
        const waited = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), waitMs));
        answer(await Promise.race([second.then(() => true), waited]));
      },
    };
    const other: Consumer = {
      name: `c_other_${suffix}`,
      apply: async (_tx, events) => void (ours(events) && secondApplied()),
    };
    // Both start at the end of the log, so each one's first page holds the event.
    await drainConsumers(database.db, [waiting, other]);
    await appendEvents(database.db, ws.id, [track('overlap')]);
    const errors: unknown[] = [];
    const runner = runConsumers(database.db, [waiting, other], (_name, error) => errors.push(error));
    const overlapped = await answered;
    await runner.stop();
    expect(errors).toEqual([]);
    return overlapped;
  }

  it('runs the consumers side by side: one step need not wait for another to finish', async () => {
    expect(await stepsOverlap(10_000)).toBe(true);
  });
});
