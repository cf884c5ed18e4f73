import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conditionalExpectedPurchases, expectedPurchases, probabilityAlive } from './bgnbd-predict.js';
import { PredictionNotComputableError } from './errors.js';
import { overPositive, trapezoid } from '../../../testing/pure.js';
import type { BgNbdParams, PurchaseHistory } from './types.js';

// A fit on a 600-customer shop with little dropout heterogeneity: a and b run large while
// a/(a+b) ≈ 0.21 stays put. FHL 2005 eq. 10's ₂F₁(r+x, b+x; a+b+x−1; z) series overflowed there.
const wide: BgNbdParams = { r: 1.2, alpha: 30, a: 4953, b: 18291 };
const histories: PurchaseHistory[] = [
  { x: 3, tx: 40, T: 52 },
  { x: 0, tx: 0, T: 20 },
  { x: 10, tx: 60, T: 70 },
];
const horizonsDays = [30, 90, 365];

function expectRelative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

/**
 * E[Y(t) | history] integrated over λ and p from the model's definitions (FHL 2005 §3): alive
 * weight λ^{r+x−1}e^{−(α+T)λ}·p^{a−1}(1−p)^{b+x−1}, dropped-out weight
 * λ^{r+x−1}e^{−(α+t_x)λ}·p^a(1−p)^{b+x−2}, and E[purchases in t | λ, p, alive] = (1 − e^{−λpt})/p.
 * For large a and b the Beta factor is a spike of width √(1/a + 1/(b+x)) in logit space, so p is
 * integrated on a grid around its mode, with the log-weights shifted by their value there.
 */
function bruteForce({ r, alpha, a, b }: BgNbdParams, { x, tx, T }: PurchaseHistory, t: number): number {
  const [n, beta] = [r + x, b + x];
  const mode = Math.log(a / beta);
  // A Gaussian-like spike near the mode, tails like e^{a·y} and e^{−(b+x)·y} beyond it.
  const width = 14 * Math.sqrt(1 / a + 1 / beta);
  const overP = (g: (p: number, logP: number, logQ: number) => number) =>
    trapezoid(
      (y) => {
        const logP = -Math.log1p(Math.exp(-y));
        const logQ = -Math.log1p(Math.exp(y));
        return g(Math.exp(logP), logP, logQ);
      },
      mode - width - 40 / a,
      mode + width + 40 / beta,
      1601,
    );
  const shift = a * -Math.log1p(Math.exp(-mode)) + beta * -Math.log1p(Math.exp(mode));
  // Densities in y = logit p carry the Jacobian p(1−p).
  const aliveP = (logP: number, logQ: number) => Math.exp(a * logP + beta * logQ - shift);
  const deadP = (logP: number, logQ: number) => Math.exp((a + 1) * logP + (beta - 1) * logQ - shift);
  const rate = (age: number) => (l: number) => Math.exp((n - 1) * Math.log(l) - (alpha + age) * l);
  const alive = overPositive(rate(T)) * overP((_, lp, lq) => aliveP(lp, lq));
  const dead = x > 0 ? overPositive(rate(tx)) * overP((_, lp, lq) => deadP(lp, lq)) : 0;
  const purchases = overPositive(
    (l) => rate(T)(l) * overP((p, lp, lq) => (-Math.expm1(-l * p * t) / p) * aliveP(lp, lq)),
    { lo: -40, hi: 6, points: 200 },
  );
  return purchases / (alive + dead);
}

