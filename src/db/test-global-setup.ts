import type { TestProject } from 'vitest/node';
import { openDatabase } from './connection.js';
import { temporaryDataDir } from './embedded/temporary-data-dir.js';
import { migrateDatabase } from './migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated database on the run's embedded server that each test file's database copies. */
    embeddedTemplateUrl: string;
  }
}

/**
 * The embedded project starts one embedded PostgreSQL for the whole run, in a temporary data
 * directory, and migrates the template database every test file copies; the postgres project
 * migrates the shared database at RETAIN_TEST_DATABASE_URL.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  if (project.name === 'postgres') {
    const database = await openDatabase({ databaseUrl: process.env.RETAIN_TEST_DATABASE_URL, poolSize: 2 });
    await migrateDatabase(database);
    await database.close();
    return;
  }
  const { dataDir, remove } = temporaryDataDir('test-run');
  const database = await openDatabase({ dataDir, poolSize: 2, keepEmbeddedServer: true });
  await migrateDatabase(database);
  await database.close();
  project.provide('embeddedTemplateUrl', database.embedded!.url);
  return remove;
}
