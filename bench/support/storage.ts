// Where a benchmark keeps its data: on `embedded`, a fresh retain data directory in a temporary
// folder, whose PostgreSQL server retain starts on first use; on `postgres`, a scratch database on
// the machine's server (scratch-database.ts). Either way, `remove()` leaves nothing behind.
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../../src/db/connection.js';
import { temporaryDataDir } from '../../src/db/embedded/temporary-data-dir.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { benchAdminUrl, postgresReachable, scratchDatabase } from './scratch-database.js';

export type BenchEngine = 'embedded' | 'postgres';

const benchEngines: readonly BenchEngine[] = ['embedded', 'postgres'];

/** `--engine embedded|postgres|both` → the engines to run, in that order. */
export function enginesOf(value: string | undefined): BenchEngine[] {
  if (value === undefined || value === 'both') return [...benchEngines];
  if (value === 'embedded' || value === 'postgres') return [value];
  throw new Error(`--engine must be embedded, postgres or both, not ${value}`);
}

export interface BenchStorage {
  engine: BenchEngine;
  /** Set on `postgres`: the scratch database. */
  databaseUrl: string | undefined;
  /** The data directory on `embedded` (a path that is never created on `postgres`). */
  dataDir: string;
  /** Stops the embedded server if it still runs, and removes the data directory or the database. */
  remove(): Promise<void>;
}

export async function benchStorage(engine: BenchEngine, bench: string): Promise<BenchStorage> {
  if (engine === 'embedded') {
    const { dataDir, remove } = temporaryDataDir(`bench-${bench}`);
    return { engine, databaseUrl: undefined, dataDir, remove };
  }
  const database = await scratchDatabase(bench);
  return {
    engine,
    databaseUrl: database.url,
    dataDir: path.join(os.tmpdir(), 'retain-bench-unused'),
    remove: () => database.drop(),
  };
}

/** Whether the engine can run here: the embedded one always can; `postgres` needs its server. */
export async function engineAvailable(engine: BenchEngine): Promise<boolean> {
  if (engine === 'embedded' || (await postgresReachable())) return true;
  console.log(`postgres skipped: ${benchAdminUrl} is not reachable`);
  return false;
}

/** A migrated database of the bench's own on `engine`, with `poolSize` connections; `remove` drops it. */
export async function migratedBenchDatabase(
  engine: BenchEngine,
  bench: string,
  poolSize: number,
): Promise<{ database: Database; remove(): Promise<void> }> {
  const storage = await benchStorage(engine, bench);
  const database = await openDatabase({
    databaseUrl: storage.databaseUrl,
    dataDir: storage.dataDir,
    poolSize,
  }).catch(async (error: unknown) => {
    await storage.remove();
    throw error;
  });
  const remove = async () => {
    await database.close();
    await storage.remove();
  };
  await migrateDatabase(database).catch(async (error: unknown) => {
    await remove();
    throw error;
  });
  return { database, remove };
}

/** `--name value` from a bench's arguments, else `fallback`. */
export function flagValue(args: string[], name: string, fallback: string): string {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1]! : fallback;
}
