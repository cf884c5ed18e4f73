// One more retain server for `npm run bench -- ingest --servers N`: several processes on one
// database is how retain scales out. DATABASE_URL names that database (on the embedded engine, the
// server the bench's first process started). Prints its URL as one JSON line, then serves until
// SIGTERM.
import { startServer } from '../../src/server/server.js';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('bench/support/ingest-server.ts needs DATABASE_URL');
const server = await startServer({
  databaseUrl,
  // Unused: DATABASE_URL selects the server.
  dataDir: '.retain',
  embeddedSettings: {},
  port: 0,
  host: '127.0.0.1',
  logLevel: 'warn',
  consumers: process.env.RETAIN_CONSUMERS !== 'off',
  trustedProxies: [],
});
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.once('SIGTERM', () => {
  void server.stop().finally(() => process.exit(0));
});
