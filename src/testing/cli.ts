import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The `retain` command of this checkout, as `npx retain` runs it. */
export const retainBin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/retain.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `retain …` as a real process, as a user would. */
export function runRetain(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [retainBin, ...args],
      { env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
