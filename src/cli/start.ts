import type { Command } from 'commander';
import { dataDirHelp, readConfig } from '../server/config.js';
import { describeEngine, startServer } from '../server/server.js';

interface StartFlags {
  port?: string;
  host?: string;
  dataDir?: string;
}

function withStartFlags(command: Command): Command {
  return command
    .option('--port <port>', 'port to listen on (default PORT or 4280)')
    .option('--host <host>', 'address to listen on (default HOST or 127.0.0.1)')
    .option('--data-dir <dir>', dataDirHelp);
}

/** As Jenkins prints its initial admin password: only the server's log shows the token. */
function firstRunLine(url: string, setupToken: string): string {
  return `first run: create the owner at ${url}/ with the setup token ${setupToken}\n`;
}

/** Starts the server and keeps it up until SIGTERM or SIGINT, then shuts down gracefully. */
async function serveUntilSignalled(flags: StartFlags): Promise<void> {
  const config = readConfig(process.env, flags);
  const server = await startServer(config);
  const engine = describeEngine(server.ctx.database);
  process.stderr.write(`retain is listening on ${server.url} — ${engine}\n`);
  if (server.setupToken) process.stderr.write(firstRunLine(server.url, server.setupToken));
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
