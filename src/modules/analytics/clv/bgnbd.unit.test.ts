import betaln from '@stdlib/math-base-special-betaln';
import gammaln from '@stdlib/math-base-special-gammaln';
import hyp2f1 from '@stdlib/math-base-special-hyp2f1';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitBgNbd } from './bgnbd-fit.js';
import { bgNbdLogLikelihood, bgNbdTotalLogLikelihood } from './bgnbd-likelihood.js';
import {
  conditionalExpectedPurchases,
  dateAfter,
  expectedPurchases,
  nextPurchase,
  probabilityAlive,
} from './bgnbd-predict.js';
import { compressSummary, rowsFromHistories } from './compress.js';
import { overPositive, overUnit } from '../../../testing/pure.js';
import type { BgNbdParams, PurchaseHistory } from './types.js';

const cdnow: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const loyal: BgNbdParams = { r: 2, alpha: 10, a: 3, b: 5 };
const histories: PurchaseHistory[] = [
  { x: 0, tx: 0, T: 10 },
  { x: 1, tx: 5, T: 30 },
  { x: 2, tx: 30.43, T: 38.86 },
  { x: 5, tx: 20, T: 25 },
  { x: 20, tx: 39, T: 39 },
  { x: 3, tx: 2, T: 50 },
];

function expectRelative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

/**
 * The model's definitions integrated numerically over λ and p, unnormalized (the Gamma and Beta
 * constants cancel in every ratio below): the customer is alive with weight
 * λ^{r+x−1}e^{−(α+T)λ} · p^{a−1}(1−p)^{b+x−1} and has dropped out at t_x with weight
 * λ^{r+x−1}e^{−(α+t_x)λ} · p^a(1−p)^{b+x−2} (FHL 2005 §3, eq. 3).
 */
function bruteForce({ r, alpha, a, b }: BgNbdParams, { x, tx, T }: PurchaseHistory) {
  const rateWeight = (age: number) =>
    overPositive((l) => Math.exp((r + x - 1) * Math.log(l) - (alpha + age) * l));
  const alive = rateWeight(T) * overUnit((p, q) => p ** (a - 1) * q ** (b + x - 1));
  const dead = x > 0 ? rateWeight(tx) * overUnit((p, q) => p ** a * q ** (b + x - 2)) : 0;
  return {
    probabilityAlive: alive / (alive + dead),
    /** E[Y(t)]: while alive, E[purchases in t | λ, p] = (1 − e^{−λpt})/p (FHL 2005 eq. 9's integrand). */
    expectedPurchases(t: number): number {
      // (1 − e^{−λpt}) ~ λt near λ = 0 lets the λ grid start at e^{−40}; in logit space the p
      // integrand decays like e^{a·y} and e^{−(b+x)·y}, negligible outside [−50, 20] for a, b here.
      const inner = (l: number) =>
        Math.exp((r + x - 1) * Math.log(l) - (alpha + T) * l) *
        overUnit((p, q) => (-Math.expm1(-l * p * t) / p) * p ** (a - 1) * q ** (b + x - 1), {
          lo: -50,
          hi: 20,
          points: 400,
        });
      return overPositive(inner, { lo: -40, hi: 6, points: 400 }) / (alive + dead);
    },
  };
}

