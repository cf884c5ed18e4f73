// Carrying a shop across from retain's PGlite engine: every row, the log's order and its consumers'
// places in it. The embedded project only: the import's target here is an embedded server of its own.
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDataDir, removeDataDir, runRetain, testEngine } from '../testing/index.js';
import { appendEvents, stepConsumer, type Consumer, type NewEvent } from '../modules/events/index.js';
import { createWorkspace } from '../modules/workspaces/index.js';
import { openDatabase, type Database, type Db } from './connection.js';
import { stopEmbeddedServer } from './embedded/server.js';
import { migrateDatabase, migrationsFolder } from './migrate.js';
import { importPgliteDataDir, type PgliteImportProgress, type PgliteImportSummary } from './pglite-import.js';

const track = (messageId: string): NewEvent => ({
  messageId,
  type: 'track',
  name: 'Order Completed',
  userId: 'u1',
  properties: { total: 12.5, note: 'tab\tand "quotes"' },
  occurredAt: new Date('2026-01-01T00:00:00Z'),
  receivedAt: new Date('2026-01-01T00:00:01Z'),
});

interface Shop {
  workspaceId: string;
  /** Rows per table, as PGlite holds them. */
  counts: Record<string, number>;
  /** Event ids in log order, (tx_id, id), as PGlite holds them. */
  logOrder: string[];
  /** The events the consumer "mailer" has yet to read, in log order. */
  unread: string[];
  customers: unknown[];
  orders: unknown[];
  events: unknown[];
}

// search_words is generated: the server computes it (PGlite's text search parser drops an emoji
// that PostgreSQL 18's keeps), so the stored columns are what must survive the move.
const customersQuery = "select to_jsonb(c) - 'search_words' as customer from customers c order by id";
const ordersQuery = 'select * from orders order by id';
const eventsQuery = `select id, workspace_id, message_id, type, name, user_id, properties, occurred_at, received_at
                       from events order by id`;

