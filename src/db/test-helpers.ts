import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from './connection.js';
import { migrateDatabase } from './migrate.js';
import { temporaryDataDir } from './embedded/temporary-data-dir.js';

/** Where the suite runs: the embedded PostgreSQL the run starts (default), or RETAIN_TEST_DATABASE_URL. */
export type TestEngine = 'embedded' | 'postgres';

export function testEngine(): TestEngine {
  return process.env.RETAIN_TEST_ENGINE === 'postgres' ? 'postgres' : 'embedded';
}

let databasesMade = 0;

/**
 * A migrated database for one test file. On the embedded server the run started, a database of
 * its own, copied from the migrated template (so it holds the whole log and the first workspace
 * alone); on an external PostgreSQL, the shared test database, where tests isolate themselves
 * by creating their own workspace. `url` is set for tests that hand the database to a child process.
 */
export async function openTestDatabase(): Promise<Database & { url?: string }> {
  if (testEngine() === 'postgres') {
    const url = process.env.RETAIN_TEST_DATABASE_URL;
    if (!url) throw new Error('RETAIN_TEST_ENGINE=postgres needs RETAIN_TEST_DATABASE_URL');
    return openDatabase({ databaseUrl: url, poolSize: 40 });
  }
  const template = new URL(inject('embeddedTemplateUrl'));
  const name = `test_${process.pid}_${(databasesMade += 1)}_${Date.now()}`;
  await withAdminClient(template, (client) =>
    client.query(`create database ${name} template ${template.pathname.slice(1)}`),
  );
  const url = new URL(template);
  url.pathname = `/${name}`;
  return ownedDatabase(url, template, 40);
}

/**
 * A migrated database no other test file writes to, for tests that need the whole log or the
 * first workspace to themselves: on the embedded server every test file has that already; on
 * PostgreSQL this creates a database beside the shared one and drops it on close.
 */
export async function openPrivateTestDatabase(): Promise<Database & { url?: string }> {
  if (testEngine() !== 'postgres') return openTestDatabase();
  const shared = new URL(process.env.RETAIN_TEST_DATABASE_URL!);
  const url = new URL(shared);
  url.pathname = `/${shared.pathname.slice(1)}_p${process.pid}_${Date.now()}`;
  await withAdminClient(shared, (client) => client.query(`create database ${url.pathname.slice(1)}`));
  const database = await ownedDatabase(url, shared, 4);
  await migrateDatabase(database);
  return database;
}

async function ownedDatabase(url: URL, admin: URL, poolSize: number): Promise<Database & { url: string }> {
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize });
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      await withAdminClient(admin, (client) =>
        client.query(`drop database if exists ${url.pathname.slice(1)} with (force)`),
      );
    },
  };
}

async function withAdminClient<T>(url: URL, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * An empty directory for a retain data directory (tests that start `retain` processes on one):
 * the first process to use it initialises its own embedded server there.
 */
export function freshDataDir(): string {
  return temporaryDataDir('test').dataDir;
}

export function removeDataDir(dataDir: string): void {
  fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
}
