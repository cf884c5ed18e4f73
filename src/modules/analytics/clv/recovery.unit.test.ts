// Parameter recovery: customers simulated from known parameters (src/testing/generators/bgnbd.ts)
// must be fitted back. Tolerances are about 3 standard errors of each estimate at the stated size,
// read off the spread of fits over 16 seeds (e.g. at 10,000 customers b ranged −8%…+10%, γ
// −20%…+29%). The fit of 1,000,000 customers, too slow for this suite, is checked by
// `npm run bench -- analytics-fit`.

import { describe, expect, it } from 'vitest';
import { dayMs } from '../../../core/time.js';
import { simulateBgNbd, simulateBgNbdHistories } from '../../../testing/pure.js';
import { fitBgNbd } from './bgnbd-fit.js';
import { compressSummary, rowsFromHistories } from './compress.js';
import { fitGammaGamma } from './gamma-gamma-fit.js';
import { summarizeTransactionColumns } from './summary.js';
import type { BgNbdParams, GammaGammaParams } from './types.js';

const FROM = Date.UTC(2024, 0, 1);
const AS_OF = FROM + 546 * dayMs;
const purchases: BgNbdParams = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
const spend: GammaGammaParams = { p: 6, q: 4, gamma: 1500 };

function expectRelative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual / expected - 1)).toBeLessThanOrEqual(tolerance);
}

/** Births over 52 weeks, observed until week 78; weekly BG/NBD, spend in minor units. */
function simulateAndFit(customers: number, seed: number) {
  const transactions = simulateBgNbd({
    customers,
    seed,
    purchases,
    spend,
    timeUnit: 'week',
    birthsFrom: FROM,
    birthWindowDays: 364,
    asOf: AS_OF,
  });
  const summary = summarizeTransactionColumns(transactions, { asOf: AS_OF, timeUnit: 'week' });
  return { summary, bgNbd: fitBgNbd(compressSummary(summary)), gammaGamma: fitGammaGamma(summary) };
}

describe('parameter recovery', () => {
  it('recovers BG/NBD within 15% and Gamma-Gamma within 12–35% from 10,000 simulated customers', () => {
    const { summary, bgNbd, gammaGamma } = simulateAndFit(10_000, 1);
    expect(summary.customers.length).toBe(10_000);
    for (const key of ['r', 'alpha', 'a', 'b'] as const) expectRelative(bgNbd[key], purchases[key], 0.15);
    expectRelative(gammaGamma.p, spend.p, 0.25);
    expectRelative(gammaGamma.q, spend.q, 0.12);
    expectRelative(gammaGamma.gamma, spend.gamma, 0.35);
    // p and γ trade off against each other; the population mean order value pγ/(q−1) does not.
    const mean = (g: GammaGammaParams) => (g.p * g.gamma) / (g.q - 1);
    expectRelative(mean(gammaGamma), mean(spend), 0.04);
  });

  it('recovers r and α within 3%, a and b within 8% from 200,000 exact continuous histories', () => {
    // No calendar days in between: this isolates the fitter from the day-level discretization.
    const { x, tx, T } = simulateBgNbdHistories({
      customers: 200_000,
      seed: 3,
      purchases,
      minT: 26,
      maxT: 78,
    });
    const fit = fitBgNbd(rowsFromHistories(x, tx, T));
    expectRelative(fit.r, purchases.r, 0.03);
    expectRelative(fit.alpha, purchases.alpha, 0.03);
    expectRelative(fit.a, purchases.a, 0.08);
    expectRelative(fit.b, purchases.b, 0.08);
  });
});
