import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from './connection.js';
import { migrateDatabase } from './migrate.js';
import { templateDataDir } from './test-template.js';

export type TestEngine = 'pglite' | 'postgres';

export function testEngine(): TestEngine {
  return process.env.RETAIN_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';
}

/**
 * A migrated database for one test file: a private copy of the PGlite template, or the shared
 * PostgreSQL test database. Tests isolate themselves by creating their own workspace.
 */
export async function openTestDatabase(): Promise<Database & { dataDir?: string }> {
  if (testEngine() === 'postgres') {
    const url = process.env.RETAIN_TEST_DATABASE_URL;
    if (!url) throw new Error('RETAIN_TEST_ENGINE=postgres needs RETAIN_TEST_DATABASE_URL');
    return openDatabase({ databaseUrl: url, poolSize: 40 });
  }
  const dataDir = copyTemplate();
  const database = await openDatabase({ dataDir });
  return {
    ...database,
    dataDir,
    close: async () => {
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A migrated database no other test file writes to, for tests that need the whole log or the
 * first workspace to themselves. On PGlite every test file has that already; on PostgreSQL this
 * creates a database beside the shared one and drops it on close. `url` is set on PostgreSQL,
 * for tests that hand the database to a child process.
 */
export async function openPrivateTestDatabase(): Promise<Database & { url?: string }> {
  if (testEngine() !== 'postgres') return openTestDatabase();
  const url = await createPostgresDatabase();
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  await migrateDatabase(database);
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      await dropPostgresDatabase(url);
    },
  };
}

async function createPostgresDatabase(): Promise<URL> {
  const shared = new URL(process.env.RETAIN_TEST_DATABASE_URL!);
  const name = `${shared.pathname.slice(1)}_p${process.pid}_${Date.now()}`;
  await withAdminClient(shared, (client) => client.query(`create database ${name}`));
  const url = new URL(shared);
  url.pathname = `/${name}`;
  return url;
}

async function dropPostgresDatabase(url: URL): Promise<void> {
  const admin = new URL(process.env.RETAIN_TEST_DATABASE_URL!);
  await withAdminClient(admin, (client) =>
    client.query(`drop database if exists ${url.pathname.slice(1)} with (force)`),
  );
}

async function withAdminClient<T>(url: URL, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh migrated PGlite data directory (for tests that start server processes on it). */
export function copyTemplate(): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'retain-test-'));
  fs.cpSync(templateDataDir(), dataDir, { recursive: true });
  return dataDir;
}
