import { conditionalExpectedPurchases } from './bgnbd-predict.js';
import { conditionalExpectedOrderValue } from './gamma-gamma.js';
import type { BgNbdParams, GammaGammaParams, PurchaseHistory, TimeUnit } from './types.js';

export interface ClvOptions {
  /** Time unit of the BG/NBD parameters and histories. */
  timeUnit: TimeUnit;
  /** Horizon in months. Default 12. */
  months?: number;
  /** Discount rate per month. Default 0.01 (≈ 12.7% a year), lifetimes' default. */
  monthlyDiscountRate?: number;
  /**
   * Length of a month in the time unit. Defaults to lifetimes' factors, 4.345 weeks or 30 days,
   * so results can be compared with lifetimes' `customer_lifetime_value(freq='W' | 'D')`.
   */
  periodsPerMonth?: number;
}

const LIFETIMES_PERIODS_PER_MONTH: Readonly<Record<TimeUnit, number>> = { week: 4.345, day: 30 };

/**
 * Discounted expected value of a customer's purchases over the horizon, as lifetimes'
 * `_customer_lifetime_value` computes it: for month i = 1…months, the expected purchases in that
 * month — the difference of the cumulative conditional expectations E[Y(i·f)] − E[Y((i−1)·f)]
 * (FHL 2005 eq. 10) — times the expected order value, divided by (1 + d)^i.
 * `expectedOrderValue` is usually the Gamma-Gamma E[M | x, m̄]; the result is in its money unit,
 * integer minor units in retain, returned unrounded (the caller rounds).
 */
export function customerLifetimeValue(
  params: BgNbdParams,
  history: PurchaseHistory,
  expectedOrderValue: number,
  options: ClvOptions,
): number {
  return lifetimeValueFrom(
    (t) => conditionalExpectedPurchases(params, history, t),
    expectedOrderValue,
    options,
  );
}

/** The months of a CLV horizon (default 12) and the length of one in the time unit. */
export function clvMonths(options: ClvOptions): { months: number; periodsPerMonth: number } {
  const months = options.months ?? 12;
  const f = options.periodsPerMonth ?? LIFETIMES_PERIODS_PER_MONTH[options.timeUnit];
  if (!(Number.isInteger(months) && months >= 0))
    throw new RangeError('months must be a non-negative integer');
  if (!(f > 0)) throw new RangeError('periodsPerMonth must be positive');
  return { months, periodsPerMonth: f };
}

/**
 * customerLifetimeValue() over any E[Y(t) | history] (`cumulativePurchases(t, month)`, t = month ·
 * periodsPerMonth), for callers that reuse parts of it across customers; the same arithmetic, so
 * the same result.
 */
export function lifetimeValueFrom(
  cumulativePurchases: (t: number, month: number) => number,
  expectedOrderValue: number,
  options: ClvOptions,
): number {
  const { months, periodsPerMonth: f } = clvMonths(options);
  const discountRate = options.monthlyDiscountRate ?? 0.01;
  if (!(discountRate > -1)) throw new RangeError('monthlyDiscountRate must be greater than -1');
  let value = 0;
  let previous = 0;
  for (let month = 1; month <= months; month++) {
    const cumulative = cumulativePurchases(month * f, month);
    value += (expectedOrderValue * (cumulative - previous)) / (1 + discountRate) ** month;
    previous = cumulative;
  }
  return value;
}

/** Per-customer spend history and BG/NBD statistics; an `RfmSummary` fits this shape. */
export interface CustomerColumns {
  frequency: ArrayLike<number>;
  recency: ArrayLike<number>;
  T: ArrayLike<number>;
  monetaryValue: ArrayLike<number>;
}

/**
 * CLV of every customer of a summary with the Gamma-Gamma expected order value, lifetimes'
 * `GammaGammaFitter.customer_lifetime_value`. Customers without repeat purchases are valued at the
 * population mean order value.
 */
export function customerLifetimeValues(
  bgNbd: BgNbdParams,
  gammaGamma: GammaGammaParams,
  customers: CustomerColumns,
  options: ClvOptions,
): Float64Array {
  const values = new Float64Array(customers.frequency.length);
  for (let i = 0; i < values.length; i++) {
    const x = customers.frequency[i]!;
    const history = { x, tx: customers.recency[i]!, T: customers.T[i]! };
    const orderValue = conditionalExpectedOrderValue(gammaGamma, x, customers.monetaryValue[i]!);
    values[i] = customerLifetimeValue(bgNbd, history, orderValue, options);
  }
  return values;
}
