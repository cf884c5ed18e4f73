import { temporaryDataDir } from '../db/embedded/temporary-data-dir.js';
import { testEngine } from '../db/test-helpers.js';

export interface ProcessStorage {
  databaseUrl?: string;
  dataDir?: string;
}

/**
 * Where `retain` processes started by a test keep their data: a data directory of their own on
 * the embedded engine (its server outlives a killed process and is shared by several), the shared
 * test database on PostgreSQL. `remove` stops that server and deletes the directory.
 */
export function processStorage(): { storage: ProcessStorage; remove(): Promise<void> } {
  if (testEngine() === 'postgres') {
    return { storage: { databaseUrl: process.env.RETAIN_TEST_DATABASE_URL! }, remove: async () => undefined };
  }
  const { dataDir, remove } = temporaryDataDir('test');
  return { storage: { dataDir }, remove };
}
