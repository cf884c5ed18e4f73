import type { Command } from 'commander';
import type { Database } from '../db/connection.js';
import { assertPgliteDataDir, importPgliteDataDir, type PgliteImportSummary } from '../db/pglite-import.js';
import { dataDirHelp, readConfig } from '../server/config.js';
import { openStorage } from '../server/server.js';
import { progressBar } from './progress.js';

interface MigrateFlags {
  dataDir?: string;
  fromPglite?: string;
}

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Apply pending database migrations (start does this too)')
    .option('--data-dir <dir>', dataDirHelp)
    .option(
      '--from-pglite <dir>',
      "then copy in the data of a directory written by retain's earlier PGlite engine (the database must hold no workspace yet)",
    )
    .action(async (flags: MigrateFlags) => {
      // Checked before the target is opened: a wrong path should not start a server.
      if (flags.fromPglite) assertPgliteDataDir(flags.fromPglite);
      const database = await openStorage(readConfig(process.env, flags));
      try {
        process.stderr.write('migrations are current\n');
        if (flags.fromPglite)
          printSummary(await importWithProgress(database, flags.fromPglite), flags.fromPglite);
      } finally {
        await database.close();
      }
    });
}

async function importWithProgress(database: Database, source: string): Promise<PgliteImportSummary> {
  const bar = progressBar('copying    |{bar}| {percentage}% · {table} · {rows} rows');
  bar.start(1, 0, { table: 'opening PGlite', rows: 0 });
  try {
    return await importPgliteDataDir(source, database, (progress) => {
      bar.setTotal(Math.max(1, progress.pagesTotal));
      bar.update(progress.pagesDone, { table: progress.table, rows: progress.rows });
    });
  } finally {
    bar.stop();
  }
}

function printSummary(summary: PgliteImportSummary, source: string): void {
  const copied = summary.tables.filter((table) => table.rows > 0);
  const width = Math.max(0, ...copied.map((table) => table.table.length));
  for (const table of copied) process.stdout.write(`${table.table.padEnd(width)}  ${table.rows}\n`);
  const rows = copied.reduce((sum, table) => sum + table.rows, 0);
  process.stdout.write(
    `copied ${rows} rows in ${copied.length} tables (${summary.tables.length - copied.length} empty) ` +
      `from ${source}; ${summary.transactions} transactions of its log renumbered\n`,
  );
}
