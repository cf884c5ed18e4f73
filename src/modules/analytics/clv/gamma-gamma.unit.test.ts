import gammaln from '@stdlib/math-base-special-gammaln';
import { describe, expect, it } from 'vitest';
import { mulberry32, overPositive, sampleGamma } from '../../../testing/pure.js';
import { fitGammaGamma } from './gamma-gamma-fit.js';
import { conditionalExpectedOrderValue, gammaGammaLogLikelihood } from './gamma-gamma.js';
import type { GammaGammaParams } from './types.js';

const params: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 };

/** 400 customers with 0–6 repeat purchases whose values follow the model, in dollars. */
function simulatedSpend() {
  const random = mulberry32(7);
  const frequency = Array.from({ length: 400 }, (_, i) => (i % 50 === 0 ? 0 : 1 + Math.floor(random() * 6)));
  const monetaryValue = frequency.map((x) => {
    if (x === 0) return 0;
    const nu = sampleGamma(random, params.q) / params.gamma;
    return Array.from({ length: x }, () => sampleGamma(random, params.p) / nu).reduce((s, v) => s + v) / x;
  });
  return { frequency, monetaryValue };
}

describe('Gamma-Gamma', () => {
  it('has a log-likelihood that is a probability density of m̄ for each x', () => {
    for (const x of [1, 2, 7, 30]) {
      const total = overPositive((m) => Math.exp(gammaGammaLogLikelihood(params, x, m)));
      expect(total).toBeCloseTo(1, 10);
    }
  });

  it('equals the density of the mean of x Gamma(p, ν) values integrated over ν ~ Gamma(q, γ)', () => {
    // The mean of x Gamma(p, ν) values is Gamma(px, xν) (FH 2013 eq. 1).
    const { p, q, gamma } = params;
    for (const [x, m] of [
      [1, 20],
      [3, 35.5],
      [12, 80],
    ] as const) {
      const mixed = overPositive((nu) =>
        Math.exp(
          p * x * Math.log(x * nu) +
            (p * x - 1) * Math.log(m) -
            x * nu * m -
            gammaln(p * x) +
            q * Math.log(gamma) +
            (q - 1) * Math.log(nu) -
            gamma * nu -
            gammaln(q),
        ),
      );
      expect(gammaGammaLogLikelihood(params, x, m)).toBeCloseTo(Math.log(mixed), 9);
    }
  });

  it('expects the posterior mean of p/ν as the order value (FH 2013 eq. 5)', () => {
    const { p, q, gamma } = params;
    for (const [x, m] of [
      [0, 0],
      [2, 22.35],
      [9, 120],
    ] as const) {
      // ν | x, m̄ has density ∝ ν^{px+q−1} e^{−ν(γ + x m̄)}.
      const posterior = (nu: number) => Math.exp((p * x + q - 1) * Math.log(nu) - nu * (gamma + x * m));
      const mean = overPositive((nu) => (p / nu) * posterior(nu)) / overPositive(posterior);
      expect(conditionalExpectedOrderValue(params, x, m)).toBeCloseTo(mean, 9);
    }
    expect(conditionalExpectedOrderValue(params, 0, 0)).toBeCloseTo((p * gamma) / (q - 1), 12);
    expect(() => conditionalExpectedOrderValue({ ...params, q: 0.9 }, 1, 10)).toThrow(RangeError);
  });

  it('fits the same parameters in any money unit, skipping customers without repeat value', () => {
    const { frequency, monetaryValue: dollars } = simulatedSpend();
    const inDollars = fitGammaGamma({ frequency, monetaryValue: dollars });
    const inCents = fitGammaGamma({ frequency, monetaryValue: dollars.map((d) => d * 100) });
    expect(inDollars.customers).toBe(392);
    // Equal to the optimizer's precision (relative steps below 1e-6).
    expect(Math.abs(inCents.p / inDollars.p - 1)).toBeLessThan(1e-5);
    expect(Math.abs(inCents.q / inDollars.q - 1)).toBeLessThan(1e-5);
    expect(Math.abs(inCents.gamma / 100 / inDollars.gamma - 1)).toBeLessThan(1e-5);
    // The density of m̄ in cents is the density in dollars divided by 100, per customer.
    expect(inCents.logLikelihood).toBeCloseTo(inDollars.logLikelihood - 392 * Math.log(100), 6);
  });

  it('shrinks the parameters under a penalizer', () => {
    const free = fitGammaGamma(simulatedSpend());
    const penalized = fitGammaGamma(simulatedSpend(), { penalizer: 0.1 });
    expect(penalized.p).toBeLessThan(free.p);
    expect(penalized.q).toBeLessThan(free.q);
    expect(penalized.logLikelihood).toBeLessThan(free.logLikelihood);
  });

  it('rejects data without information', () => {
    expect(() => fitGammaGamma({ frequency: [0, 0], monetaryValue: [0, 0] })).toThrow(RangeError);
    expect(() => fitGammaGamma({ frequency: [1.5], monetaryValue: [10] })).toThrow(RangeError);
  });
});
