import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { embeddedServerRunning, stopEmbeddedServer } from './server.js';

export interface TemporaryDataDir {
  dataDir: string;
  /** Stops the directory's server if it still runs, and deletes the folder. */
  remove(): Promise<void>;
}

/**
 * An empty data directory in a new temporary folder (tests and benches). Run as root, the server
 * runs as `postgres`, which must pass through the folder to reach its own directory: 0711.
 */
export function temporaryDataDir(label: string): TemporaryDataDir {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), `retain-${label}-`));
  fs.chmodSync(parent, 0o711);
  const dataDir = path.join(parent, 'data');
  return {
    dataDir,
    remove: async () => {
      if (embeddedServerRunning(dataDir)) await stopEmbeddedServer(dataDir);
      fs.rmSync(parent, { recursive: true, force: true });
    },
  };
}
