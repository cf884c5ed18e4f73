import { PredictionNotComputableError } from './errors.js';
import { dayMs } from '../../../core/time.js';
import { DAYS_PER_UNIT, toEpochMs } from './time.js';
import type { BgNbdParams, PurchaseHistory, TimeUnit } from './types.js';

/**
 * P(alive | x, t_x, T) from Fader, Hardie & Lee, "Computing P(alive) using the BG/NBD model"
 * (2008 note, eq. 2; FHL 2005 eq. 11 is the same ratio):
 *   1 / (1 + δ_{x>0} · a/(b+x−1) · ((α+T)/(α+t_x))^{r+x}).
 * A customer without repeat purchases cannot have dropped out (dropout happens only right after a
 * purchase), hence 1 at x = 0. Computed through the log-odds so large x cannot overflow.
 */
export function probabilityAlive(params: BgNbdParams, history: PurchaseHistory): number {
  const { r, alpha, a, b } = params;
  const { x, tx, T } = history;
  if (x === 0) return 1;
  const logOddsDead = Math.log(a / (b + x - 1)) + (r + x) * Math.log1p((T - tx) / (alpha + tx));
  return 1 / (1 + Math.exp(logOddsDead));
}

/**
 * E[Y(t) | x, t_x, T]: expected purchases in (T, T+t] given the history, FHL 2005 eq. 10, which is
 * P(alive) times the expectation for a customer known to be alive at T.
 */
export function conditionalExpectedPurchases(
  params: BgNbdParams,
  history: PurchaseHistory,
  t: number,
): number {
  return probabilityAlive(params, history) * expectedPurchasesWhileAlive(params, history.x, history.T, t);
}

/**
 * E[X(t)]: expected repeat purchases in (0, t] of a customer who has just made a first purchase,
 * FHL 2005 eq. 9 — the alive-at-T expectation with x = 0 and T = 0.
 */
export function expectedPurchases(params: BgNbdParams, t: number): number {
  return expectedPurchasesWhileAlive(params, 0, 0, t);
}

/**
 * Numerator of FHL 2005 eq. 10, the expected purchases in the next t of a customer alive at T.
 * Given alive, λ ~ Gamma(r+x, α+T) and p ~ Beta(a, b+x) independently (the posterior behind the
 * P(alive) note), so the count K of purchase opportunities in t is negative binomial,
 *   P(K = k) = (1−z)^{r+x} (r+x)_k z^k / k!,  z = t/(α+T+t),
 * and the (m+1)-th happens iff K > m and the customer survived the m dropout draws before it:
 *   E = Σ_{m≥0} P(K > m) · E[(1−p)^m] = Σ_{m≥0} P(K > m) · (b+x)_m / (a+b+x)_m.
 * This is eq. 10's C/(a−1)·[1 − (1−z)^{r+x} ₂F₁(r+x, b+x; C; z)] (FHL's E[X(t) | λ, p] = (1 − e^{−λpt})/p
 * averaged over the posterior), but every term is a non-negative product of two probabilities:
 * nothing cancels for small t, a = 1 is not special (eq. 10 reads 0/0 there), and large a and b —
 * where the ₂F₁ series overflows — only make E[(1−p)^m] fall faster, towards (b/(a+b))^m.
 * See `remainingBound` for when summing stops. It depends on (x, T) only, not on t_x: callers
 * scoring many customers can compute it once per distinct (x, T) and multiply by P(alive).
 */
export function expectedPurchasesWhileAlive(params: BgNbdParams, x: number, T: number, t: number): number {
  if (!(t >= 0) || !Number.isFinite(t)) throw new RangeError('t must be a finite non-negative number');
  const { r, alpha, a, b } = params;
  const n = r + x;
  const z = t / (alpha + T + t);
  if (z === 0) return 0;
  const logZ = Math.log(z);
  // ln P(K = m) is tracked in log space while P(K = m) would be subnormal (a long horizon with
  // large r+x puts P(K = 0) = (1−z)^{r+x} below 1e-308); products are exact enough above that.
  let logMass = n * Math.log1p(-z);
  let mass = logMass > LOG_MASS_MIN ? Math.exp(logMass) : 0;
  let tail = -Math.expm1(logMass);
  let survival = 1;
  let sum = 0;
  for (let m = 0; m < EXPECTATION_TERMS_MAX; m++) {
    const term = Math.max(tail, 0) * survival;
    sum += term;
    const ratio = ((n + m) * z) / (m + 1);
    if (mass > 0) mass *= ratio;
    else {
      logMass += Math.log(n + m) + logZ - Math.log(m + 1);
      if (logMass > LOG_MASS_MIN) mass = Math.exp(logMass);
    }
    if (remainingBound(term, survival, mass, ratio, z, a, b + x + m) <= 1e-16 * sum) return sum;
    tail -= mass;
    survival *= (b + x + m) / (a + b + x + m);
  }
  throw new PredictionNotComputableError(
    `expected purchases did not converge within ${EXPECTATION_TERMS_MAX} terms (z = ${z}, r+x = ${n}, a = ${a})`,
  );
}

