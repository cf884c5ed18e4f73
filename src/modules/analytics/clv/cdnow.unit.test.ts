// Validation against the published CDNOW results. The data are the 1/10 sample of Fader, Hardie &
// Lee (2005), from lifetimes' datasets (see test/fixtures/cdnow/README.md).

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fitBgNbd } from './bgnbd-fit.js';
import { bgNbdTotalLogLikelihood } from './bgnbd-likelihood.js';
import { conditionalExpectedPurchases, expectedPurchases } from './bgnbd-predict.js';
import { customerLifetimeValue, customerLifetimeValues } from './clv.js';
import { compressSummary, rowsFromHistories } from './compress.js';
import { fitGammaGamma } from './gamma-gamma-fit.js';
import { conditionalExpectedOrderValue, gammaGammaLogLikelihood } from './gamma-gamma.js';
import { summarizeTransactions } from './summary.js';
import type { RfmSummary, Transaction } from './summary.js';
import { cdnowSamplePath } from '../../../../test/fixtures/cdnow/index.js';
import type { BgNbdFit, BgNbdParams, GammaGammaFit, GammaGammaParams, RfmRows } from './types.js';

const samplePath = cdnowSamplePath;

/** `master_id sample_id YYYYMMDD cds dollars`, whitespace separated, no header. */
function readSample(): Transaction<string>[] {
  return readFileSync(samplePath, 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [id, , date, , dollars] = line.trim().split(/\s+/) as [string, string, string, string, string];
      const at = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(4, 6)) - 1, Number(date.slice(6, 8)));
      return { customer: id, at, value: Number(dollars) };
    });
}

function expectWithin(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance);
}

/** Central differences of a log-likelihood with respect to the log of each parameter. */
function logParameterGradient<P extends object>(params: P, logLikelihood: (p: P) => number): number[] {
  const h = 1e-5;
  return Object.keys(params).map((key) => {
    const shifted = (factor: number) =>
      logLikelihood({ ...params, [key]: (params[key as keyof P] as number) * factor });
    return (shifted(Math.exp(h)) - shifted(Math.exp(-h))) / (2 * h);
  });
}

