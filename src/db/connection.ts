import pg from 'pg';
import type { SQL } from 'drizzle-orm';
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/node-postgres';
import { poolConnectionsDefault, statementTimeoutMs } from '../core/limits.js';
import {
  embeddedSettings,
  ensureEmbeddedServer,
  stopEmbeddedServerWhenIdle,
  type EmbeddedServer,
} from './embedded/server.js';

/** The one database type the modules see: a transaction handle is a Db too. */
export type Db = PgDatabase<PgQueryResultHKT>;

/** Both are PostgreSQL: the embedded server retain runs in its data directory, or one at DATABASE_URL. */
type Engine = 'embedded' | 'external';

export interface Database {
  db: Db;
  engine: Engine;
  pool: pg.Pool;
  /** The embedded server this process connected to (absent with DATABASE_URL). */
  embedded?: EmbeddedServer;
  close(): Promise<void>;
}

export interface DatabaseConfig {
  /** postgres://… selects that server; otherwise the embedded one in `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  poolSize?: number;
  /** Settings the embedded server starts with, over `embeddedSettingsDefault`. */
  embeddedSettings?: Record<string, string> | undefined;
  /** Leave the embedded server running on close even when no one else uses it (the test run's). */
  keepEmbeddedServer?: boolean;
}

const int8Oid = 20;
const numericOid = 1700;

// bigint and numeric arrive as strings from node-postgres. Our bigints are money in minor units
// and points, each bounded below 2^53 (limits.ts), so they are parsed to plain numbers, once; a sum
// across customers that may pass 2^53 is cast to text in its statement and read as a bigint. This must be pg's global
// parser: Drizzle's session passes its own getTypeParser per query (keeping timestamps as strings
// for its column mapping) and falls back to the global one for every other type. So in raw rows
// timestamps are ISO strings: read them with `new Date(value)`.
const toNumber = (value: string): number => Number(value);
pg.types.setTypeParser(int8Oid, toNumber);
pg.types.setTypeParser(numericOid, toNumber);

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  const poolSize = config.poolSize ?? poolConnectionsDefault;
  if (config.databaseUrl) {
    const pool = await openPool(config.databaseUrl, poolSize);
    return { ...handles(pool), engine: 'external', close: () => pool.end() };
  }
  const { server, value: pool } = await ensureEmbeddedServer(
    config.dataDir ?? '.retain',
    embeddedSettings(config.embeddedSettings),
    (started) => openPool(started.url, poolSize),
  );
  return {
    ...handles(pool),
    engine: 'embedded',
    embedded: server,
    close: async () => {
      await pool.end();
      if (!config.keepEmbeddedServer) await stopEmbeddedServerWhenIdle(server);
    },
  };
}

async function openPool(url: string, poolSize: number): Promise<pg.Pool> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    statement_timeout: statementTimeoutMs,
    application_name: 'retain',
  });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on the next checkout.
  });
  await pool.query('select 1');
  return pool;
}

function handles(pool: pg.Pool): { db: Db; pool: pg.Pool } {
  return { db: drizzle({ client: pool }) as unknown as Db, pool };
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
