import type { Command } from 'commander';
import { runDoctor, type DoctorReport } from '../modules/operations/index.js';
import { dataDirHelp, readConfig } from '../server/config.js';
import { localAccess } from './local-access.js';

function describeDatabase({ database }: DoctorReport): string[] {
  const where = database.engine === 'embedded' ? `embedded, data in ${database.location}` : database.location;
  const { shared_buffers, max_connections, synchronous_commit, fsync, autovacuum } = database.settings;
  return [
    `database: PostgreSQL ${database.version} (${where})`,
    ...(database.logFile ? [`  server log: ${database.logFile}`] : []),
    `  shared_buffers ${shared_buffers}, max_connections ${max_connections}, synchronous_commit ${synchronous_commit}, fsync ${fsync}, autovacuum ${autovacuum}`,
    ...database.advice.map((line) => `  advice: ${line}`),
  ];
}

function describe(report: DoctorReport): string {
  const lines = [...describeDatabase(report), `migrations: ${report.migrations}`];
  for (const c of report.consumers) {
    lines.push(`consumer ${c.consumer}: ${c.eventsBehind} events behind, ${c.failures} skipped`);
  }
  lines.push(report.ledger.ok ? 'points ledger: consistent' : 'points ledger: INCONSISTENT');
  for (const p of report.ledger.problems) lines.push(`  ${p.workspaceId}/${p.customerId}: ${p.problem}`);
  lines.push(report.healthy ? 'healthy' : 'NOT healthy');
  return `${lines.join('\n')}\n`;
}

export function registerDoctorCommand(program: Command): void {
  program
    .command('doctor')
    .description(
      'Show the database and check migrations, consumer backlogs and the points ledger; exits 1 when unhealthy',
    )
    .option('--json', 'print the report as JSON')
    .option('--data-dir <dir>', dataDirHelp)
    .action(async (flags: { json?: boolean; dataDir?: string }) => {
      const access = await localAccess(readConfig(process.env, flags));
      let report: DoctorReport;
      try {
        report = await runDoctor(access.database);
      } finally {
        await access.close();
      }
      process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : describe(report));
      if (!report.healthy) process.exitCode = 1;
    });
}
