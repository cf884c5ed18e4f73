import type { Command } from 'commander';
import { dataDirHelp, readConfig } from '../server/config.js';
import { describeEngine, startServer } from '../server/server.js';

export interface StartFlags {
  port?: string;
  host?: string;
  dataDir?: string;
}

export function withStartFlags(command: Command): Command {
  return command
    .option('--port <port>', 'port to listen on (default PORT or 4280)')
    .option('--host <host>', 'address to listen on (default HOST or 127.0.0.1)')
    .option('--data-dir <dir>', dataDirHelp);
}

/** Starts the server and keeps it up until SIGTERM or SIGINT, then shuts down gracefully. */
export async function serveUntilSignalled(flags: StartFlags): Promise<void> {
  const config = readConfig(process.env, flags);
  const server = await startServer(config);
  const engine = describeEngine(server.ctx.database);
  process.stderr.write(`retain is listening on ${server.url} — ${engine}\n`);
  const shutdown = (signal: string) => {
    server.app.log.info({ signal }, 'shutting down');
    void server.stop().then(() => process.exit(0));
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

export function registerStartCommand(program: Command): void {
  withStartFlags(program.command('start').description('Start the API server (and the dashboard)')).action(
    (flags: StartFlags) => serveUntilSignalled(flags),
  );
}
