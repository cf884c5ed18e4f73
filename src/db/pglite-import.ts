import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pgliteImportSlicePages } from '../core/limits.js';
import type { Database } from './connection.js';
import { sqlState } from './errors.js';
import { isPgliteDataDir } from './embedded/server.js';
import { migrationsFolder } from './migrate.js';
import { refreshPlannerStatistics } from './statistics.js';

// A shop that ran retain on PGlite keeps its data in a PGlite data directory, which the embedded
// PostgreSQL cannot open. This copies it, table by table, into an empty retain database.

export interface PgliteImportProgress {
  table: string;
  /** Rows of `table` copied so far. */
  rows: number;
  /** The source's heap pages copied so far and in all: the whole import's progress. */
  pagesDone: number;
  pagesTotal: number;
}

export interface PgliteImportSummary {
  tables: { table: string; rows: number }[];
  /** Distinct transactions the old log's positions named, renumbered after the target's current one. */
  transactions: number;
}

interface TableShape {
  name: string;
  columns: string[];
  /** Columns of type xid8: positions in the log, renumbered on the way. */
  txColumns: string[];
}

const ident = (name: string): string => pg.escapeIdentifier(name);

/** Throws unless `dir` holds a data directory written by retain's PGlite engine. */
export function assertPgliteDataDir(dir: string): void {
  // PGlite would initialise an empty database in any other directory, and the import would
  // then "succeed" with nothing in it.
  if (!isPgliteDataDir(dir)) {
    throw new Error(
      `${dir} is not a data directory of retain's earlier PGlite engine (it has no PG_VERSION at its root, ` +
        'or it is already a data directory of the embedded PostgreSQL).',
    );
  }
}

/**
 * Copies every table of the PGlite data directory `source` into `target`, which must hold no
 * workspace yet, in one transaction: the target gets all of it or none. The source's schema is
 * first brought up to date, so both sides have the same tables and columns.
 */
export async function importPgliteDataDir(
  source: string,
  target: Database,
  onProgress: (progress: PgliteImportProgress) => void = () => undefined,
): Promise<PgliteImportSummary> {
  assertPgliteDataDir(source);
  const summary = await copyInOneTransaction(source, target.pool, onProgress);
  await refreshPlannerStatistics(target.db);
  return summary;
}

