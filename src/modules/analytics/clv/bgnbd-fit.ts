import digamma from '@stdlib/math-base-special-digamma';
import gammaln from '@stdlib/math-base-special-gammaln';
import { maximizeLikelihood } from './mle.js';
import type { BgNbdFit, BgNbdParams, RfmRows } from './types.js';

export interface BgNbdFitOptions {
  /**
   * L2 penalty c·(r² + α² + a² + b²) added to the mean negative log-likelihood, as lifetimes'
   * `penalizer_coef`; like lifetimes, α is taken in time rescaled so that the largest T is 10,
   * which makes the coefficient mean the same in weeks and in days. Default 0.
   */
  penalizer?: number;
  maxIterations?: number;
}

// lifetimes' `_scale_time`: fitting in time scaled to max T = 10 keeps α near 1 whatever the unit.
const SCALED_MAX_T = 10;
const MAX_DISTINCT_TIMES = 65_536;

/**
 * Maximum-likelihood BG/NBD fit (FHL 2005 §4) by BFGS over log-parameters with the analytic
 * gradient of eq. 6. The data are first reduced to their distinct x values and distinct times, so
 * each evaluation costs one lnΓ/ψ per distinct x, one log per distinct time, and one exp and one
 * log1p per (compressed) row.
 */
export function fitBgNbd(rows: RfmRows, options: BgNbdFitOptions = {}): BgNbdFit {
  const prepared = prepareRows(rows);
  const toParams = (θ: Float64Array): BgNbdParams => ({ r: θ[0]!, alpha: θ[1]!, a: θ[2]!, b: θ[3]! });
  // Start from r = α = a = b = 1 in rescaled time (lifetimes starts near e).
  const fit = maximizeLikelihood(
    (θ, gradient) => logLikelihoodWithGradient(prepared, toParams(θ), gradient),
    prepared.customers,
    [1, 1, 1, 1],
    options,
  );
  const scaled = toParams(fit.params);
  const ll = logLikelihoodWithGradient(prepared, scaled, new Float64Array(4));
  return {
    ...scaled,
    alpha: scaled.alpha / prepared.timeScale,
    // Undo the time rescaling: each observed purchase time contributes −ln(scale) to eq. 6.
    logLikelihood: ll + Math.log(prepared.timeScale) * prepared.repeatPurchases,
    customers: prepared.customers,
    iterations: fit.iterations,
    converged: fit.converged,
  };
}

/** Rows re-expressed through their distinct x values and distinct (rescaled) times. */
interface PreparedRows {
  xs: Float64Array;
  customersWithX: Float64Array;
  times: Float64Array;
  rowX: Int32Array;
  rowTx: Int32Array;
  rowT: Int32Array;
  count: Float64Array;
  customers: number;
  repeatPurchases: number;
  timeScale: number;
}

function prepareRows(rows: RfmRows): PreparedRows {
  const n = rows.x.length;
  let maxT = 0;
  for (let i = 0; i < n; i++) {
    validateRow(rows, i);
    maxT = Math.max(maxT, rows.T[i]!);
  }
  if (!(maxT > 0)) throw new RangeError('BG/NBD needs at least one customer observed for a positive time T');
  const timeScale = SCALED_MAX_T / maxT;
  const x = distinctValues(rows.x, Infinity)!;
  const allTimes = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    allTimes[i] = rows.tx[i]! * timeScale;
    allTimes[n + i] = rows.T[i]! * timeScale;
  }
  // Histories measured in whole days share a few hundred distinct times, so one log per distinct
  // time per evaluation replaces two per row. Continuous times barely repeat: those keep one table
  // entry per row, which is also the cache-friendly order.
  const time = distinctValues(allTimes, MAX_DISTINCT_TIMES) ?? {
    values: allTimes,
    index: Int32Array.from(allTimes, (_, i) => i),
  };
  const customersWithX = new Float64Array(x.values.length);
  let customers = 0;
  let repeatPurchases = 0;
  for (let i = 0; i < n; i++) {
    customersWithX[x.index[i]!]! += rows.count[i]!;
    customers += rows.count[i]!;
    repeatPurchases += rows.count[i]! * rows.x[i]!;
  }
  return {
    xs: x.values,
    customersWithX,
    times: time.values,
    rowX: x.index,
    rowTx: time.index.subarray(0, n),
    rowT: time.index.subarray(n),
    count: rows.count,
    customers,
    repeatPurchases,
    timeScale,
  };
}

/**
 * The distinct values of an array in order of first appearance and each element's position among
 * them, or null as soon as there are more than `limit` of them.
 */
function distinctValues(
  values: Float64Array,
  limit: number,
): { values: Float64Array; index: Int32Array } | null {
  const positions = new Map<number, number>();
  const index = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    let position = positions.get(values[i]!);
    if (position === undefined) {
      if (positions.size >= limit) return null;
      position = positions.size;
      positions.set(values[i]!, position);
    }
    index[i] = position;
  }
  return { values: Float64Array.from(positions.keys()), index };
}

