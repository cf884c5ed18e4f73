// Quasi-Newton minimization for the few-parameter likelihoods of this module: BFGS on the inverse
// Hessian (Nocedal & Wright, "Numerical Optimization", 2nd ed., Algorithm 6.1 with eq. 6.17),
// the first step's scaling of eq. 6.20, and a backtracking Armijo line search (Algorithm 3.1) that
// also backs off from non-finite values. Analytic gradients make each iteration one or two passes
// over the data, against the dozens of passes per iteration Nelder–Mead needs in four dimensions.

/** Returns f(x) and writes ∇f(x) into `gradient`. Non-finite values count as +∞. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface MinimizeOptions {
  maxIterations?: number;
}

export interface MinimizeResult {
  x: Float64Array;
  value: number;
  iterations: number;
  converged: boolean;
}

// Converged when every gradient component is below GRADIENT_TOLERANCE, or when the quasi-Newton
// step would move no coordinate by more than STEP_TOLERANCE (for log-parameters, a relative change
// below it): sums over many customers carry rounding noise that can keep the gradient above 1e-8.
const GRADIENT_TOLERANCE = 1e-8;
const STEP_TOLERANCE = 1e-6;
const ARMIJO = 1e-4;
const SHRINK = 0.5;
const MAX_BACKTRACKS = 60;
// No trial step moves a coordinate by more than this (a factor e² on a log-parameter), so an early,
// badly scaled Hessian cannot throw the search where lnΓ differences lose all precision.
const MAX_STEP = 2;
// The objective stops decreasing in floating point before the gradient reaches zero; after this many
// such iterations the search ends, converged if the gradient is at least below STALLED_GRADIENT.
const STALL_LIMIT = 3;
const STALLED_GRADIENT = 1e-5;
// A likelihood summed over a million customers carries a relative rounding error near 1e-13. When
// a full quasi-Newton step promises less decrease than NOISE·|f|, no line search can tell a better
// point from a worse one: it only backtracks on noise (twenty evaluations an iteration, measured
// at a million customers), so the search ends there if the gradient is small.
const NOISE = 1e-11;

export function minimizeBfgs(
  objective: Objective,
  start: ArrayLike<number>,
  options: MinimizeOptions = {},
): MinimizeResult {
  const maxIterations = options.maxIterations ?? 500;
  const n = start.length;
  let x: Float64Array = Float64Array.from(start);
  let gradient: Float64Array = new Float64Array(n);
  let value = objective(x, gradient);
  if (!Number.isFinite(value)) throw new RangeError('objective is not finite at the starting point');
  const H = identity(n);
  let scaled = false;
  let stalled = 0;
  const direction = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if (maxAbs(gradient) < GRADIENT_TOLERANCE) return { x, value, iterations: iteration, converged: true };
    if (stalled >= STALL_LIMIT) {
      return { x, value, iterations: iteration, converged: maxAbs(gradient) < STALLED_GRADIENT };
    }
    multiply(H, gradient, direction, -1);
    let slope = dot(gradient, direction);
    if (!(slope < 0)) {
      // H lost positive definiteness numerically: restart from steepest descent.
      scaleIdentity(H, 1);
      multiply(H, gradient, direction, -1);
      slope = dot(gradient, direction);
    }
    if (scaled && maxAbs(direction) < STEP_TOLERANCE && maxAbs(gradient) < STALLED_GRADIENT) {
      return { x, value, iterations: iteration, converged: true };
    }
    if (scaled && -slope < NOISE * Math.max(1, Math.abs(value)) && maxAbs(gradient) < STALLED_GRADIENT) {
      return { x, value, iterations: iteration, converged: true };
    }
    const step = lineSearch(objective, x, value, slope, direction);
    if (step === null) return { x, value, iterations: iteration, converged: false };
    const s = subtract(step.x, x);
    const y = subtract(step.gradient, gradient);
    const sy = dot(s, y);
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (!scaled) {
        scaleIdentity(H, sy / dot(y, y));
        scaled = true;
      }
      updateInverseHessian(H, s, y, sy);
    }
    stalled = value - step.value <= 4 * Number.EPSILON * Math.abs(value) ? stalled + 1 : 0;
    x = step.x;
    gradient = step.gradient;
    value = step.value;
  }
  return { x, value, iterations: maxIterations, converged: maxAbs(gradient) < GRADIENT_TOLERANCE };
}

interface Step {
  x: Float64Array;
  gradient: Float64Array;
  value: number;
}

function lineSearch(
  objective: Objective,
  x: Float64Array,
  value: number,
  slope: number,
  direction: Float64Array,
): Step | null {
  let length = Math.min(1, MAX_STEP / maxAbs(direction));
  for (let attempt = 0; attempt < MAX_BACKTRACKS; attempt++) {
    const candidate = x.map((xi, i) => xi + length * direction[i]!);
    const gradient = new Float64Array(x.length);
    const candidateValue = objective(candidate, gradient);
    if (Number.isFinite(candidateValue) && candidateValue <= value + ARMIJO * length * slope) {
      return { x: candidate, gradient, value: candidateValue };
    }
    length *= SHRINK;
  }
  return null;
}

/** H ← (I − ρsyᵀ) H (I − ρysᵀ) + ρssᵀ with ρ = 1/(yᵀs), expanded (N&W eq. 6.17). */
function updateInverseHessian(H: Float64Array[], s: Float64Array, y: Float64Array, sy: number): void {
  const n = s.length;
  const Hy = new Float64Array(n);
  multiply(H, y, Hy, 1);
  const yHy = dot(y, Hy);
  const rho = 1 / sy;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      H[i]![j]! += rho * ((1 + rho * yHy) * s[i]! * s[j]! - Hy[i]! * s[j]! - s[i]! * Hy[j]!);
    }
  }
}

function identity(n: number): Float64Array[] {
  return Array.from({ length: n }, (_, i) => {
    const row = new Float64Array(n);
    row[i] = 1;
    return row;
  });
}

function scaleIdentity(H: Float64Array[], factor: number): void {
  H.forEach((row, i) => {
    row.fill(0);
    row[i] = factor;
  });
}

function multiply(H: Float64Array[], v: Float64Array, out: Float64Array, sign: number): void {
  for (let i = 0; i < v.length; i++) out[i] = sign * dot(H[i]!, v);
}

function dot(u: Float64Array, v: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < u.length; i++) sum += u[i]! * v[i]!;
  return sum;
}

function subtract(u: Float64Array, v: Float64Array): Float64Array {
  return u.map((ui, i) => ui - v[i]!);
}

function maxAbs(v: Float64Array): number {
  let max = 0;
  for (const vi of v) max = Math.max(max, Math.abs(vi));
  return max;
}
