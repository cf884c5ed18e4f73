import type { Command } from 'commander';
import { readConfig } from '../server/config.js';
import { openStorage } from '../server/server.js';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Apply pending database migrations (start does this too)')
    .option('--data-dir <dir>', 'PGlite data directory (default RETAIN_DATA_DIR or ./.retain)')
    .action(async (flags: { dataDir?: string }) => {
      const { database, lock } = await openStorage(readConfig(process.env, flags), 'migrate');
      await database.close();
      lock?.release();
      process.stderr.write('migrations are current\n');
    });
}
