import { spawn, type ChildProcess } from 'node:child_process';
import { retainBin } from './cli.js';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process wrote on stderr so far. */
  stderr(): string;
  /** Resolves with the exit code (or signal name) when the process ends. */
  exited: Promise<number | string>;
}

/** Starts `retain start` as a real process on a free port and waits until it listens. */
export async function spawnServer(storage: {
  dataDir?: string;
  databaseUrl?: string;
  env?: Record<string, string>;
}): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [retainBin, 'start', '--port', '0', ...(storage.dataDir ? ['--data-dir', storage.dataDir] : [])],
    {
      env: { ...process.env, DATABASE_URL: storage.databaseUrl ?? '', LOG_LEVEL: 'warn', ...storage.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(stderr);
      if (match) resolve(match[1]!);
    });
    void exited.then((code) =>
      reject(new Error(`retain start exited (${code}) before listening:\n${stderr}`)),
    );
  });
  return { url, child, exited, stderr: () => stderr };
}

/** SIGTERM and wait: the graceful path. */
export async function stopServer(server: ServerProcess): Promise<number | string> {
  server.child.kill('SIGTERM');
  return server.exited;
}
