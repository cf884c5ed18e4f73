import gammaln from '@stdlib/math-base-special-gammaln';
import type { BgNbdParams, RfmRows } from './types.js';

/**
 * One customer's BG/NBD log-likelihood, FHL 2005 eq. 6, in the log form of their §7 / the
 * "Implementing the BG/NBD model in Excel" note (lifetimes' A₁…A₄):
 *   A₁ = lnΓ(r+x) − lnΓ(r) + r ln α
 *   A₂ = lnΓ(a+b) + lnΓ(b+x) − lnΓ(b) − lnΓ(a+b+x)
 *   A₃ = −(r+x) ln(α+T)
 *   A₄ = ln a − ln(b+x−1) − (r+x) ln(α+t_x)      (only when x > 0)
 *   LL = A₁ + A₂ + ln(e^{A₃} + δ_{x>0} e^{A₄})
 * The last term is a log-sum-exp, evaluated without overflow.
 */
export function bgNbdLogLikelihood(params: BgNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = params;
  const A1 = gammaln(r + x) - gammaln(r) + r * Math.log(alpha);
  const A2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x);
  const A3 = -(r + x) * Math.log(alpha + T);
  if (x === 0) return A1 + A2 + A3;
  const A4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
  return A1 + A2 + logAddExp(A3, A4);
}

/** Σ count·LL over the rows; compressed and uncompressed rows give the same total. */
export function bgNbdTotalLogLikelihood(params: BgNbdParams, rows: RfmRows): number {
  let total = 0;
  for (let i = 0; i < rows.x.length; i++) {
    total += rows.count[i]! * bgNbdLogLikelihood(params, rows.x[i]!, rows.tx[i]!, rows.T[i]!);
  }
  return total;
}

function logAddExp(u: number, v: number): number {
  return u > v ? u + Math.log1p(Math.exp(v - u)) : v + Math.log1p(Math.exp(u - v));
}
