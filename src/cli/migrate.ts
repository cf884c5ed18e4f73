import type { Command } from 'commander';
import { dataDirHelp, readConfig } from '../server/config.js';
import { openStorage } from '../server/server.js';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Apply pending database migrations (start does this too)')
    .option('--data-dir <dir>', dataDirHelp)
    .action(async (flags: { dataDir?: string }) => {
      const database = await openStorage(readConfig(process.env, flags));
      await database.close();
      process.stderr.write('migrations are current\n');
    });
}
