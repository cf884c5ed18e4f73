import { Command } from 'commander';
import { RetainError } from '../core/errors.js';
import { registerStartCommand } from './start.js';
import { registerMigrateCommand } from './migrate.js';
import { registerKeyCommands } from './keys.js';
import { registerImportCommand } from './import.js';
import { registerDemoCommand } from './demo.js';
import { registerRecomputeCommand } from './recompute.js';
import { registerDoctorCommand } from './doctor.js';
import { registerSetupTokenCommand } from './setup-token.js';

const program = new Command()
  .name('retain')
  .description('retain — customer retention platform: loyalty, coupons and retention analytics')
  .showHelpAfterError();

registerStartCommand(program);
registerMigrateCommand(program);
registerKeyCommands(program);
registerImportCommand(program);
registerDemoCommand(program);
registerRecomputeCommand(program);
registerDoctorCommand(program);
registerSetupTokenCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.stderr.write(
    `retain: ${error instanceof RetainError || error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}
