import fs from 'node:fs';
import { Argument, type Command } from 'commander';
import { systemClock } from '../core/clock.js';
import type { Db } from '../db/connection.js';
import { importCsv, type ImportReport, type ImportType } from '../modules/imports/index.js';
import { dataDirHelp, readConfig } from '../server/config.js';
import { consumers } from '../server/consumers.js';
import { localAccess } from './local-access.js';
import { catchUpWithProgress, progressBar } from './progress.js';

interface ImportFlags {
  json?: boolean;
  delimiter?: string;
  dataDir?: string;
}

const rate = (count: number, started: number) =>
  Math.round(count / Math.max(0.001, (Date.now() - started) / 1000));

async function importDirectly(
  db: Db,
  workspaceId: string,
  type: ImportType,
  file: string,
  flags: ImportFlags,
) {
  const bar = progressBar(
    'importing  |{bar}| {percentage}% · {rows} rows · {speed} rows/s · {failed} failed',
  );
  const started = Date.now();
  bar.start(Math.max(1, fs.statSync(file).size), 0, { rows: 0, speed: 0, failed: 0 });
  const report = await importCsv(db, workspaceId, {
    type,
    input: fs.createReadStream(file),
    delimiter: flags.delimiter,
    clock: systemClock,
    onBatch: (progress) =>
      bar.update(progress.bytes, {
        rows: progress.rows,
        speed: rate(progress.rows, started),
        failed: progress.failed,
      }),
  });
  bar.update(bar.getTotal(), { rows: report.rows, speed: rate(report.rows, started), failed: report.failed });
  bar.stop();
  await catchUpWithProgress(db, consumers, report.imported * consumers.length);
  return report;
}

function printReport(report: ImportReport, file: string, json: boolean | undefined): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  const lines = [
    `${file}: ${report.rows} rows — ${report.imported} imported, ${report.unchanged} unchanged, ${report.failed} failed`,
    ...report.errors.slice(0, 20).map((error) => `  line ${error.line}: ${error.reason}`),
  ];
  const more = report.failed - Math.min(report.errors.length, 20);
  if (more > 0) lines.push(`  … and ${more} more (--json lists up to ${report.errors.length})`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function runImport(type: ImportType, file: string, flags: ImportFlags): Promise<void> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new Error(`No file '${file}'.`);
  const access = await localAccess(readConfig(process.env, { dataDir: flags.dataDir }));
  let report: ImportReport;
  try {
    report = await importDirectly(access.database.db, access.workspaceId, type, file, flags);
  } finally {
    await access.close();
  }
  printReport(report, file, flags.json);
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('Import customers or orders from a CSV file (importing the same file again changes nothing)')
    .addArgument(new Argument('<type>', 'what the file holds').choices(['customers', 'orders']))
    .argument('<file>', 'the CSV file; its first line names the columns')
    .option('--json', 'print the final report as JSON on stdout')
    .option('--delimiter <char>', 'field delimiter (default ,), e.g. ";" or a tab')
    .option('--data-dir <dir>', dataDirHelp)
    .action((type: ImportType, file: string, flags: ImportFlags) => runImport(type, file, flags));
}
