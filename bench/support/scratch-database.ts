// Benchmarks on PostgreSQL write into a database of their own, created for the run and dropped after
// it: never into one that tests or people use.
import pg from 'pg';

/** The server's maintenance database, through which scratch databases are created and dropped. */
export const benchAdminUrl =
  process.env.RETAIN_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: benchAdminUrl, connectionTimeoutMillis: 2_000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function postgresReachable(): Promise<boolean> {
  try {
    await adminQuery('select 1');
    return true;
  } catch {
    return false;
  }
}

/** The address of a database on the bench's server. */
export function benchDatabaseUrl(name: string): string {
  const url = new URL(benchAdminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A new, empty database named after the bench and this run. */
export async function scratchDatabase(bench: string): Promise<ScratchDatabase> {
  const name = `retain_bench_${bench}_${process.pid}_${Date.now()}`;
  await adminQuery(`create database ${name}`);
  return {
    name,
    url: benchDatabaseUrl(name),
    drop: () => adminQuery(`drop database if exists ${name} with (force)`),
  };
}