describe('BG/NBD predictions with large a and b', () => {
  it('match FHL 2005 eq. 10 evaluated by mpmath at a ≈ 4953, b ≈ 18291', () => {
    // mpmath 1.3 at 50 digits, rounded to doubles: eq. 10 literally, with mpmath's hyp2f1, for
    // horizons of 30, 90 and 365 days in weeks, and the P(alive) note's closed form.
    const reference: [number, number[]][] = [
      [0.6552018533313533, [0.1397546858126668, 0.3964380353133572, 1.271715900470584]],
      [1, [0.1008301400688776, 0.2910008325046837, 1.0043033608702916]],
      [0.5316749825233084, [0.2415462849342145, 0.6517473531901201, 1.7288597454822214]],
    ];
    histories.forEach((history, i) => {
      const [alive, expected] = reference[i]!;
      expectRelative(probabilityAlive(wide, history), alive, 1e-14);
      horizonsDays.forEach((days, j) => {
        expectRelative(conditionalExpectedPurchases(wide, history, days / 7), expected[j]!, 1e-12);
      });
    });
  });

  it('match numerical integration of the model over λ and p', () => {
    for (const params of [wide, { r: 0.5, alpha: 3, a: 2e5, b: 9e5 }, { r: 2, alpha: 80, a: 40, b: 0.3 }]) {
      for (const history of histories) {
        for (const days of horizonsDays) {
          const t = days / 7;
          expectRelative(
            conditionalExpectedPurchases(params, history, t),
            bruteForce(params, history, t),
            1e-8,
          );
        }
      }
    }
  });

  it('approach a fixed dropout probability as a, b → ∞ with a/(a+b) fixed', () => {
    // With p fixed, given alive λ ~ Gamma(r+x, α+T), so E[Y(t)] = E[(1 − e^{−λpt})/p] =
    // (1 − ((α+T)/(α+T+pt))^{r+x})/p and P(alive) = 1/(1 + p/(1−p)·((α+T)/(α+t_x))^{r+x}).
    const p = 0.2;
    const scale = 1e12;
    const params = { r: 1.2, alpha: 30, a: p * scale, b: (1 - p) * scale };
    for (const { x, tx, T } of histories) {
      const n = params.r + x;
      const alive = x > 0 ? 1 / (1 + (p / (1 - p)) * ((30 + T) / (30 + tx)) ** n) : 1;
      expectRelative(probabilityAlive(params, { x, tx, T }), alive, 1e-9);
      for (const days of horizonsDays) {
        const t = days / 7;
        const whileAlive = -Math.expm1(-n * Math.log1p((p * t) / (30 + T))) / p;
        expectRelative(conditionalExpectedPurchases(params, { x, tx, T }, t), alive * whileAlive, 1e-9);
      }
    }
  });

  it('approach no dropout, (r+x)/(α+T)·t purchases, when a/(a+b) → 0 as well', () => {
    const params = { r: 1.2, alpha: 30, a: 1e3, b: 1e12 };
    for (const { x, tx, T } of histories) {
      const alive = probabilityAlive(params, { x, tx, T });
      expect(alive).toBeLessThanOrEqual(1);
      expect(1 - alive).toBeLessThan(1e-8);
      for (const days of horizonsDays) {
        const t = days / 7;
        expectRelative(
          conditionalExpectedPurchases(params, { x, tx, T }, t),
          ((params.r + x) / (30 + T)) * t,
          1e-7,
        );
      }
    }
  });

  const logUniform = (min: number, max: number) =>
    fc.double({ min: Math.log(min), max: Math.log(max), noNaN: true }).map(Math.exp);
  const params = fc.record({
    r: logUniform(0.01, 50),
    alpha: logUniform(0.01, 1000),
    a: logUniform(0.01, 1e6),
    b: logUniform(0.01, 1e6),
  });
  const history = fc
    .record({
      x: fc.integer({ min: 0, max: 300 }),
      T: fc.double({ min: 0, max: 500, noNaN: true }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ x, T, share }) => ({ x, T, tx: x === 0 ? 0 : share * T }));

  it('stay finite, non-negative and non-decreasing in t, with P(alive) in [0, 1], for any a and b', () => {
    fc.assert(
      fc.property(
        params,
        history,
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        (p, h, u, v) => {
          const alive = probabilityAlive(p, h);
          expect(alive).toBeGreaterThanOrEqual(0);
          expect(alive).toBeLessThanOrEqual(1);
          // Horizons up to 20·(α+T), z = t/(α+T+t) ≤ 0.95, as for the CDNOW-sized parameters.
          const [t1, t2] = [Math.min(u, v), Math.max(u, v)].map((s) => s * (p.alpha + h.T)) as [
            number,
            number,
          ];
          const e1 = conditionalExpectedPurchases(p, h, t1);
          const e2 = conditionalExpectedPurchases(p, h, t2);
          expect(Number.isFinite(e2)).toBe(true);
          expect(e1).toBeGreaterThanOrEqual(0);
          // Summation rounding may reorder values equal to ~1e-15 relative, never more.
          expect(e2).toBeGreaterThanOrEqual(e1 * (1 - 1e-12));
          // A customer cannot expect more purchases than purchase opportunities, E[K] = (r+x)·t/(α+T).
          expect(e2).toBeLessThanOrEqual((((p.r + h.x) * t2) / (p.alpha + h.T)) * (1 + 1e-12));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('report a horizon far beyond α + T that cannot be summed as PredictionNotComputableError', () => {
    // z = 1 − 2e-11 and a < 1: E[(1−p)^m] barely falls, so ~(r+x)·z/(1−z) terms would be needed.
    const degenerate = { r: 1, alpha: 1e-9, a: 0.5, b: 1 };
    expect(() => expectedPurchases(degenerate, 52)).toThrow(PredictionNotComputableError);
    expect(Number.isFinite(expectedPurchases({ ...degenerate, alpha: 30 }, 52))).toBe(true);
  });
});
