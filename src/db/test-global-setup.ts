import { openDatabase } from './connection.js';
import { initialiseDataDir } from './data-dir.js';
import { migrateDatabase } from './migrate.js';
import { templateDataDir } from './test-template.js';

export default async function setup(): Promise<void> {
  initialiseDataDir(templateDataDir());
  const url = process.env.RETAIN_TEST_DATABASE_URL;
  if (url) {
    const database = await openDatabase({ databaseUrl: url, poolSize: 2 });
    await migrateDatabase(database);
    await database.close();
  }
}
