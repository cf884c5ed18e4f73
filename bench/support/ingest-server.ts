// One more retain server for `npm run bench -- ingest --servers N` on PostgreSQL: several
// processes on one database is how retain scales out. Prints its URL as one JSON line, then
// serves until SIGTERM.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../../src/server/server.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'retain-bench-server-'));
const server = await startServer({
  databaseUrl: process.env.DATABASE_URL,
  dataDir,
  port: 0,
  host: '127.0.0.1',
  logLevel: 'warn',
  consumers: process.env.RETAIN_CONSUMERS !== 'off',
});
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.once('SIGTERM', () => {
  void server.stop().finally(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
});
