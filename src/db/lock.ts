import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { RetainError } from '../core/errors.js';

// PGlite silently corrupts a data directory that two processes open (PARTS.md, pglite #1106).
// One process holds it at a time, proven by a lock file beside (not inside) the directory that
// names the owner's PID; a lock whose owner is dead is stale and may be taken over.

export interface LockHolder {
  pid: number;
  command: string;
  startedAt: string;
  /** Set by `retain start` once it listens: other commands go through this server. */
  url?: string;
  /** Lets the local CLI act as the owner through the server; the file is readable by its user only. */
  adminToken?: string;
}

export interface DataDirLock {
  holder: LockHolder;
  update(changes: Partial<LockHolder>): void;
  release(): void;
}

export function lockPath(dataDir: string): string {
  return `${path.resolve(dataDir)}.lock`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    return null;
  }
}

/** The live process holding the directory, if any. */
export function lockHolder(dataDir: string): LockHolder | null {
  const holder = readHolder(lockPath(dataDir));
  return holder && isAlive(holder.pid) ? holder : null;
}

function writeNew(file: string, holder: LockHolder): boolean {
  try {
    const fd = fs.openSync(file, 'wx', 0o600);
    fs.writeSync(fd, JSON.stringify(holder));
    fs.closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Moves a dead owner's lock aside; answers false if it turned out to belong to a live one. */
function clearStale(file: string): boolean {
  const aside = `${file}.stale-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  try {
    fs.renameSync(file, aside);
  } catch {
    return true;
  }
  const moved = readHolder(aside);
  if (moved && isAlive(moved.pid)) {
    // Another process took the lock between our read and our rename: give it back.
    fs.renameSync(aside, file);
    return false;
  }
  fs.rmSync(aside, { force: true });
  return true;
}

function lockedError(dataDir: string, holder: LockHolder): RetainError {
  const how = holder.url
    ? `A retain server (PID ${holder.pid}) at ${holder.url} is using it.`
    : `'retain ${holder.command}' (PID ${holder.pid}) is using it.`;
  return new RetainError(
    'data_directory_locked',
    `The data directory ${path.resolve(dataDir)} is in use. ${how} Wait for it to finish or stop it first.`,
  );
}

export function acquireDataDirLock(dataDir: string, command: string): DataDirLock {
  const file = lockPath(dataDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const holder: LockHolder = { pid: process.pid, command, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (writeNew(file, holder)) return heldLock(file, holder);
    const current = readHolder(file);
    if (current && isAlive(current.pid)) throw lockedError(dataDir, current);
    if (!clearStale(file)) throw lockedError(dataDir, readHolder(file) ?? current ?? holder);
  }
  throw new RetainError('data_directory_locked', `Could not lock ${path.resolve(dataDir)}; try again.`);
}

function heldLock(file: string, holder: LockHolder): DataDirLock {
  let current = holder;
  let released = false;
  return {
    get holder() {
      return current;
    },
    update(changes) {
      current = { ...current, ...changes };
      const temporary = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, JSON.stringify(current), { mode: 0o600 });
      fs.renameSync(temporary, file);
    },
    release() {
      if (released) return;
      released = true;
      const onDisk = readHolder(file);
      if (onDisk?.pid === process.pid) fs.rmSync(file, { force: true });
    },
  };
}
