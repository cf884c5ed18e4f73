import type { Command } from 'commander';
import { createApiKey, type ApiKeyKind } from '../modules/auth/index.js';
import { dataDirHelp, readConfig } from '../server/config.js';
import { localAccess } from './local-access.js';

async function createKey(options: {
  publishable?: boolean;
  name?: string;
  dataDir?: string;
}): Promise<string> {
  const kind: ApiKeyKind = options.publishable ? 'publishable' : 'secret';
  const access = await localAccess(readConfig(process.env, { dataDir: options.dataDir }));
  try {
    return (await createApiKey(access.database.db, access.workspaceId, { kind, name: options.name })).key;
  } finally {
    await access.close();
  }
}

export function registerKeyCommands(program: Command): void {
  const keys = program.command('keys').description('API keys');
  keys
    .command('create')
    .description('Create an API key and print it (it is shown only once)')
    .option('--publishable', 'a publishable key (pk_…) for public endpoints instead of a secret one')
    .option('--name <name>', 'a name to tell the key apart in lists')
    .option('--data-dir <dir>', dataDirHelp)
    .action(async (options: { publishable?: boolean; name?: string; dataDir?: string }) => {
      process.stdout.write(`${await createKey(options)}\n`);
    });
}
