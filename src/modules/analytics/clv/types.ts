// Shared shapes of the predictive CLV models. Time is in the unit the summary was built with
// ('week' or 'day'); the fitted α carries that unit, so parameters must be used with data in it.

export type TimeUnit = 'week' | 'day';

/**
 * BG/NBD parameters (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way", §3):
 * while alive a customer buys as a Poisson process with rate λ ~ Gamma(shape r, rate α), and after
 * each purchase drops out with probability p ~ Beta(a, b).
 */
export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface BgNbdFit extends BgNbdParams {
  /** Unpenalized log-likelihood at the estimate, in the data's time unit (FHL 2005 eq. 6). */
  logLikelihood: number;
  /** Customers the fit saw (the sum of the row counts). */
  customers: number;
  iterations: number;
  converged: boolean;
}

/**
 * Gamma-Gamma parameters (Fader & Hardie 2013, "The Gamma-Gamma Model of Monetary Value"): each
 * transaction's value is Gamma(p, ν) with a customer-level rate ν ~ Gamma(q, γ). γ is in the money
 * unit of the data (integer minor units in retain).
 */
export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

export interface GammaGammaFit extends GammaGammaParams {
  /** Unpenalized log-likelihood of the customers' mean repeat values (FH 2013 eq. 3). */
  logLikelihood: number;
  /** Customers the fit used: those with x ≥ 1 and a positive mean repeat value. */
  customers: number;
  iterations: number;
  converged: boolean;
}

/** One customer's BG/NBD sufficient statistics: repeat purchases x, recency t_x and age T. */
export interface PurchaseHistory {
  x: number;
  tx: number;
  T: number;
}

/**
 * Columnar (x, t_x, T) rows with a customer count each. Identical histories compressed into one
 * row leave the likelihood unchanged (it is a sum over customers), which is what makes fits on
 * millions of customers fast.
 */
export interface RfmRows {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  count: Float64Array;
}