describe('BG/NBD likelihood', () => {
  it('equals the individual likelihood integrated over λ ~ Gamma(r, α) and p ~ Beta(a, b)', () => {
    for (const params of [cdnow, loyal]) {
      const { r, alpha, a, b } = params;
      const logGamma = r * Math.log(alpha) - gammaln(r);
      const logBeta = -betaln(a, b);
      for (const { x, tx, T } of histories) {
        const rate = (age: number) =>
          overPositive((l) => Math.exp(logGamma + (r + x - 1) * Math.log(l) - (alpha + age) * l));
        const alive =
          rate(T) * overUnit((p, q) => Math.exp(logBeta + (a - 1) * Math.log(p) + (b + x - 1) * Math.log(q)));
        const dead =
          x > 0
            ? rate(tx) * overUnit((p, q) => Math.exp(logBeta + a * Math.log(p) + (b + x - 2) * Math.log(q)))
            : 0;
        expect(bgNbdLogLikelihood(params, x, tx, T)).toBeCloseTo(Math.log(alive + dead), 9);
      }
    }
  });

  it('gives compressed rows the same total as one row per customer', () => {
    const history = fc
      .record({
        x: fc.integer({ min: 0, max: 30 }),
        ageDays: fc.integer({ min: 0, max: 400 }),
        share: fc.double({ min: 0, max: 1, noNaN: true }),
      })
      .map(({ x, ageDays, share }) => ({
        x,
        ageDays,
        recencyDays: x === 0 ? 0 : Math.round(share * ageDays),
      }));
    fc.assert(
      fc.property(
        fc.array(history, { minLength: 1, maxLength: 300 }),
        fc.constantFrom('week' as const, 'day' as const),
        (list, timeUnit) => {
          const summary = {
            timeUnit,
            frequency: Float64Array.from(list, (h) => h.x),
            recencyDays: Int32Array.from(list, (h) => h.recencyDays),
            ageDays: Int32Array.from(list, (h) => h.ageDays),
          };
          const perDay = timeUnit === 'week' ? 7 : 1;
          const single = rowsFromHistories(
            summary.frequency,
            Array.from(list, (h) => h.recencyDays / perDay),
            Array.from(list, (h) => h.ageDays / perDay),
          );
          const compressed = compressSummary(summary);
          expectRelative(
            bgNbdTotalLogLikelihood(cdnow, compressed),
            bgNbdTotalLogLikelihood(cdnow, single),
            1e-12,
          );
        },
      ),
    );
  });
});