async function tableCounts(
  query: (text: string) => Promise<{ rows: unknown[] }>,
): Promise<Record<string, number>> {
  const tables = await query(
    `select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows as { name: string }[]) {
    const { rows } = await query(`select count(*)::int as count from "${name}"`);
    counts[name] = (rows[0] as { count: number }).count;
  }
  return counts;
}

/** Some transactions' events, a cursor part-way through them, and rows of the shop's other tables. */
async function writeShop(pglite: PGlite): Promise<Shop> {
  const db = drizzle({ client: pglite }) as unknown as Db;
  const workspace = await createWorkspace(db);
  const batches: string[][] = [];
  // Enough transactions that the server's own next ids would fall among the renumbered ones.
  const singles = Array.from({ length: 30 }, (_, index) => [`c${index}`]);
  for (const messageIds of [['a1', 'a2'], ['b1'], ...singles]) {
    batches.push((await appendEvents(db, workspace.id, messageIds.map(track))).appendedIds);
  }
  // Positions whose text order is not their order ('5' after '4000000000'), one far beyond
  // PGlite's counter: the renumbering must compare them as numbers.
  await pglite.query(
    `insert into events (id, tx_id, workspace_id, message_id, type, occurred_at, received_at)
     values ('event_zz_early', '5', $1, 'early', 'track', now(), now()),
            ('event_00_late', '4000000000', $1, 'late', 'track', now(), now())`,
    [workspace.id],
  );
  const tx = async (id: string) =>
    (await pglite.query<{ tx: string }>('select tx_id::text as tx from events where id = $1', [id])).rows[0]!
      .tx;
  const cursorEvent = batches[1]![0]!;
  await pglite.query(
    `insert into consumer_cursors (consumer, tx_id, event_id) values ('mailer', $1::xid8, $2), ('newcomer', '0', '')`,
    [await tx(cursorEvent), cursorEvent],
  );
  await pglite.query(
    `insert into analytics_pending_refreshes (event_id, workspace_id, tx_id, name, properties)
     values ($1, $2, $3::xid8, 'Order Completed', '{}')`,
    [batches[2]![0], workspace.id, await tx(batches[2]![0]!)],
  );
  await pglite.query(
    `insert into customers (id, workspace_id, external_id, email, first_name, traits, first_seen_at, last_seen_at)
     values ('customer_1', $1, 'u1', 'ada@example.com', 'Zoë 🎉', '{"plan":"pro"}', now(), now()),
            ('customer_2', $1, 'u2', null, null, '{}', now(), now())`,
    [workspace.id],
  );
  await pglite.query(
    `insert into orders (id, workspace_id, customer_id, order_id, placed_at, currency, total_minor, source_event_id)
     values ('order_1', $1, 'customer_1', 'A-1', now(), 'EUR', 1250, $2)`,
    [workspace.id, batches[0]![0]],
  );
  await pglite.query(
    `insert into points_accounts (workspace_id, customer_id, balance, lifetime_earned) values ($1, 'customer_1', 125, 125)`,
    [workspace.id],
  );
  const logOrder = (await pglite.query<{ id: string }>('select id from events order by tx_id, id')).rows.map(
    (row) => row.id,
  );
  return {
    workspaceId: workspace.id,
    counts: await tableCounts((text) => pglite.query(text)),
    logOrder,
    unread: logOrder.slice(logOrder.indexOf(cursorEvent) + 1),
    customers: (await pglite.query(customersQuery)).rows,
    orders: (await pglite.query(ordersQuery)).rows,
    events: (await pglite.query(eventsQuery)).rows,
  };
}

/** A consumer that notes the ids it is given. */
function noting(name: string, seen: string[]): Consumer {
  return { name, apply: async (_tx, events) => void seen.push(...events.map((event) => event.id)) };
}

describe.runIf(testEngine() === 'embedded')('importing a PGlite data directory', () => {
  let dataDir: string;
  let pgliteDir: string;
  let shop: Shop;
  let target: Database;
  let summary: PgliteImportSummary;
  /** The transaction id the server hands out first after the import. */
  let nextAfterImport: bigint;
  const progress: PgliteImportProgress[] = [];

  beforeAll(async () => {
    dataDir = freshDataDir();
    pgliteDir = path.join(path.dirname(dataDir), 'old.pglite');
    const pglite = await PGlite.create({ dataDir: pgliteDir, parsers: { 20: Number } });
    await migrate(drizzle({ client: pglite }), { migrationsFolder });
    shop = await writeShop(pglite);
    await pglite.close();
    target = await openDatabase({ dataDir });
    await migrateDatabase(target);
    summary = await importPgliteDataDir(pgliteDir, target, (step) => progress.push(step));
    nextAfterImport = BigInt(
      (await target.pool.query<{ x: string }>('select pg_current_xact_id()::text as x')).rows[0]!.x,
    );
  });

  afterAll(async () => {
    await target?.close();
    await stopEmbeddedServer(dataDir);
    removeDataDir(dataDir);
  });

  it('copies every row of every table', async () => {
    expect(await tableCounts((text) => target.pool.query(text))).toEqual(shop.counts);
    expect(Object.fromEntries(summary.tables.map((table) => [table.table, table.rows]))).toEqual(shop.counts);
    expect((await target.pool.query(customersQuery)).rows).toEqual(shop.customers);
    expect((await target.pool.query(ordersQuery)).rows).toEqual(shop.orders);
    expect((await target.pool.query(eventsQuery)).rows).toEqual(shop.events);
    expect(progress.at(-1)).toMatchObject({ pagesDone: progress.at(-1)!.pagesTotal });
    expect(progress.find((step) => step.table === 'events')?.rows).toBe(shop.counts.events);
  });

  it('renumbers the log positions after the server’s, densely, keeping their order', async () => {
    const { rows } = await target.pool.query<{ id: string; tx: string }>(
      'select id, tx_id::text as tx from events order by tx_id, id',
    );
    expect(rows.map((row) => row.id)).toEqual(shop.logOrder);
    const distinct = [...new Set(rows.map((row) => BigInt(row.tx)))];
    expect(distinct).toHaveLength(summary.transactions);
    expect(distinct.at(-1)! - distinct[0]!).toBe(BigInt(distinct.length - 1));
    expect(nextAfterImport).toBeGreaterThan(distinct.at(-1)!);
  });

  it('moves cursors and queued refreshes with their events, leaving a cursor at the start there', async () => {
    const { rows } = await target.pool.query<{ consumer: string; tx: string; event_tx: string | null }>(
      `select c.consumer, c.tx_id::text as tx, e.tx_id::text as event_tx
         from consumer_cursors c left join events e on e.id = c.event_id order by c.consumer`,
    );
    expect(rows.map((row) => row.consumer)).toEqual(['mailer', 'newcomer']);
    expect(rows[0]!.tx).toBe(rows[0]!.event_tx);
    expect(rows[1]).toMatchObject({ tx: '0', event_tx: null });
    const refresh = await target.pool.query<{ same: boolean }>(
      `select p.tx_id = e.tx_id as same from analytics_pending_refreshes p join events e on e.id = p.event_id`,
    );
    expect(refresh.rows).toEqual([{ same: true }]);
  });

  it('lets a consumer resume right after its cursor, and puts events appended since after the old ones', async () => {
    const appended = await appendEvents(target.db, shop.workspaceId, [track('d1')]);
    const seen: string[] = [];
    const mailer = noting('mailer', seen);
    // One step, no waiting: every event is readable at once, in one page, and only once.
    expect(await stepConsumer(target.db, mailer)).toEqual({
      applied: shop.unread.length + 1,
      passed: shop.unread.length + 1,
    });
    expect(await stepConsumer(target.db, mailer)).toEqual({ applied: 0, passed: 0 });
    expect(seen).toEqual([...shop.unread, ...appended.appendedIds]);

    const fromStart: string[] = [];
    await stepConsumer(target.db, noting('newcomer', fromStart));
    expect(fromStart).toEqual([...shop.logOrder, ...appended.appendedIds]);
  });

  it('refuses a second import into a database that holds a workspace', async () => {
    await expect(importPgliteDataDir(pgliteDir, target)).rejects.toThrow(
      `already holds workspace ${shop.workspaceId}`,
    );
  });

  it('is what opening the PGlite directory asks for', async () => {
    const where = path.resolve(pgliteDir);
    await expect(openDatabase({ dataDir: pgliteDir })).rejects.toThrow(
      `npx retain migrate --from-pglite ${where}.pglite --data-dir ${where}`,
    );
  });

  it('runs as `retain migrate --from-pglite`', { timeout: 120_000 }, async () => {
    const cliDir = freshDataDir();
    try {
      const refused = await runRetain(['migrate', '--from-pglite', dataDir, '--data-dir', cliDir]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("is not a data directory of retain's earlier PGlite engine");

      const run = await runRetain(['migrate', '--from-pglite', pgliteDir, '--data-dir', cliDir]);
      expect(run.stderr).toContain('migrations are current');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^events +${shop.counts.events}$`, 'm'));
      expect(run.stdout).toContain(`transactions of its log renumbered`);
    } finally {
      await stopEmbeddedServer(cliDir);
      removeDataDir(cliDir);
    }
  });
});
