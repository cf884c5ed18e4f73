import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { Argument, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { systemClock } from '../core/clock.js';
import type { Db } from '../db/connection.js';
import { catchUpConsumers, importCsv, type ImportReport, type ImportType } from '../modules/imports/index.js';
import { readConfig } from '../server/config.js';
import { consumers } from '../server/consumers.js';
import { localAccess } from './local-access.js';

/** Without a terminal, one progress line this often. */
const progressLineIntervalMs = 5_000;

interface ImportFlags {
  json?: boolean;
  delimiter?: string;
  dataDir?: string;
}

/**
 * A progress bar on stderr, so stdout stays clean for --json: redrawn on a terminal, a line every
 * few seconds otherwise (CI logs, pipes).
 */
export function progressBar(format: string): cliProgress.SingleBar {
  return new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
      noTTYOutput: true,
      notTTYSchedule: progressLineIntervalMs,
    },
    cliProgress.Presets.shades_classic,
  );
}

/** Runs the consumers until they have applied everything, with a bar of events applied. */
export async function catchUpWithProgress(db: Db, expectedEvents: number): Promise<number> {
  const bar = progressBar('applying   |{bar}| {value}/{total} events · {speed} events/s');
  const started = Date.now();
  const expected = Math.max(1, expectedEvents);
  bar.start(expected, 0, { speed: 0 });
  const applied = await catchUpConsumers(db, consumers, (count) => {
    if (count > bar.getTotal()) bar.setTotal(count);
    bar.update(count, { speed: Math.round(count / Math.max(0.001, (Date.now() - started) / 1000)) });
  });
  bar.update(bar.getTotal());
  bar.stop();
  return applied;
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
  await catchUpWithProgress(db, report.imported * consumers.length);
  return report;
}

/**
 * A running server holds the PGlite directory: stream the file to its `POST /v1/imports` as the
 * local owner, and let it answer once its consumers have applied the rows (`wait=true`). node:http
 * rather than fetch: fetch gives up on answers slower than five minutes, and a big import may be.
 */
async function importThroughServer(
  server: { url: string; token: string },
  type: ImportType,
  file: string,
  flags: ImportFlags,
): Promise<ImportReport> {
  const url = new URL('/v1/imports', server.url);
  url.searchParams.set('type', type);
  url.searchParams.set('wait', 'true');
  if (flags.delimiter) url.searchParams.set('delimiter', flags.delimiter);
  const size = fs.statSync(file).size;
  const bar = progressBar('uploading  |{bar}| {percentage}% · ~{rows} rows · {speed} rows/s');
  const started = Date.now();
  bar.start(Math.max(1, size), 0, { rows: 0, speed: 0 });
  let sent = 0;
  let lines = 0;
  const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(
      url,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${server.token}`,
          'content-type': 'text/csv',
          'content-length': size,
        },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    const input = fs.createReadStream(file);
    input.on('data', (chunk) => {
      sent += chunk.length;
      for (const byte of chunk as Buffer) if (byte === 10) lines += 1;
      bar.update(sent, { rows: lines, speed: rate(lines, started) });
    });
    input.on('end', () => {
      bar.stop();
      process.stderr.write('waiting for the server to import the last rows and apply them…\n');
    });
    input.on('error', reject);
    input.pipe(request);
  });
  const parsed = JSON.parse(answer.body) as ImportReport & { error?: { message: string } };
  if (answer.status !== 200) throw new Error(parsed.error?.message ?? `the server answered ${answer.status}`);
  return parsed;
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
  const access = await localAccess(readConfig(process.env, { dataDir: flags.dataDir }), `import ${type}`);
  let report: ImportReport;
  if (access.via === 'server') {
    process.stderr.write(`a retain server at ${access.url} holds the data directory: importing through it\n`);
    report = await importThroughServer(access, type, file, flags);
  } else {
    try {
      report = await importDirectly(access.database.db, access.workspaceId, type, file, flags);
    } finally {
      await access.close();
    }
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
    .option('--data-dir <dir>', 'PGlite data directory (default RETAIN_DATA_DIR or ./.retain)')
    .action((type: ImportType, file: string, flags: ImportFlags) => runImport(type, file, flags));
}
