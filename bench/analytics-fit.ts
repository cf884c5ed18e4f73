// Times the CLV pipeline on a simulated customer base: transactions → RFM summary → compressed
// (x, t_x, T) rows → BG/NBD fit (and the Gamma-Gamma fit for completeness).
// `npm run bench -- analytics-fit [customers]` (default 1,000,000), or call benchFit directly.

import { dayMs } from '../src/core/time.js';
import {
  compressSummary,
  fitBgNbd,
  fitGammaGamma,
  summarizeTransactionColumns,
} from '../src/modules/analytics/clv/index.js';
import type { BgNbdFit, GammaGammaFit } from '../src/modules/analytics/clv/index.js';
import { simulateBgNbd } from './generators/bgnbd.js';

export interface BenchFitResult {
  customers: number;
  transactions: number;
  rows: number;
  summarySeconds: number;
  compressSeconds: number;
  fitSeconds: number;
  gammaGammaSeconds: number;
  bgNbd: BgNbdFit;
  gammaGamma: GammaGammaFit;
}

const FROM = Date.UTC(2024, 0, 1);
const AS_OF = FROM + 546 * dayMs;

/** CDNOW-like purchasing (weeks) and spend in minor units (mean order ≈ 3,000). */
export const BENCH_PARAMS = {
  purchases: { r: 0.25, alpha: 4, a: 0.8, b: 2.5 },
  spend: { p: 6, q: 4, gamma: 1500 },
} as const;

export async function benchFit(customers = 1_000_000): Promise<BenchFitResult> {
  const transactions = simulateBgNbd({
    customers,
    seed: 20240101,
    ...BENCH_PARAMS,
    timeUnit: 'week',
    birthsFrom: FROM,
    birthWindowDays: 364,
    asOf: AS_OF,
  });
  const [summary, summarySeconds] = timed(() =>
    summarizeTransactionColumns(transactions, { asOf: AS_OF, timeUnit: 'week' }),
  );
  const [rows, compressSeconds] = timed(() => compressSummary(summary));
  const [bgNbd, fitSeconds] = timed(() => fitBgNbd(rows));
  const [gammaGamma, gammaGammaSeconds] = timed(() => fitGammaGamma(summary));
  const result = {
    customers,
    transactions: transactions.at.length,
    rows: rows.x.length,
    summarySeconds,
    compressSeconds,
    fitSeconds,
    gammaGammaSeconds,
    bgNbd,
    gammaGamma,
  };
  console.log(
    `clv fit, ${customers} customers (${result.transactions} transactions, ${result.rows} distinct histories): ` +
      `summary ${summarySeconds.toFixed(3)} s, compress ${compressSeconds.toFixed(3)} s, ` +
      `BG/NBD fit ${fitSeconds.toFixed(3)} s (${bgNbd.iterations} iterations), ` +
      `Gamma-Gamma fit ${gammaGammaSeconds.toFixed(3)} s`,
  );
  return result;
}

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, (performance.now() - start) / 1000];
}

export async function run(args: string[]): Promise<void> {
  await benchFit(args[0] === undefined ? undefined : Number(args[0]));
}
