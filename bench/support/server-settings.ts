import type { Database } from '../../src/db/connection.js';
import { engineReport } from '../../src/db/engine-report.js';

/**
 * The server's settings that decide these benches' figures, and `retain doctor`'s advice on them:
 * the same code measured on a server with 128 MB of buffers and one sized for its database are two
 * different results, and the printout should say which it was.
 */
export async function printServerSettings(database: Database): Promise<void> {
  const report = await engineReport(database);
  const { shared_buffers, autovacuum, synchronous_commit } = report.settings;
  const size = (report.databaseBytes / 1024 ** 3).toFixed(1);
  console.log(
    `  server: PostgreSQL ${report.version}, shared_buffers ${shared_buffers}, autovacuum ${autovacuum}, ` +
      `synchronous_commit ${synchronous_commit}; the database ${size} GB`,
  );
  for (const line of report.advice) console.log(`    advice: ${line}`);
}
