import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { typescriptEntryArgs } from '../core/child-process.js';

const initScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'init-data-dir.ts');

/** Creates and migrates a PGlite data directory in a short-lived child process if it is missing. */
export function initialiseDataDir(dataDir: string): void {
  if (fs.existsSync(path.join(dataDir, 'PG_VERSION'))) return;
  fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  execFileSync(process.execPath, typescriptEntryArgs(initScript, [dataDir]), { stdio: 'inherit' });
}
