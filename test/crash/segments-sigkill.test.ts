import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows, type Database } from '../../src/db/connection.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { openPrivateTestDatabase, testEngine } from '../../src/db/test-helpers.js';
import { createApiKey } from '../../src/modules/auth/index.js';
import { consumerStatuses } from '../../src/modules/events/index.js';
import { createWorkspace } from '../../src/modules/workspaces/index.js';
import { consumers } from '../../src/server/consumers.js';
import { processStorage, spawnServer, stopServer, type ServerProcess } from '../../src/testing/index.js';

// The segments consumer killed with SIGKILL while it works through a burst of trait flips, then
// restarted on the same database: every membership change is in the log exactly once, as the
// `Segment Entered` / `Segment Exited` of its membership row, and the memberships end as the
// customers' last traits say. The changes, their events and the cursor commit together or not at
// all; were they separate, the kill would leave a row without its event (or the reverse), or a
// change the cursor had already passed would never be made.
// On PostgreSQL the processes get a database of their own, so the log holds this test's events only.
const privateDatabase = testEngine() === 'postgres' ? await openPrivateTestDatabase() : undefined;
const { storage, remove } = privateDatabase
  ? { storage: { databaseUrl: privateDatabase.url! }, remove: () => privateDatabase.close() }
  : processStorage();
afterAll(remove);

const customerCount = 300;
const batchSize = 50;
const blockSize = 10;
// Odd-numbered customers flip three times (ending in), even ones four (ending out).
const flipsOf = (index: number) => (index % 2 === 1 ? 3 : 4);
// Killed once this many members entered and an evaluation is writing: part-way through the burst.
const killAfterEntered = 40;

interface Identify {
  type: 'identify';
  userId: string;
  messageId: string;
  timestamp: string;
  traits: { vip: boolean };
}

/**
 * Customers in blocks, each block's customers flipping round by round before the next block starts:
 * a customer's flips are near each other in the log, so the consumer sees some of the in-between
 * answers, and no later event re-evaluates a block the consumer has passed (a change lost at the
 * crash would stay lost). Explicit times make the last flip unambiguous.
 */
function flipBatches(): Identify[][] {
  const start = Date.now() - 3_600_000;
  const events: Identify[] = [];
  for (let block = 0; block < customerCount; block += blockSize) {
    for (let round = 0; round < 4; round++) {
      for (let i = block; i < Math.min(block + blockSize, customerCount); i++) {
        if (round >= flipsOf(i)) continue;
        events.push({
          type: 'identify',
          userId: `u${i}`,
          messageId: `flip-${i}-${round}`,
          timestamp: new Date(start + i * 10 + round).toISOString(),
          traits: { vip: round % 2 === 0 },
        });
      }
    }
  }
  const batches: Identify[][] = [];
  for (let at = 0; at < events.length; at += batchSize) batches.push(events.slice(at, at + batchSize));
  return batches;
}

async function open(): Promise<Database> {
  const database = await openDatabase(storage);
  await migrateDatabase(database);
  return database;
}

async function call(server: ServerProcess, key: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return JSON.parse(text) as Record<string, unknown>;
}

