import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../connection.js';
import { engineReport } from '../engine-report.js';
import { freshDataDir, removeDataDir, testEngine } from '../../testing/index.js';
import { postgresBinaries } from './binaries.js';
import { embeddedPaths, embeddedServerRunning, stopEmbeddedServer } from './server.js';

// The embedded engine's life: initialised on first use, shared, stopped by the last one out, and
// never blocked by what a crash left behind. Each case has a data directory of its own.
const dataDirs: string[] = [];
afterAll(async () => {
  for (const dataDir of dataDirs) {
    await stopEmbeddedServer(dataDir);
    removeDataDir(dataDir);
  }
});

function newDataDir(): string {
  const dataDir = freshDataDir();
  dataDirs.push(dataDir);
  return dataDir;
}

function postmasterPid(dataDir: string): number {
  return Number(
    fs.readFileSync(path.join(embeddedPaths(dataDir).pgdata, 'postmaster.pid'), 'utf8').split('\n')[0],
  );
}

/** The process group of a process, from /proc (field 5 of stat). */
function processGroup(pid: number | 'self'): number {
  return Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[2]);
}

async function exited(pid: number): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`process ${pid} did not exit`);
}

describe.runIf(testEngine() === 'embedded')('the embedded PostgreSQL', () => {
  it('is initialised on first use in the data directory, keeps its files private, and is shared until the last one leaves', async () => {
    const dataDir = newDataDir();
    const first = await openDatabase({ dataDir, embeddedSettings: { work_mem: '8MB' } });
    const second = await openDatabase({ dataDir });
    let closedFirst = false;
    try {
      const paths = embeddedPaths(dataDir);
      expect(first.embedded).toMatchObject({ dataDir: path.resolve(dataDir), port: second.embedded!.port });
      const settings = await first.pool.query<{
        version: string;
        work_mem: string;
        sync: string;
        fsync: string;
      }>(
        `select current_setting('server_version') as version, current_setting('work_mem') as work_mem,
                current_setting('synchronous_commit') as sync, current_setting('fsync') as fsync`,
      );
      expect(settings.rows[0]).toMatchObject({ work_mem: '8MB', sync: 'on', fsync: 'on' });
      expect(Number(settings.rows[0]!.version.split('.')[0])).toBeGreaterThanOrEqual(15);
      expect(await engineReport(first)).toEqual({
        engine: 'embedded',
        version: settings.rows[0]!.version,
        location: paths.dataDir,
        logFile: paths.logFile,
        settings: {
          shared_buffers: '128MB',
          max_connections: '200',
          synchronous_commit: 'on',
          fsync: 'on',
          autovacuum: 'on',
        },
        databaseBytes: expect.any(Number),
        // retain's own server, fresh: nothing to change.
        advice: [],
      });
      // Nobody but the server's user can list the data directory or read the password and log.
      expect(fs.statSync(paths.dataDir).mode & 0o077 & ~0o011).toBe(0);
      expect(fs.statSync(paths.passwordFile).mode & 0o077).toBe(0);
      expect(fs.statSync(paths.logFile).mode & 0o077).toBe(0);
      expect(fs.readFileSync(paths.logFile, 'utf8')).toContain(
        'database system is ready to accept connections',
      );
      // The server is not in retain's process group: Ctrl-C in a terminal reaches retain, which decides.
      expect(processGroup(postmasterPid(dataDir))).not.toBe(processGroup('self'));

      await first.close();
      closedFirst = true;
      expect(embeddedServerRunning(dataDir)).toBe(true);
      expect((await second.pool.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
    } finally {
      if (!closedFirst) await first.close();
      await second.close();
    }
    expect(embeddedServerRunning(dataDir)).toBe(false);
  }, 120_000);

  it('starts again over what a killed server left behind, keeping what was committed', async () => {
    const dataDir = newDataDir();
    let database: Database = await openDatabase({ dataDir, keepEmbeddedServer: true });
    await database.pool.query('create table kept (note text)');
    await database.pool.query(`insert into kept values ('committed before the crash')`);
    await database.close();

    // SIGKILL leaves postmaster.pid behind, naming a dead process.
    const killed = postmasterPid(dataDir);
    process.kill(killed, 'SIGKILL');
    await exited(killed);
    expect(fs.existsSync(path.join(embeddedPaths(dataDir).pgdata, 'postmaster.pid'))).toBe(true);
    database = await openDatabase({ dataDir, keepEmbeddedServer: true });
    expect((await database.pool.query('select note from kept')).rows).toEqual([
      { note: 'committed before the crash' },
    ]);
    await database.close();

    // Killed again, and its PID now belongs to another process of the server's user: PostgreSQL
    // alone would refuse to start ("Is another postmaster running?").
    const second = postmasterPid(dataDir);
    const runAs = postgresBinaries().runAs;
    const stand_in = spawn('sleep', ['60'], {
      stdio: 'ignore',
      ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
    });
    try {
      process.kill(second, 'SIGKILL');
      await exited(second);
      const pidFile = path.join(embeddedPaths(dataDir).pgdata, 'postmaster.pid');
      const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
      lines[0] = String(stand_in.pid);
      fs.writeFileSync(pidFile, lines.join('\n'));
      database = await openDatabase({ dataDir });
      expect((await database.pool.query('select count(*)::int as n from kept')).rows).toEqual([{ n: 1 }]);
      expect(postmasterPid(dataDir)).not.toBe(stand_in.pid);
      await database.close();
    } finally {
      stand_in.kill('SIGKILL');
    }
  }, 120_000);
});