describe('BG/NBD predictions', () => {
  it('P(alive) and E[Y(t) | history] match numerical integration of the model', () => {
    for (const params of [cdnow, loyal]) {
      for (const history of histories) {
        const exact = bruteForce(params, history);
        expectRelative(probabilityAlive(params, history), exact.probabilityAlive, 1e-9);
        for (const t of [1, 39]) {
          expectRelative(conditionalExpectedPurchases(params, history, t), exact.expectedPurchases(t), 1e-7);
        }
      }
    }
  });

  it('P(alive) is 1 without repeat purchases and the closed form of the P(alive) note otherwise', () => {
    expect(probabilityAlive(cdnow, { x: 0, tx: 0, T: 100 })).toBe(1);
    const { r, alpha, a, b } = cdnow;
    const [x, tx, T] = [3, 10, 40];
    const closedForm = 1 / (1 + (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x));
    expectRelative(probabilityAlive(cdnow, { x, tx, T }), closedForm, 1e-14);
    expect(probabilityAlive(cdnow, { x: 5000, tx: 1, T: 5000 })).toBe(0);
  });

  it('E[Y(t) | history] equals FHL 2005 eq. 10 evaluated literally with a library ₂F₁', () => {
    const eq10 = ({ r, alpha, a, b }: BgNbdParams, { x, tx, T }: PurchaseHistory, t: number) => {
      const z = t / (alpha + T + t);
      const numerator =
        ((a + b + x - 1) / (a - 1)) *
        (1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z));
      const denominator = 1 + (x > 0 ? (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x) : 0);
      return numerator / denominator;
    };
    for (const params of [cdnow, loyal]) {
      for (const history of histories) {
        for (const t of [0.5, 4, 39, 200]) {
          expectRelative(conditionalExpectedPurchases(params, history, t), eq10(params, history, t), 1e-9);
        }
      }
    }
  });

  it('is smooth through a = 1, where eq. 10 reads 0/0', () => {
    const history = { x: 2, tx: 30, T: 40 };
    const at = (a: number) => conditionalExpectedPurchases({ ...cdnow, a }, history, 52);
    const atOne = at(1);
    expect(Number.isFinite(atOne)).toBe(true);
    expectRelative(atOne, (at(1 - 1e-6) + at(1 + 1e-6)) / 2, 1e-9);
  });

  it('E[X(t)] is the conditional expectation of a newborn customer', () => {
    for (const t of [0, 1, 52]) {
      expect(expectedPurchases(cdnow, t)).toBeCloseTo(
        conditionalExpectedPurchases(cdnow, { x: 0, tx: 0, T: 0 }, t),
        14,
      );
    }
    expect(expectedPurchases(cdnow, 0)).toBe(0);
    expect(() => expectedPurchases(cdnow, -1)).toThrow(RangeError);
    expect(() => expectedPurchases(cdnow, Infinity)).toThrow(RangeError);
  });

  const params = fc.record({
    r: fc.double({ min: 0.01, max: 30, noNaN: true }),
    alpha: fc.double({ min: 0.01, max: 100, noNaN: true }),
    a: fc.double({ min: 0.01, max: 30, noNaN: true }),
    b: fc.double({ min: 0.01, max: 30, noNaN: true }),
  });
  const history = fc
    .record({
      x: fc.integer({ min: 0, max: 200 }),
      T: fc.double({ min: 0, max: 500, noNaN: true }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ x, T, share }) => ({ x, T, tx: x === 0 ? 0 : share * T }));

  it('keeps P(alive) in [0, 1]', () => {
    fc.assert(
      fc.property(params, history, (p, h) => {
        const value = probabilityAlive(p, h);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('keeps expected purchases non-negative and non-decreasing in t', () => {
    fc.assert(
      fc.property(
        params,
        history,
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        (p, h, u, v) => {
          // Horizons up to 20·(α+T) keep z = t/(α+T+t) ≤ 0.95.
          const [t1, t2] = [Math.min(u, v), Math.max(u, v)].map((s) => s * (p.alpha + h.T)) as [
            number,
            number,
          ];
          const e1 = conditionalExpectedPurchases(p, h, t1);
          const e2 = conditionalExpectedPurchases(p, h, t2);
          expect(e1).toBeGreaterThanOrEqual(0);
          expect(e2).toBeGreaterThanOrEqual(e1 * (1 - 1e-12));
        },
      ),
    );
  });
});

describe('nextPurchase', () => {
  it('reports the median of the Lomax wait of an alive customer, and its mean', () => {
    const history = { x: 4, tx: 20, T: 30 };
    const { r, alpha } = cdnow;
    const estimate = nextPurchase(cdnow, history);
    expect(estimate.probabilityAlive).toBe(probabilityAlive(cdnow, history));
    // P(W > w | alive) = ∫ e^{−λw} Gamma(λ; r+x, α+T) dλ must be ½ at the median.
    const posterior = (l: number, w: number) =>
      Math.exp((r + history.x - 1) * Math.log(l) - (alpha + history.T + w) * l);
    const survival =
      overPositive((l) => posterior(l, estimate.medianWait)) / overPositive((l) => posterior(l, 0));
    expect(survival).toBeCloseTo(0.5, 10);
    expect(estimate.meanWait).toBeCloseTo((alpha + history.T) / (r + history.x - 1), 12);
    expect(nextPurchase(cdnow, { x: 0, tx: 0, T: 10 }).meanWait).toBe(Infinity);
  });

  it('turns a wait into a calendar date', () => {
    const asOf = Date.UTC(2024, 0, 1);
    expect(dateAfter(asOf, 2, 'week').toISOString()).toBe('2024-01-15T00:00:00.000Z');
    expect(dateAfter(new Date(asOf), 1.5, 'day').toISOString()).toBe('2024-01-02T12:00:00.000Z');
  });
});

describe('fitBgNbd', () => {
  it('rejects histories the model cannot have', () => {
    const fit = (x: number, tx: number, T: number, count = 1) =>
      fitBgNbd({
        x: Float64Array.of(x),
        tx: Float64Array.of(tx),
        T: Float64Array.of(T),
        count: Float64Array.of(count),
      });
    expect(() => fit(1.5, 1, 2)).toThrow(RangeError);
    expect(() => fit(1, 3, 2)).toThrow(RangeError);
    expect(() => fit(0, 1, 2)).toThrow(RangeError);
    expect(() => fit(1, 1, 2, 0)).toThrow(RangeError);
    expect(() => fit(0, 0, 0)).toThrow(RangeError);
    expect(() => fitBgNbd(rowsFromHistories([1], [1], [2]), { penalizer: -1 })).toThrow(RangeError);
  });
});
