import { sql } from 'drizzle-orm';
import { queryOne, type Database } from './connection.js';

/** What `retain doctor` says of the database: which engine, its version, where its data is, how it is set. */
export interface EngineReport {
  engine: 'embedded' | 'external';
  /** PostgreSQL's own version string, e.g. "18.4". */
  version: string;
  /** The data directory (embedded), or host:port/database without credentials (external). */
  location: string;
  /** The embedded server's log file. */
  logFile?: string;
  settings: { shared_buffers: string; max_connections: string; synchronous_commit: string; fsync: string };
}

export async function engineReport(database: Database): Promise<EngineReport> {
  const row = (await queryOne<EngineReport['settings'] & { version: string }>(
    database.db,
    sql`select current_setting('server_version') as version,
               current_setting('shared_buffers') as shared_buffers,
               current_setting('max_connections') as max_connections,
               current_setting('synchronous_commit') as synchronous_commit,
               current_setting('fsync') as fsync`,
  ))!;
  const { version, ...settings } = row;
  if (database.embedded) {
    return {
      engine: 'embedded',
      version,
      location: database.embedded.dataDir,
      logFile: database.embedded.logFile,
      settings,
    };
  }
  const url = new URL(database.pool.options.connectionString ?? 'postgres://unknown');
  return { engine: 'external', version, location: `${url.host}${url.pathname}`, settings };
}