/** Below e^{−700} a probability mass is kept as its logarithm (subnormals lose precision). */
const LOG_MASS_MIN = -700;
/** Ample for z ≤ 1 − 1e-4, i.e. horizons up to 10⁴·(α+T); only a degenerate fit gets near it. */
const EXPECTATION_TERMS_MAX = 10_000_000;

/**
 * An upper bound on Σ_{j>m} P(K > j)·w_j after adding term_m = P(K > m)·w_m, w_j = E[(1−p)^j]
 * non-increasing. Either factor alone bounds the rest:
 * - past the mode of K the mass ratios P(K = j+1)/P(K = j) = (n+j)z/(j+1) are at most
 *   ρ = max(the ratio at m, z) for all j ≥ m (they decrease to z when n ≥ 1 and increase to z when
 *   n < 1), so P(K > j) ≤ P(K = j+1)/(1−ρ) and the rest is at most w_m·P(K = m+1)/(1−ρ)². This
 *   uses the masses, not the running tail 1 − Σ P(K = k), whose rounding error never shrinks;
 * - for a > 1, Σ_{j>m} w_j = E[(1−p)^{m+1}/p] = w_m·(b+x+m)/(a−1) (a Beta integral, p ~ Beta(a, b+x))
 *   and P(K > j) ≤ P(K > m), so the rest is at most term_m·(b+x+m)/(a−1).
 */
function remainingBound(
  term: number,
  survival: number,
  nextMass: number,
  ratio: number,
  z: number,
  a: number,
  betaM: number,
): number {
  const rho = Math.max(ratio, z);
  const geometric = rho < 1 ? (survival * nextMass) / ((1 - rho) * (1 - rho)) : Infinity;
  const beta = a > 1 ? (term * betaM) / (a - 1) : Infinity;
  return Math.min(geometric, beta);
}

export interface NextPurchaseEstimate {
  /** Probability that the customer is alive and so will buy again (P(alive)). */
  probabilityAlive: number;
  /** Median time from T to the next purchase if alive, in the data's time unit. */
  medianWait: number;
  /** Mean of that wait; Infinity when r + x ≤ 1, where the mean does not exist. */
  meanWait: number;
}

/**
 * When the next purchase is due. BG/NBD customers drop out only right after a purchase, so a
 * customer alive at T will certainly buy again; given alive, λ | history ~ Gamma(r+x, α+T) (the
 * posterior behind the P(alive) note), and the exponential wait W to the next purchase is then
 * Lomax: P(W > w | alive) = ((α+T)/(α+T+w))^{r+x}. We report its median
 * (α+T)·(2^{1/(r+x)} − 1) as the expected next-purchase time — robust where the mean
 * (α+T)/(r+x−1) is huge or infinite — together with P(alive), the chance that it happens at all.
 */
export function nextPurchase(params: BgNbdParams, history: PurchaseHistory): NextPurchaseEstimate {
  const shape = params.r + history.x;
  const scale = params.alpha + history.T;
  return {
    probabilityAlive: probabilityAlive(params, history),
    medianWait: scale * Math.expm1(Math.LN2 / shape),
    meanWait: shape > 1 ? scale / (shape - 1) : Infinity,
  };
}

/** The calendar instant `wait` time units after asOf (e.g. asOf + medianWait: the next-order date). */
export function dateAfter(asOf: number | Date, wait: number, timeUnit: TimeUnit): Date {
  return new Date(toEpochMs(asOf) + wait * DAYS_PER_UNIT[timeUnit] * dayMs);
}
