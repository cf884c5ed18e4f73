import type { Command } from 'commander';
import { systemClock } from '../core/clock.js';
import { issueSetupToken } from '../modules/users/index.js';
import { dataDirHelp, readConfig } from '../server/config.js';
import { localAccess } from './local-access.js';

/**
 * Jenkins' initialAdminPassword file: whoever can reach the shop's database from this machine may
 * create the owner, so the command hands out a new token (the one printed before stops working).
 */
async function newSetupToken(dataDir: string | undefined): Promise<string> {
  const access = await localAccess(readConfig(process.env, { dataDir }));
  try {
    const token = await issueSetupToken(access.database.db, access.workspaceId, systemClock.now());
    if (!token)
      throw new Error('this shop already has an owner: sign in, or ask the owner for an invitation.');
    return token;
  } finally {
    await access.close();
  }
}

export function registerSetupTokenCommand(program: Command): void {
  program
    .command('setup-token')
    .description("Print a new one-time token for the dashboard's owner sign-up (while no account exists)")
    .option('--data-dir <dir>', dataDirHelp)
    .action(async (options: { dataDir?: string }) => {
      process.stdout.write(`${await newSetupToken(options.dataDir)}\n`);
    });
}
