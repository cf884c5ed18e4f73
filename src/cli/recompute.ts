import type { Command } from 'commander';
import type cliProgress from 'cli-progress';
import {
  recomputeAll,
  recomputeConnections,
  type RecomputeProgress,
  type RecomputeResult,
} from '../modules/analytics/index.js';
import { dataDirHelp, readConfig } from '../server/config.js';
import { localAccess } from './local-access.js';
import { progressBar } from './progress.js';

interface RecomputeFlags {
  asOf?: string;
  refit?: boolean;
  rescan?: boolean;
  dataDir?: string;
}

function parseAsOf(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new Error(`--as-of '${value}' is not an ISO 8601 date-time`);
  return at;
}

/** One bar per phase: customers aggregated, model fitted, customers scored, customers written. */
function progressPrinter(): { update(progress: RecomputeProgress): void; stop(): void } {
  let phase: string | null = null;
  let bar: cliProgress.SingleBar | null = null;
  return {
    update(progress) {
      if (progress.phase !== phase) {
        bar?.stop();
        phase = progress.phase;
        bar = progressBar(`${phase.padEnd(10)} |{bar}| {value} customers`);
        bar.start(progress.total ?? Math.max(1, progress.done), progress.done);
      }
      if (progress.total === null && progress.done > bar!.getTotal()) bar!.setTotal(progress.done);
      bar!.update(progress.done);
    },
    stop: () => bar?.stop(),
  };
}

function describeInputs(inputs: RecomputeResult['inputs']): string {
  return inputs.from === 'orders'
    ? `every order aggregated (${inputs.reason.replaceAll('_', ' ')})`
    : `kept per-customer rows (${inputs.rescanned} customers behind them aggregated from their orders)`;
}

async function recompute(flags: RecomputeFlags): Promise<void> {
  const asOf = parseAsOf(flags.asOf);
  const access = await localAccess(readConfig(process.env, { dataDir: flags.dataDir }));
  const printer = progressPrinter();
  try {
    const result = await recomputeAll(access.database.db, access.workspaceId, {
      ...(asOf ? { asOf } : {}),
      refit: flags.refit !== false,
      rescan: flags.rescan === true,
      ...recomputeConnections(),
      onProgress: (progress) => printer.update(progress),
    });
    printer.stop();
    const model = result.model?.bgnbd;
    process.stdout.write(
      `${result.customers} customers recomputed as of ${result.asOf.toISOString()}, ${result.stageChanges} stage changes\n` +
        (model
          ? `model ${result.model!.id}: r=${model.r} alpha=${model.alpha} a=${model.a} b=${model.b}\n`
          : '') +
        `inputs: ${describeInputs(result.inputs)}\n` +
        `timings (ms): ${JSON.stringify(result.timings)}\n`,
    );
  } finally {
    await access.close();
  }
}

export function registerRecomputeCommand(program: Command): void {
  program
    .command('recompute')
    .description('Refit the CLV model and recompute every customer’s RFM scores, stage and predictions')
    .option('--as-of <time>', 'observation end, ISO 8601 (default now)')
    .option('--no-refit', 'rescore with the current model instead of refitting it')
    .option('--rescan', 'aggregate every order again instead of reading the kept per-customer rows')
    .option('--data-dir <dir>', dataDirHelp)
    .action((flags: RecomputeFlags) => recompute(flags));
}
