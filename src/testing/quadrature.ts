// Brute-force numerical integration for tests: an independent route to the closed forms.

/**
 * ∫ f(y) dy over [lo, hi] by the trapezoid rule, which converges exponentially fast for smooth
 * integrands that decay at both ends of the range (Trefethen & Weideman, SIAM Review 56, 2014).
 */
export function trapezoid(f: (y: number) => number, lo: number, hi: number, points: number): number {
  const h = (hi - lo) / (points - 1);
  let sum = 0.5 * (f(lo) + f(hi));
  for (let i = 1; i < points - 1; i++) sum += f(lo + i * h);
  return sum * h;
}

export interface Grid {
  lo: number;
  hi: number;
  points: number;
}

/** ∫₀^∞ g(λ) dλ through λ = e^y, y ∈ [lo, hi]. */
export function overPositive(
  g: (lambda: number) => number,
  grid: Grid = { lo: -200, hi: 12, points: 4000 },
): number {
  return trapezoid((y) => g(Math.exp(y)) * Math.exp(y), grid.lo, grid.hi, grid.points);
}

/** ∫₀¹ g(p, 1−p) dp through the logit p = 1/(1 + e^{−y}); 1−p is passed without cancellation. */
export function overUnit(
  g: (p: number, q: number) => number,
  grid: Grid = { lo: -120, hi: 120, points: 4000 },
): number {
  return trapezoid(
    (y) => {
      const p = 1 / (1 + Math.exp(-y));
      const q = 1 / (1 + Math.exp(y));
      return g(p, q) * p * q;
    },
    grid.lo,
    grid.hi,
    grid.points,
  );
}
