import digamma from '@stdlib/math-base-special-digamma';
import gammaln from '@stdlib/math-base-special-gammaln';
import { maximizeLikelihood } from './mle.js';
import type { GammaGammaFit, GammaGammaParams } from './types.js';

export interface GammaGammaFitOptions {
  /**
   * L2 penalty c·(p² + q² + γ'²) on the mean negative log-likelihood, as lifetimes'
   * `penalizer_coef`, except that γ' is γ measured in units of the customers' mean spend: lifetimes
   * penalizes γ in raw money units, which would make the coefficient depend on the currency's minor
   * unit. Default 0.
   */
  penalizer?: number;
  maxIterations?: number;
}

/** Per-customer frequency and mean repeat value; an `RfmSummary` fits this shape. */
export interface SpendHistories {
  frequency: ArrayLike<number>;
  monetaryValue: ArrayLike<number>;
}

/**
 * Maximum-likelihood Gamma-Gamma fit (Fader & Hardie 2013) by BFGS over log-parameters with the
 * analytic gradient. Only customers with x ≥ 1 and a positive mean repeat value carry information
 * (x = 0 has no repeat transactions; a zero or negative mean has no Gamma density) — others are
 * skipped. Money is rescaled internally to mean 1 so the start and the penalty are unit-free.
 */
export function fitGammaGamma(data: SpendHistories, options: GammaGammaFitOptions = {}): GammaGammaFit {
  const prepared = prepareSpend(data);
  const customers = prepared.m.length;
  const toParams = (θ: Float64Array): GammaGammaParams => ({ p: θ[0]!, q: θ[1]!, gamma: θ[2]! });
  // p = 1, q = 2, γ = 1 puts the population mean pγ/(q−1) at the (rescaled) observed mean.
  const fit = maximizeLikelihood(
    (θ, gradient) => logLikelihoodWithGradient(prepared, toParams(θ), gradient),
    customers,
    [1, 2, 1],
    options,
  );
  const scaled = toParams(fit.params);
  const ll = logLikelihoodWithGradient(prepared, scaled, new Float64Array(3));
  return {
    ...scaled,
    gamma: scaled.gamma / prepared.moneyScale,
    // Undo the rescaling: each customer's density of m̄ gains the Jacobian ln(scale).
    logLikelihood: ll + customers * Math.log(prepared.moneyScale),
    customers,
    iterations: fit.iterations,
    converged: fit.converged,
  };
}

interface PreparedSpend {
  xs: Float64Array;
  customersWithX: Float64Array;
  logMeanSumWithX: Float64Array;
  rowX: Int32Array;
  /** Rescaled mean repeat values. */
  m: Float64Array;
  moneyScale: number;
}

function prepareSpend(data: SpendHistories): PreparedSpend {
  const kept: number[] = [];
  let total = 0;
  for (let i = 0; i < data.frequency.length; i++) {
    const x = data.frequency[i]!;
    const m = data.monetaryValue[i]!;
    if (!Number.isInteger(x) || x < 0 || Number.isNaN(m))
      throw new RangeError(`customer ${i}: invalid x or value`);
    if (x >= 1 && m > 0 && Number.isFinite(m)) {
      kept.push(i);
      total += m;
    }
  }
  if (kept.length === 0)
    throw new RangeError('Gamma-Gamma needs customers with repeat purchases of positive value');
  const moneyScale = kept.length / total;
  const index = new Map<number, number>();
  const rowX = new Int32Array(kept.length);
  const m = new Float64Array(kept.length);
  kept.forEach((i, row) => {
    const x = data.frequency[i]!;
    if (!index.has(x)) index.set(x, index.size);
    rowX[row] = index.get(x)!;
    m[row] = data.monetaryValue[i]! * moneyScale;
  });
  const xs = Float64Array.from(index.keys());
  const customersWithX = new Float64Array(xs.length);
  const logMeanSumWithX = new Float64Array(xs.length);
  for (let row = 0; row < m.length; row++) {
    customersWithX[rowX[row]!]!++;
    logMeanSumWithX[rowX[row]!]! += Math.log(m[row]!);
  }
  return { xs, customersWithX, logMeanSumWithX, rowX, m, moneyScale };
}

/**
 * Σ LL (FH 2013 eq. 3) and its gradient with respect to (p, q, γ), written into `gradient`:
 *   ∂/∂p = x·[ψ(px+q) − ψ(px) + ln m̄ + ln x − ln(γ+x m̄)]
 *   ∂/∂q = ψ(px+q) − ψ(q) + ln γ − ln(γ+x m̄)
 *   ∂/∂γ = q/γ − (px+q)/(γ+x m̄)
 * Only ln(γ + x m̄) varies per customer; everything else is summed per distinct x.
 */
function logLikelihoodWithGradient(
  data: PreparedSpend,
  params: GammaGammaParams,
  gradient: Float64Array,
): number {
  const { p, q, gamma } = params;
  const logSum = new Float64Array(data.xs.length);
  const invSum = new Float64Array(data.xs.length);
  for (let row = 0; row < data.m.length; row++) {
    const j = data.rowX[row]!;
    const s = gamma + data.xs[j]! * data.m[row]!;
    logSum[j]! += Math.log(s);
    invSum[j]! += 1 / s;
  }
  const logGamma = Math.log(gamma);
  const lgQ = gammaln(q);
  const psiQ = digamma(q);
  let ll = 0;
  let dp = 0;
  let dq = 0;
  let dGamma = 0;
  for (let j = 0; j < data.xs.length; j++) {
    const x = data.xs[j]!;
    const n = data.customersWithX[j]!;
    const px = p * x;
    const psiPxq = digamma(px + q);
    ll +=
      n * (gammaln(px + q) - gammaln(px) - lgQ + q * logGamma + px * Math.log(x)) +
      (px - 1) * data.logMeanSumWithX[j]! -
      (px + q) * logSum[j]!;
    dp += x * (n * (psiPxq - digamma(px) + Math.log(x)) + data.logMeanSumWithX[j]! - logSum[j]!);
    dq += n * (psiPxq - psiQ + logGamma) - logSum[j]!;
    dGamma += (n * q) / gamma - (px + q) * invSum[j]!;
  }
  gradient[0] = dp;
  gradient[1] = dq;
  gradient[2] = dGamma;
  return ll;
}