/** Sends batches from `from` on, in order; answers the first one not known to be accepted (the process died). */
async function sendFrom(
  server: ServerProcess,
  key: string,
  batches: Identify[][],
  from: number,
): Promise<number> {
  for (let next = from; next < batches.length; next++) {
    try {
      await call(server, key, 'POST', '/v1/batch', { batch: batches[next] });
    } catch (error) {
      if (error instanceof Error && error.message.includes('answered')) throw error;
      return next;
    }
    // Paced, so the consumer is still behind the senders when the kill comes.
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return batches.length;
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

interface MembershipEvent {
  name: 'Segment Entered' | 'Segment Exited';
  customer_id: string;
  membership_id: string;
}

async function membershipEvents(database: Database, workspaceId: string, segmentId: string) {
  return queryRows<MembershipEvent>(
    database.db,
    sql`select name, properties->>'customer_id' as customer_id, properties->>'membership_id' as membership_id
        from events
        where workspace_id = ${workspaceId} and source = 'retain'
          and name in ('Segment Entered', 'Segment Exited') and properties->>'segment_id' = ${segmentId}
        order by tx_id, id`,
  );
}

/**
 * Whether a transaction is evaluating customers and has written: evaluation holds each customer's
 * advisory lock until commit, and a transaction that wrote holds its transaction id. The kill then
 * lands after a page's first changes and before its commit, where changes and cursor would part
 * were they in separate transactions.
 */
async function evaluationWriting(database: Database): Promise<boolean> {
  const [row] = await queryRows<{ open: boolean }>(
    database.db,
    sql`select exists (
          select 1 from pg_locks a join pg_database d on d.oid = a.database
          join pg_locks x on x.pid = a.pid and x.locktype = 'transactionid' and x.granted
          where a.locktype = 'advisory' and a.granted and d.datname = current_database()
            and a.pid <> pg_backend_pid()
        ) as open`,
  );
  return row!.open;
}

async function segmentsBehind(database: Database): Promise<number> {
  const status = (await consumerStatuses(database.db)).find((row) => row.consumer === 'segments');
  return status ? status.eventsBehind : Number.POSITIVE_INFINITY;
}

/** Every consumer's cursor at the end of the log, twice in a row (the segments consumer appends). */
async function drained(database: Database): Promise<boolean> {
  const allDone = async () => {
    const statuses = await consumerStatuses(database.db);
    return (
      consumers.every((consumer) => statuses.some((status) => status.consumer === consumer.name)) &&
      statuses.every((status) => status.eventsBehind === 0)
    );
  };
  if (!(await allDone())) return false;
  await new Promise((resolve) => setTimeout(resolve, 500));
  return allDone();
}

describe('segment memberships across a crash', () => {
  it('a segments consumer killed mid-burst and restarted emits each enter and exit exactly once', async () => {
    const env = { RETAIN_SECRET_KEY: crypto.randomBytes(32).toString('hex') };
    const database = await open();
    const workspace = await createWorkspace(database.db, { timezone: 'UTC' });
    const key = (await createApiKey(database.db, workspace.id)).key;
    const batches = flipBatches();
    let server = await spawnServer({ ...storage, env });
    try {
      const segment = await call(server, key, 'POST', '/v1/segments', {
        name: 'VIPs',
        definition: { field: 'traits.vip', op: 'eq', value: true },
      });
      const segmentId = segment.id as string;
      // No customers yet: the worker's first build finishes at once and the consumer does the rest.
      await until(
        async () => (await call(server, key, 'GET', `/v1/segments/${segmentId}`)).status === 'live',
        'the segment to be live',
      );

      const sending = sendFrom(server, key, batches, 0);
      await until(
        async () =>
          (await membershipEvents(database, workspace.id, segmentId)).length >= killAfterEntered &&
          (await evaluationWriting(database)),
        'the first members and an evaluation under way',
      );
      server.child.kill('SIGKILL');
      expect(await server.exited).toBe('SIGKILL');
      const resumeAt = await sending;
      // The kill landed while the consumer was part-way through the burst: the window under test.
      const beforeRestart = await membershipEvents(database, workspace.id, segmentId);
      expect(beforeRestart.length).toBeGreaterThanOrEqual(killAfterEntered);
      expect(await segmentsBehind(database)).toBeGreaterThan(0);

      server = await spawnServer({ ...storage, env });
      // The batch in flight may or may not have been accepted: it is sent again (its message ids dedupe it).
      expect(await sendFrom(server, key, batches, Math.max(0, resumeAt - 1))).toBe(batches.length);
      await until(() => drained(database), 'the consumers to drain');

      const [failures] = await queryRows<{ n: number }>(
        database.db,
        sql`select count(*)::int as n from consumer_failures where workspace_id = ${workspace.id}`,
      );
      expect(failures!.n).toBe(0);
      const customers = await queryRows<{ id: string; external_id: string; vip: boolean | null }>(
        database.db,
        sql`select id, external_id, (traits->>'vip')::boolean as vip
            from customers where workspace_id = ${workspace.id} and merged_into is null`,
      );
      expect(customers).toHaveLength(customerCount);
      const memberships = await queryRows<{ id: string; customer_id: string; exited: boolean }>(
        database.db,
        sql`select id, customer_id, exited_at is not null as exited
            from segment_memberships where segment_id = ${segmentId}`,
      );
      const events = await membershipEvents(database, workspace.id, segmentId);
      const entered = events.filter((event) => event.name === 'Segment Entered');
      const exited = events.filter((event) => event.name === 'Segment Exited');

      // One Entered per membership row, one Exited per closed row, and no event without its row.
      expect(entered).toHaveLength(memberships.length);
      expect(exited).toHaveLength(memberships.filter((row) => row.exited).length);
      const rows = new Map(memberships.map((row) => [row.id, row]));
      const enteredOf = new Map<string, number>();
      const exitedOf = new Map<string, number>();
      for (const event of events) {
        const row = rows.get(event.membership_id);
        expect(row, `${event.name} ${event.membership_id} has its membership row`).toBeDefined();
        expect(event.customer_id).toBe(row!.customer_id);
        const counts = event.name === 'Segment Entered' ? enteredOf : exitedOf;
        counts.set(event.membership_id, (counts.get(event.membership_id) ?? 0) + 1);
      }
      for (const row of memberships) {
        expect(enteredOf.get(row.id), `Entered of ${row.id}`).toBe(1);
        expect(exitedOf.get(row.id) ?? 0, `Exited of ${row.id}`).toBe(row.exited ? 1 : 0);
      }

      // Per customer, in log order: enter, exit, enter… each exit closing the stay just entered.
      const byCustomer = new Map<string, MembershipEvent[]>();
      for (const event of events)
        byCustomer.set(event.customer_id, [...(byCustomer.get(event.customer_id) ?? []), event]);
      for (const [customerId, sequence] of byCustomer) {
        sequence.forEach((event, index) => {
          expect(event.name, `${customerId}'s change ${index}`).toBe(
            index % 2 === 0 ? 'Segment Entered' : 'Segment Exited',
          );
          if (index % 2 === 1) expect(event.membership_id).toBe(sequence[index - 1]!.membership_id);
        });
      }

      // The memberships end as each customer's last flip says.
      const current = new Set(memberships.filter((row) => !row.exited).map((row) => row.customer_id));
      for (const customer of customers) {
        const index = Number(customer.external_id.slice(1));
        const finalVip = flipsOf(index) % 2 === 1;
        expect(customer.vip, `${customer.external_id}'s last trait`).toBe(finalVip);
        expect(current.has(customer.id), `${customer.external_id} is a member`).toBe(finalVip);
      }
      expect(current.size).toBe(customerCount / 2);
    } finally {
      await stopServer(server);
      await database.close();
    }
  }, 300_000);
});
