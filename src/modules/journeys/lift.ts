// A journey's lift: what its messages and incentives changed, measured against the customers it
// held out (DESIGN.md, "Numbers that must be right"). Treated − held out, for the conversion rate
// and for revenue per entry, each with a 95% interval from the normal approximation of the
// difference of two independent means (Welch's standard error: Var = s²_t/n_t + s²_h/n_h); below 30
// conversions on either side the report says the sample is too small to tell.

export const liftConversionsMin = 30;
const z95 = 1.959964;

/** One side's sums: entries, conversions, and revenue's sum and sum of squares (minor units). */
export interface GroupSums {
  entries: number;
  conversions: number;
  revenue: number;
  revenueSquares: number;
}

export interface Difference {
  treated: number;
  heldOut: number;
  lift: number;
  low: number;
  high: number;
}

export type Lift =
  | { enough: true; conversionRate: Difference; revenuePerEntry: Difference }
  | {
      enough: false;
      reason: string;
      conversionRate: Omit<Difference, 'low' | 'high'> | null;
      revenuePerEntry: Omit<Difference, 'low' | 'high'> | null;
    };

function mean(sum: number, n: number): number {
  return n === 0 ? 0 : sum / n;
}

/** The unbiased sample variance from a sum and a sum of squares. */
function variance(sum: number, squares: number, n: number): number {
  if (n < 2) return 0;
  return Math.max(0, (squares - (sum * sum) / n) / (n - 1));
}

function difference(
  t: { mean: number; variance: number; n: number },
  h: { mean: number; variance: number; n: number },
): Difference {
  const lift = t.mean - h.mean;
  const margin = z95 * Math.sqrt(t.variance / t.n + h.variance / h.n);
  return { treated: t.mean, heldOut: h.mean, lift, low: lift - margin, high: lift + margin };
}

export function journeyLift(treated: GroupSums, heldOut: GroupSums): Lift {
  const rate = (g: GroupSums) => ({
    mean: mean(g.conversions, g.entries),
    // A conversion is 0 or 1: its sum of squares is the count.
    variance: variance(g.conversions, g.conversions, g.entries),
    n: g.entries,
  });
  const revenue = (g: GroupSums) => ({
    mean: mean(g.revenue, g.entries),
    variance: variance(g.revenue, g.revenueSquares, g.entries),
    n: g.entries,
  });
  if (treated.conversions < liftConversionsMin || heldOut.conversions < liftConversionsMin) {
    const point = (t: { mean: number }, h: { mean: number }) =>
      treated.entries && heldOut.entries ? { treated: t.mean, heldOut: h.mean, lift: t.mean - h.mean } : null;
    return {
      enough: false,
      reason: `not enough data yet: the lift needs ${liftConversionsMin} conversions on each side (treated ${treated.conversions}, held out ${heldOut.conversions}).`,
      conversionRate: point(rate(treated), rate(heldOut)),
      revenuePerEntry: point(revenue(treated), revenue(heldOut)),
    };
  }
  return {
    enough: true,
    conversionRate: difference(rate(treated), rate(heldOut)),
    revenuePerEntry: difference(revenue(treated), revenue(heldOut)),
  };
}