describe('CDNOW sample, calibration period to 1997-09-30 in weeks', () => {
  let summary: RfmSummary<string>;
  let rows: RfmRows;
  let bgNbd: BgNbdFit;
  let gammaGamma: GammaGammaFit;

  beforeAll(() => {
    summary = summarizeTransactions(readSample(), { asOf: Date.UTC(1997, 8, 30), timeUnit: 'week' });
    rows = compressSummary(summary);
    bgNbd = fitBgNbd(rows);
    gammaGamma = fitGammaGamma(summary);
  });

  it('summarizes 2,357 customers as lifetimes’ cdnow_customers_summary_with_transactions does', () => {
    expect(summary.customers.length).toBe(2357);
    expect(summary.frequency.filter((x) => x > 0).length).toBe(946);
    // Its first rows: (x, t_x, T, m̄) = (2, 30.43, 38.86, 22.35) and (1, 1.71, 38.86, 11.77).
    const first = [summary.frequency[0], summary.recency[0], summary.T[0], summary.monetaryValue[0]];
    const second = [summary.frequency[1], summary.recency[1], summary.T[1], summary.monetaryValue[1]];
    expect(first.map((v) => Math.round(v! * 100) / 100)).toEqual([2, 30.43, 38.86, 22.35]);
    expect(second.map((v) => Math.round(v! * 100) / 100)).toEqual([1, 1.71, 38.86, 11.77]);
  });

  it('fits BG/NBD to the published r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = −9582.4', () => {
    // FHL 2005 §5 (also lifetimes' test_params_out_is_close_to_Hardie_paper).
    expectWithin(bgNbd.r, 0.243, 0.0015);
    expectWithin(bgNbd.alpha, 4.414, 0.0015);
    expectWithin(bgNbd.a, 0.793, 0.0015);
    expectWithin(bgNbd.b, 2.426, 0.0015);
    expectWithin(bgNbd.logLikelihood, -9582.4, 0.1);
    expect(bgNbd.customers).toBe(2357);
    expect(bgNbd.converged).toBe(true);
  });

  it('reaches a stationary point of the likelihood, whatever the row compression', () => {
    const ll = (p: BgNbdParams) => bgNbdTotalLogLikelihood(p, rows);
    const { r, alpha, a, b } = bgNbd;
    for (const slope of logParameterGradient({ r, alpha, a, b }, ll))
      expect(Math.abs(slope)).toBeLessThan(1e-3);
    expect(ll(bgNbd)).toBeCloseTo(bgNbd.logLikelihood, 8);
    expect(bgNbd.logLikelihood).toBeGreaterThan(ll({ r: 1, alpha: 1, a: 1, b: 1 }));

    const uncompressed = fitBgNbd(rowsFromHistories(summary.frequency, summary.recency, summary.T));
    for (const key of ['r', 'alpha', 'a', 'b'] as const) {
      expect(Math.abs(uncompressed[key] / bgNbd[key] - 1)).toBeLessThan(1e-5);
    }
  });

  it('shrinks the parameters under a penalizer, as lifetimes’ penalizer_coef does', () => {
    // lifetimes' test_penalizer_term_will_shrink_coefs_to_0, with its coefficients 0.1 and 10.
    const light = fitBgNbd(rows, { penalizer: 0.1 });
    const heavy = fitBgNbd(rows, { penalizer: 10 });
    for (const key of ['r', 'alpha', 'a', 'b'] as const) {
      expect(light[key]).toBeLessThan(bgNbd[key]);
      expect(heavy[key]).toBeLessThan(light[key]);
    }
  });

  it('predicts the expectations of Hardie’s BG/NBD spreadsheet', () => {
    // As asserted by lifetimes' test_expectation_returns_same_value_Hardie_excel_sheet (3 decimals)
    // and test_conditional_expectation_returns_same_value_as_Hardie_excel_sheet (±0.001).
    const times = [0.1429, 1.0, 3.0, 31.8571, 32.0, 78.0];
    const expected = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576];
    times.forEach((t, i) => expectWithin(expectedPurchases(bgNbd, t), expected[i]!, 0.0015));
    expectWithin(conditionalExpectedPurchases(bgNbd, { x: 2, tx: 30.43, T: 38.86 }, 39), 1.226, 0.001);
  });

  it('ranks the best customers as lifetimes’ README does', () => {
    // lifetimes README, "Ranking customers from best to worst" (t = 1 week).
    expectWithin(conditionalExpectedPurchases(bgNbd, { x: 26, tx: 30.86, T: 31 }, 1), 0.710623, 1e-5);
    expectWithin(conditionalExpectedPurchases(bgNbd, { x: 18, tx: 35.14, T: 35.86 }, 1), 0.424877, 1e-5);
  });

  it('fits Gamma-Gamma to the 946 repeat customers as Fader & Hardie 2013 do', () => {
    // p = 6.25, q = 3.74, γ = 15.44: lifetimes' TestGammaGammaFitter.test_params_out_is_close_to_Hardie_paper,
    // with lifetimes' convention of m̄ = mean of the repeat purchase days' values.
    expectWithin(gammaGamma.p, 6.25, 0.01);
    expectWithin(gammaGamma.q, 3.74, 0.01);
    expectWithin(gammaGamma.gamma, 15.44, 0.01);
    expect(gammaGamma.customers).toBe(946);
    expect(gammaGamma.converged).toBe(true);

    const ll = (params: GammaGammaParams) => {
      let total = 0;
      summary.frequency.forEach((x, i) => {
        if (x > 0) total += gammaGammaLogLikelihood(params, x, summary.monetaryValue[i]!);
      });
      return total;
    };
    const { p, q, gamma } = gammaGamma;
    expect(ll(gammaGamma)).toBeCloseTo(gammaGamma.logLikelihood, 8);
    for (const slope of logParameterGradient({ p, q, gamma }, ll)) expect(Math.abs(slope)).toBeLessThan(1e-3);
  });

  it('reproduces the expected average order values of Hardie’s Gamma-Gamma spreadsheet', () => {
    // lifetimes' test_conditional_expected_average_profit: first ten customers at p = 6.25,
    // q = 3.74, γ = 15.44, within 0.1.
    const published = [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17];
    published.forEach((value, i) => {
      const estimate = conditionalExpectedOrderValue(
        { p: 6.25, q: 3.74, gamma: 15.44 },
        summary.frequency[i]!,
        summary.monetaryValue[i]!,
      );
      expectWithin(estimate, value, 0.1);
    });
  });

  it('reproduces the CLVs of lifetimes’ README', () => {
    // The README's `customer_lifetime_value(..., time=12, discount_rate=0.01)` ran lifetimes'
    // original monthly loop of 30 time units on this weekly data, hence periodsPerMonth = 30, and
    // used the README's rounded summary rows. Differences left are lifetimes' Nelder–Mead estimates.
    const readme: [number, number, number, number, number][] = [
      [2, 30.43, 38.86, 22.35, 140.096211],
      [1, 1.71, 38.86, 11.77, 18.943467],
      [0, 0, 38.86, 0, 38.180574],
      [7, 29.43, 38.86, 73.74, 1003.868107],
      [2, 35.71, 38.86, 25.55, 167.418216],
    ];
    for (const [x, tx, T, meanValue, clv] of readme) {
      const orderValue = conditionalExpectedOrderValue(gammaGamma, x, meanValue);
      const value = customerLifetimeValue(bgNbd, { x, tx, T }, orderValue, {
        timeUnit: 'week',
        periodsPerMonth: 30,
      });
      expect(Math.abs(value / clv - 1)).toBeLessThan(5e-4);
    }
    const all = customerLifetimeValues(bgNbd, gammaGamma, summary, { timeUnit: 'week' });
    expect(all.length).toBe(2357);
    expect(all.every((v) => v >= 0 && Number.isFinite(v))).toBe(true);
  });
});