async function copyInOneTransaction(
  source: string,
  pool: pg.Pool,
  onProgress: (progress: PgliteImportProgress) => void,
): Promise<PgliteImportSummary> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('begin');
    await claimEmptyTarget(client);
    const pglite = await openPglite(source);
    const summary = await copyAll(pglite, client, pool, onProgress).finally(() => pglite.close());
    await client.query('commit');
    return summary;
  } catch (error) {
    // A connection that cannot even roll back is not handed back to the pool.
    await client.query('rollback').catch((rollbackError: unknown) => {
      broken = rollbackError as Error;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

async function claimEmptyTarget(client: pg.PoolClient): Promise<void> {
  // The copy runs in any order and carries every derived table as it was: no trigger or foreign
  // key may act on the rows on their way in.
  await client.query('set local session_replication_role = replica').catch((error: unknown) => {
    if (sqlState(error) !== '42501') throw error;
    throw new Error(
      'Importing a PGlite directory needs a PostgreSQL superuser (to set session_replication_role).',
    );
  });
  await client.query('set local statement_timeout = 0');
  // Held to the commit: a `retain start` on the same database meanwhile waits to look for its
  // workspace, and then finds the imported one instead of creating a second.
  await client.query('lock table workspaces in access exclusive mode');
  const found = await client.query<{ id: string }>('select id from workspaces limit 1');
  if (found.rows[0]) {
    throw new Error(
      `The target database already holds workspace ${found.rows[0].id}: a PGlite directory is imported only ` +
        'into an empty one, never merged into a shop. Import into a new data directory.',
    );
  }
}

async function openPglite(dir: string): Promise<PGlite> {
  // Loaded here only: the WASM engine is of no use to retain but for this import.
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const pglite = await PGlite.create({ dataDir: dir });
  try {
    await migrate(drizzle({ client: pglite }), { migrationsFolder });
    return pglite;
  } catch (error) {
    await pglite.close();
    throw error;
  }
}

async function copyAll(
  pglite: PGlite,
  client: pg.PoolClient,
  pool: pg.Pool,
  onProgress: (progress: PgliteImportProgress) => void,
): Promise<PgliteImportSummary> {
  const tables = await targetTables(client);
  await assertNothingLeftBehind(pglite, tables);
  const current = (await client.query<{ x: string }>('select pg_current_xact_id()::text as x')).rows[0]!.x;
  const transactions = await renumberTransactions(pglite, tables, current);
  const pages = await pageCounts(pglite);
  const counter = { done: 0, total: [...pages.values()].reduce((sum, count) => sum + count, 0) };
  const copied: PgliteImportSummary['tables'] = [];
  for (const table of tables) {
    const rows = await copyTable(pglite, client, table, pages.get(table.name) ?? 0, (rows, pagesDone) => {
      counter.done += pagesDone;
      onProgress({ table: table.name, rows, pagesDone: counter.done, pagesTotal: counter.total });
    });
    copied.push({ table: table.name, rows });
  }
  await passTransactionId(pool, BigInt(current) + BigInt(transactions));
  return { tables: copied, transactions };
}

/** The target's tables and the columns a COPY can write, in table order. */
async function targetTables(client: pg.PoolClient): Promise<TableShape[]> {
  const { rows } = await client.query<{ table: string; column: string; tx: boolean }>(
    `select c.table_name as table, c.column_name as column, c.udt_name = 'xid8' as tx
       from information_schema.columns c
       join information_schema.tables t using (table_schema, table_name)
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.is_generated = 'NEVER'
      order by c.table_name, c.ordinal_position`,
  );
  const tables = new Map<string, TableShape>();
  for (const row of rows) {
    const table = tables.get(row.table) ?? { name: row.table, columns: [], txColumns: [] };
    table.columns.push(row.column);
    if (row.tx) table.txColumns.push(row.column);
    tables.set(row.table, table);
  }
  return [...tables.values()];
}

/** Refuses a source with a table or column the target lacks: its data would not arrive. */
async function assertNothingLeftBehind(pglite: PGlite, tables: TableShape[]): Promise<void> {
  const known = new Set(tables.flatMap((table) => table.columns.map((column) => `${table.name}.${column}`)));
  const { rows } = await pglite.query<{ name: string }>(
    `select c.table_name || '.' || c.column_name as name
       from information_schema.columns c
       join information_schema.tables t using (table_schema, table_name)
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.is_generated = 'NEVER'`,
  );
  const missing = rows.map((row) => row.name).filter((name) => !known.has(name));
  if (missing.length > 0) {
    throw new Error(`The PGlite directory has columns this retain does not know: ${missing.join(', ')}.`);
  }
}

/**
 * Maps every position the old log names to a new transaction id after `current`, the target's,
 * keeping their order (a dense rank): consumers read an event only once its tx_id is below every
 * running transaction and sort the log by (tx_id, id), and PGlite's own ids are unrelated to the
 * target's counter — in its future, events would stay invisible; among its next ids, new events
 * would sort before old ones and cursors pass over them. 0, a cursor's "nothing read yet", stays.
 */
async function renumberTransactions(pglite: PGlite, tables: TableShape[], current: string): Promise<number> {
  const positions = tables.flatMap((table) =>
    table.txColumns.map((column) => `select ${ident(column)} as tx from ${ident(table.name)}`),
  );
  await pglite.exec('create temp table retain_tx_map (old xid8 primary key, new xid8 not null)');
  const mapped = await pglite.query(
    `insert into retain_tx_map
     select tx, ($1::numeric + row_number() over (order by tx))::text::xid8
       from (${positions.join(' union ')}) positions
      where tx <> '0'::xid8`,
    [current],
  );
  return mapped.affectedRows ?? 0;
}

async function pageCounts(pglite: PGlite): Promise<Map<string, number>> {
  const { rows } = await pglite.query<{ name: string; pages: number }>(
    `select c.relname as name, (pg_relation_size(c.oid) / current_setting('block_size')::int)::int as pages
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'`,
  );
  return new Map(rows.map((row) => [row.name, row.pages]));
}

function exportStatement(table: TableShape, fromPage: number, toPage: number | undefined): string {
  const columns = table.columns.map((column) =>
    table.txColumns.includes(column)
      ? `coalesce((select new from retain_tx_map where old = t.${ident(column)}), t.${ident(column)})`
      : `t.${ident(column)}`,
  );
  // The last slice is open-ended, so rows on pages the size missed still go.
  const upTo = toPage === undefined ? '' : ` and t.ctid < '(${toPage},0)'::tid`;
  return `copy (select ${columns.join(', ')} from ${ident(table.name)} t
                 where t.ctid >= '(${fromPage},0)'::tid${upTo}) to '/dev/blob'`;
}

/** Streams one table across, slice by slice, into one COPY; answers the rows copied. */
async function copyTable(
  pglite: PGlite,
  client: pg.PoolClient,
  table: TableShape,
  pages: number,
  onSlice: (rows: number, pages: number) => void,
): Promise<number> {
  let exported = 0;
  async function* slices() {
    for (let from = 0; ; from += pgliteImportSlicePages) {
      const last = from + pgliteImportSlicePages >= pages;
      const result = await pglite.query(
        exportStatement(table, from, last ? undefined : from + pgliteImportSlicePages),
      );
      exported += result.rowCount ?? 0;
      if (result.blob) yield* result.blob.stream();
      onSlice(exported, Math.min(pgliteImportSlicePages, pages - from));
      if (last) return;
    }
  }
  const columns = table.columns.map(ident).join(', ');
  const into = client.query(copyFrom(`copy ${ident(table.name)} (${columns}) from stdin`));
  await pipeline(slices, into);
  if (into.rowCount !== exported) {
    throw new Error(`${table.name}: ${exported} rows left PGlite but ${into.rowCount} arrived.`);
  }
  return exported;
}

/**
 * Moves the target's transaction counter past `last`, the highest id the copied positions took, so
 * that transactions after the import get larger ids. Each pass of the loop commits one empty
 * transaction that took an id; it stops at an id rather than after a count, as other sessions may
 * take ids meanwhile. Measured on the embedded server (2 cores): 10,000 ids in 15 ms,
 * 100,000 in 136 ms — negligible beside the copy. synchronous_commit off keeps any of those commits
 * from waiting for a WAL flush (PostgreSQL already skips it for a transaction that wrote nothing:
 * "on" measured 22 ms for 10,000).
 */
async function passTransactionId(pool: pg.Pool, last: bigint): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('set synchronous_commit = off');
    await client.query('set statement_timeout = 0');
    // A DO block may commit only at the top level, outside any transaction: it cannot run in the
    // copy's transaction, which waits for it.
    await client.query(
      `do $$ begin loop exit when pg_current_xact_id() > '${last}'::xid8; commit; end loop; end $$`,
    );
  } finally {
    // Its session settings go with the connection rather than into the pool.
    client.release(true);
  }
}
