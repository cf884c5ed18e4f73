import crypto from 'node:crypto';
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { embeddedStartWaitMs } from '../../core/limits.js';

// Several retain processes may find the embedded server stopped at the same moment (`retain start`
// and `retain import` started together). One at a time initialises, starts or stops it, proven by
// a lock file naming the holder's PID; a lock whose holder is dead is stale and is taken over.

interface Holder {
  pid: number;
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): Holder | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Holder;
  } catch {
    return null;
  }
}

function tryCreate(file: string): boolean {
  try {
    const fd = fs.openSync(file, 'wx', 0o600);
    fs.writeSync(fd, JSON.stringify({ pid: process.pid } satisfies Holder));
    fs.closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Moves a dead holder's lock aside; a live holder that took it meanwhile gets it back. */
function clearStale(file: string): void {
  const aside = `${file}.stale-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  try {
    fs.renameSync(file, aside);
  } catch {
    return;
  }
  const moved = readHolder(aside);
  if (moved && processAlive(moved.pid)) fs.renameSync(aside, file);
  else fs.rmSync(aside, { force: true });
}

/** Runs `work` holding the lock file, waiting for a live holder to finish. */
export async function withStartLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + embeddedStartWaitMs;
  while (!tryCreate(file)) {
    const holder = readHolder(file);
    if (holder && !processAlive(holder.pid)) clearStale(file);
    else if (Date.now() > deadline) {
      throw new Error(
        `Another retain process (PID ${holder?.pid ?? '?'}) is starting the embedded PostgreSQL (${file}).`,
      );
    } else await sleep(50);
  }
  try {
    return await work();
  } finally {
    fs.rmSync(file, { force: true });
  }
}
