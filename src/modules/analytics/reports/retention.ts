// Retention and churn, defined once (DESIGN.md, "Definitions"): the API's KPIs and the dashboard's
// overview both call these, so the two figures always describe the same customers and add up to
// 100%. This file imports nothing, so the dashboard can bundle it as it is.

/** The counts of one period, over one population: the customers active in a window of its length. */
export interface RetentionCounts {
  /** Customers at the start: those who ordered in the period of the same length just before. */
  atStart: number;
  /** Customers active at the end: those who ordered in the period. */
  activeAtEnd: number;
  /**
   * Customers active at the end who were not customers at the start: first-time buyers, and
   * customers who return after a silence longer than the period (they join the population anew).
   */
  newInPeriod: number;
}

export interface RetentionAndChurn {
  /** (active at the end − new in the period) ÷ customers at the start; null without customers at the start. */
  retention: number | null;
  /** 1 − retention: the share of the customers at the start who did not order in the period. */
  churn: number | null;
}

export function retentionAndChurn(counts: RetentionCounts): RetentionAndChurn {
  if (counts.atStart <= 0) return { retention: null, churn: null };
  const retention = (counts.activeAtEnd - counts.newInPeriod) / counts.atStart;
  return { retention, churn: 1 - retention };
}

/**
 * Retention and churn as a screen shows them, rounded to `fractionDigits` digits of a percentage:
 * churn is the complement of the rounded retention, so the two shown figures add up to exactly
 * 100% (rounding each on its own can give 100.1%).
 */
export function retentionAndChurnShown(
  retention: number,
  fractionDigits: number,
): { retention: number; churn: number } {
  const steps = 10 ** (fractionDigits + 2);
  const retained = Math.round(retention * steps);
  return { retention: retained / steps, churn: (steps - retained) / steps };
}
