import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, lockHolder, lockPath } from './lock.js';

const dirs: string[] = [];
function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retain-lock-'));
  dirs.push(dir);
  return path.join(dir, 'data');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A PID that surely belongs to no process: a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('data directory lock', () => {
  it('lets one holder in and refuses a second while the first lives', () => {
    const dataDir = tempDataDir();
    const lock = acquireDataDirLock(dataDir, 'start');
    expect(lockHolder(dataDir)?.pid).toBe(process.pid);
    expect(() => acquireDataDirLock(dataDir, 'import')).toThrow(/is in use.*'retain start' \(PID \d+\)/);
    lock.release();
    expect(fs.existsSync(lockPath(dataDir))).toBe(false);
    acquireDataDirLock(dataDir, 'import').release();
  });

  it('names the running server so other commands can go through it', () => {
    const dataDir = tempDataDir();
    const lock = acquireDataDirLock(dataDir, 'start');
    lock.update({ url: 'http://127.0.0.1:4280', adminToken: 'rk_admin_x' });
    expect(lockHolder(dataDir)).toMatchObject({ url: 'http://127.0.0.1:4280', adminToken: 'rk_admin_x' });
    expect(() => acquireDataDirLock(dataDir, 'import')).toThrow(
      /A retain server .* at http:\/\/127.0.0.1:4280/,
    );
    expect(fs.statSync(lockPath(dataDir)).mode & 0o077).toBe(0);
    lock.release();
  });

  it('takes over a lock whose owner died', async () => {
    const dataDir = tempDataDir();
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    const pid = await deadPid();
    fs.writeFileSync(lockPath(dataDir), JSON.stringify({ pid, command: 'start', startedAt: '' }));
    expect(lockHolder(dataDir)).toBeNull();
    const lock = acquireDataDirLock(dataDir, 'start');
    expect(lockHolder(dataDir)?.pid).toBe(process.pid);
    lock.release();
  });
});
