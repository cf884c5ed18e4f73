import { sql } from 'drizzle-orm';
import { queryOne, type Database } from './connection.js';
import { engineAdvice, type JudgedSettings } from './engine-advice.js';

/** What `retain doctor` says of the database: which engine, its version, where its data is, how it is set. */
export interface EngineReport {
  engine: 'embedded' | 'external';
  /** PostgreSQL's own version string, e.g. "18.4". */
  version: string;
  /** The data directory (embedded), or host:port/database without credentials (external). */
  location: string;
  /** The embedded server's log file. */
  logFile?: string;
  settings: JudgedSettings & { max_connections: string };
  /** The database's size on disk. */
  databaseBytes: number;
  /** What the operator should change in the server's settings (engine-advice.ts). */
  advice: string[];
}

export async function engineReport(database: Database): Promise<EngineReport> {
  const row = (await queryOne<
    EngineReport['settings'] & { version: string; shared_buffer_bytes: string; database_bytes: string }
  >(
    database.db,
    sql`select current_setting('server_version') as version,
               current_setting('shared_buffers') as shared_buffers,
               current_setting('max_connections') as max_connections,
               current_setting('synchronous_commit') as synchronous_commit,
               current_setting('fsync') as fsync,
               current_setting('autovacuum') as autovacuum,
               pg_size_bytes(current_setting('shared_buffers'))::text as shared_buffer_bytes,
               pg_database_size(current_database())::text as database_bytes`,
  ))!;
  const { version, shared_buffer_bytes, database_bytes, ...settings } = row;
  const databaseBytes = Number(database_bytes);
  const sized = {
    settings,
    databaseBytes,
    advice: engineAdvice(settings, { sharedBufferBytes: Number(shared_buffer_bytes), databaseBytes }),
  };
  if (database.embedded) {
    return {
      engine: 'embedded',
      version,
      location: database.embedded.dataDir,
      logFile: database.embedded.logFile,
      ...sized,
    };
  }
  const url = new URL(database.pool.options.connectionString ?? 'postgres://unknown');
  return { engine: 'external', version, location: `${url.host}${url.pathname}`, ...sized };
}
