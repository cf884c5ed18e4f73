// RFM: recency, frequency and monetary scores 1–5 by quintile, and the usual named segments.
//
// A score compares a customer with every scored customer (those with at least one order):
//   score = 1 + ⌊5 · (customers strictly worse) / (customers)⌋
// so ties share a score, the worst customers score 1 and the best fifth scores 5. "Worse" is a
// higher recency (more days since the last order: recency is reversed), fewer orders, or less net
// revenue. Equivalently, with the population sorted worst first and k_s = ⌈(s−1)·n/5⌉, a value
// scores at least s exactly when it is better than the k_s-th value; those k_s-th values are the
// breakpoints kept from the last full recompute, so one customer's new order is scored against the
// whole population without rescanning it.

export const rfmSegments = [
  'Champions',
  'Loyal',
  'Potential Loyalist',
  'New',
  'Promising',
  'Need Attention',
  'About to Sleep',
  'At Risk',
  "Can't Lose",
  'Hibernating',
  'Lost',
] as const;

export type RfmSegment = (typeof rfmSegments)[number];

/**
 * The segment rules on the R×F grid (every cell has exactly one segment; M does not move a
 * customer between segments, it ranks value within one).
 */
export const rfmSegmentRules: Record<RfmSegment, string> = {
  Champions: 'R = 5 and F 4–5: bought very recently and often.',
  Loyal: 'R 3–4 and F 4–5: buy often, fairly recently.',
  'Potential Loyalist': 'R 4–5 and F 2–3: recent customers with a few orders.',
  New: 'R = 5 and F = 1: bought for the first time very recently.',
  Promising: 'R = 4 and F = 1: recent first-time buyers.',
  'Need Attention': 'R = 3 and F = 3: average recency and frequency.',
  'About to Sleep': 'R = 3 and F 1–2: few orders, not recently.',
  'At Risk': 'R 1–2 and F 3–4: used to buy often, long ago.',
  "Can't Lose": 'R 1–2 and F = 5: the most frequent buyers, gone quiet.',
  Hibernating: 'R = 2 and F 1–2: few orders, long ago.',
  Lost: 'R = 1 and F 1–2: fewest orders, longest ago.',
};

export function rfmSegment(r: number, f: number): RfmSegment {
  if (r === 5) return f >= 4 ? 'Champions' : f >= 2 ? 'Potential Loyalist' : 'New';
  if (r === 4) return f >= 4 ? 'Loyal' : f >= 2 ? 'Potential Loyalist' : 'Promising';
  if (r === 3) return f >= 4 ? 'Loyal' : f === 3 ? 'Need Attention' : 'About to Sleep';
  if (f === 5) return "Can't Lose";
  if (f >= 3) return 'At Risk';
  return r === 2 ? 'Hibernating' : 'Lost';
}

/**
 * Breakpoints of one dimension, values oriented so that higher is better: entry s−2 (s = 2…5)
 * is the k_s-th smallest value; a value scores at least s when it is strictly above it.
 */
function quintileBreakpoints(betterIsHigher: Float64Array): number[] {
  const n = betterIsHigher.length;
  if (n === 0) return [];
  const sorted = Float64Array.from(betterIsHigher).sort();
  const breakpoints: number[] = [];
  for (let s = 2; s <= 5; s++) {
    const k = Math.ceil(((s - 1) * n) / 5);
    breakpoints.push(sorted[k - 1]!);
  }
  return breakpoints;
}

export function scoreAgainst(breakpoints: readonly number[], value: number): number {
  let score = 1;
  for (const breakpoint of breakpoints) if (value > breakpoint) score++;
  return score;
}

/** Quintile scores of every value (higher is better), with the breakpoints that produced them. */
export function quintileScores(betterIsHigher: Float64Array): { scores: Int8Array; breakpoints: number[] } {
  const breakpoints = quintileBreakpoints(betterIsHigher);
  const scores = new Int8Array(betterIsHigher.length);
  for (let i = 0; i < scores.length; i++) scores[i] = scoreAgainst(breakpoints, betterIsHigher[i]!);
  return { scores, breakpoints };
}

/** RFM breakpoints in their natural units (recency in days, lower is better). */
export interface RfmBreakpoints {
  recencyDays: number[];
  orders: number[];
  netRevenueMinor: number[];
}

/** Recency is reversed: the breakpoints are kept as −days so that higher is better everywhere. */
export function rfmScoresOf(
  breakpoints: RfmBreakpoints,
  customer: { recencyDays: number; orders: number; netRevenueMinor: number },
): { r: number; f: number; m: number; segment: RfmSegment } {
  const r = scoreAgainst(breakpoints.recencyDays, -customer.recencyDays);
  const f = scoreAgainst(breakpoints.orders, customer.orders);
  const m = scoreAgainst(breakpoints.netRevenueMinor, customer.netRevenueMinor);
  return { r, f, m, segment: rfmSegment(r, f) };
}