function validateRow(rows: RfmRows, i: number): void {
  const x = rows.x[i]!;
  const tx = rows.tx[i]!;
  const T = rows.T[i]!;
  let problem: string | null = null;
  if (!(Number.isInteger(x) && x >= 0)) problem = 'x must be a non-negative integer';
  else if (!(tx >= 0 && T >= tx && Number.isFinite(T))) problem = 'need 0 <= tx <= T < infinity';
  else if (x === 0 && tx !== 0) problem = 'tx must be 0 when x is 0';
  else if (!(rows.count[i]! > 0)) problem = 'count must be positive';
  if (problem !== null) throw new RangeError(`row ${i}: ${problem}`);
}

/**
 * Σ count·LL (FHL 2005 eq. 6) and its gradient with respect to (r, α, a, b), written into
 * `gradient`. With w = e^{A₄}/(e^{A₃}+e^{A₄}), the weight of the "dropped out after the last
 * purchase" branch of the likelihood:
 *   ∂/∂r = ψ(r+x) − ψ(r) + ln α − (1−w) ln(α+T) − w ln(α+t_x)
 *   ∂/∂α = r/α − (r+x)·[(1−w)/(α+T) + w/(α+t_x)]
 *   ∂/∂a = ψ(a+b) − ψ(a+b+x) + w/a
 *   ∂/∂b = ψ(a+b) + ψ(b+x) − ψ(b) − ψ(a+b+x) − w/(b+x−1)
 * Terms that depend on x alone are summed per distinct x, not per row.
 */
function logLikelihoodWithGradient(data: PreparedRows, params: BgNbdParams, gradient: Float64Array): number {
  const { r, alpha, a } = params;
  const perX = termsPerX(data, params);
  const logTime = new Float64Array(data.times.length);
  const invTime = new Float64Array(data.times.length);
  for (let k = 0; k < data.times.length; k++) {
    logTime[k] = Math.log(alpha + data.times[k]!);
    invTime[k] = 1 / (alpha + data.times[k]!);
  }
  let mixture = 0;
  let dr = 0;
  let dAlpha = 0;
  let dropWeight = 0;
  let dropWeightOverB = 0;
  const { rowX, rowTx, rowT, count } = data;
  for (let i = 0; i < count.length; i++) {
    const j = rowX[i]!;
    const c = count[i]!;
    const rx = r + data.xs[j]!;
    const kT = rowT[i]!;
    const A3 = -rx * logTime[kT]!;
    if (data.xs[j] === 0) {
      mixture += c * A3;
      dr += c * logTime[kT]!;
      dAlpha += c * rx * invTime[kT]!;
      continue;
    }
    const kTx = rowTx[i]!;
    const A4 = perX.logDropTerm[j]! - rx * logTime[kTx]!;
    // ln(e^{A₃} + e^{A₄}) and w from one exponential of −|A₄ − A₃|.
    const e = Math.exp(-Math.abs(A4 - A3));
    const w = A4 > A3 ? 1 / (1 + e) : e / (1 + e);
    mixture += c * (Math.max(A3, A4) + Math.log1p(e));
    dr += c * ((1 - w) * logTime[kT]! + w * logTime[kTx]!);
    dAlpha += c * rx * ((1 - w) * invTime[kT]! + w * invTime[kTx]!);
    dropWeight += c * w;
    dropWeightOverB += c * w * perX.invBx1[j]!;
  }
  gradient[0] = perX.dr - dr;
  gradient[1] = (data.customers * r) / alpha - dAlpha;
  gradient[2] = perX.da + dropWeight / a;
  gradient[3] = perX.db - dropWeightOverB;
  return perX.ll + mixture;
}

/** The x-only parts of LL and its gradient, summed over customers, plus per-x row constants. */
function termsPerX(data: PreparedRows, { r, alpha, a, b }: BgNbdParams) {
  const shared = gammaln(a + b) - gammaln(r) - gammaln(b) + r * Math.log(alpha);
  const psiR = digamma(r);
  const psiB = digamma(b);
  const psiAB = digamma(a + b);
  // ln a − ln(b+x−1), the x-only part of A₄.
  const logDropTerm = new Float64Array(data.xs.length);
  const invBx1 = new Float64Array(data.xs.length);
  let ll = 0;
  let dr = 0;
  let da = 0;
  let db = 0;
  for (let j = 0; j < data.xs.length; j++) {
    const x = data.xs[j]!;
    const n = data.customersWithX[j]!;
    ll += n * (shared + gammaln(r + x) + gammaln(b + x) - gammaln(a + b + x));
    const psiABx = digamma(a + b + x);
    dr += n * (digamma(r + x) - psiR + Math.log(alpha));
    da += n * (psiAB - psiABx);
    db += n * (psiAB + digamma(b + x) - psiB - psiABx);
    if (x > 0) {
      logDropTerm[j] = Math.log(a) - Math.log(b + x - 1);
      invBx1[j] = 1 / (b + x - 1);
    }
  }
  return { ll, dr, da, db, logDropTerm, invBx1 };
}
