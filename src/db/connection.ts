import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { SQL } from 'drizzle-orm';
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { statementTimeoutMs } from '../core/limits.js';

/** The one database type the modules see: a transaction handle is a Db too. */
export type Db = PgDatabase<PgQueryResultHKT>;

export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  engine: Engine;
  close(): Promise<void>;
  /** Present on PGlite only: the single in-process connection (pg-boss uses it). */
  pglite?: PGlite;
  /** Present on PostgreSQL only. */
  pool?: pg.Pool;
}

export interface DatabaseConfig {
  /** postgres://… selects PostgreSQL; otherwise PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  poolSize?: number;
}

const int8Oid = 20;
const numericOid = 1700;

// bigint and numeric arrive as strings from node-postgres and as number-or-BigInt from PGlite
// (PARTS.md). Our bigints are money in minor units and points, far below 2^53, so both engines
// parse them to plain numbers, once. On node-postgres this must be pg's global parser: Drizzle's
// session passes its own getTypeParser per query (keeping timestamps as strings for its column
// mapping) and falls back to the global one for every other type. So in raw rows, timestamps are
// Date objects on PGlite and ISO strings on PostgreSQL: read them with `new Date(value)`.
const toNumber = (value: string): number => Number(value);
pg.types.setTypeParser(int8Oid, toNumber);
pg.types.setTypeParser(numericOid, toNumber);

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, config.poolSize ?? 16);
  return openPglite(config.dataDir);
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  const client = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    parsers: { [int8Oid]: toNumber, [numericOid]: toNumber },
  });
  const db = drizzlePglite({ client }) as unknown as Db;
  return { db, engine: 'pglite', pglite: client, close: () => client.close() };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    statement_timeout: statementTimeoutMs,
  });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on the next checkout.
  });
  await pool.query('select 1');
  const db = drizzlePostgres({ client: pool }) as unknown as Db;
  return { db, engine: 'postgres', pool, close: () => pool.end() };
}

/** Rows of a raw SQL statement, the same on both engines. */
export async function queryRows<Row>(db: Db, query: SQL): Promise<Row[]> {
  const result = await db.execute(query);
  return (result as unknown as { rows: Row[] }).rows;
}

const dialect = new PgDialect();

/**
 * One row of a statement run as a named prepared statement: on PostgreSQL each connection parses
 * and plans it once (pgbench's `-M prepared` beside its unnamed `-M extended`: 20–40% more calls of
 * the one-call ledger per second on two cores). `name` must always go with the same text.
 */
export async function queryPreparedOne<Row>(db: Db, name: string, query: SQL): Promise<Row | undefined> {
  const result = await db._.session.prepareQuery(dialect.sqlToQuery(query), undefined, name, false).execute();
  return (result as unknown as { rows: Row[] }).rows[0];
}

export async function queryOne<Row>(db: Db, query: SQL): Promise<Row | undefined> {
  const rows = await queryRows<Row>(db, query);
  return rows[0];
}
