import gammaln from '@stdlib/math-base-special-gammaln';
import type { GammaGammaParams } from './types.js';

/**
 * Log-density of a customer's mean repeat-transaction value m̄ over x transactions, Fader & Hardie
 * 2013 ("The Gamma-Gamma Model of Monetary Value") eq. 3, in the form lifetimes implements:
 *   lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + (px−1) ln m̄ + px ln x − (px+q) ln(γ + x m̄).
 */
export function gammaGammaLogLikelihood(params: GammaGammaParams, x: number, meanValue: number): number {
  const { p, q, gamma } = params;
  return (
    gammaln(p * x + q) -
    gammaln(p * x) -
    gammaln(q) +
    q * Math.log(gamma) +
    (p * x - 1) * Math.log(meanValue) +
    p * x * Math.log(x) -
    (p * x + q) * Math.log(gamma + x * meanValue)
  );
}

/**
 * E[M | x, m̄], the expected value of this customer's future transactions, Fader & Hardie 2013
 * eq. 5: a weighted mean of the population mean pγ/(q−1) and the customer's own m̄, the weight on
 * m̄ being px/(px+q−1). With x = 0 it is the population mean. Needs q > 1 (the population mean is
 * infinite otherwise). The result is in the money unit of the fit (integer minor units in retain).
 */
export function conditionalExpectedOrderValue(
  params: GammaGammaParams,
  x: number,
  meanValue: number,
): number {
  const { p, q, gamma } = params;
  if (!(q > 1)) throw new RangeError('the Gamma-Gamma mean order value needs q > 1');
  const ownWeight = (p * x) / (p * x + q - 1);
  return (1 - ownWeight) * ((p * gamma) / (q - 1)) + (x > 0 ? ownWeight * meanValue : 0);
}
