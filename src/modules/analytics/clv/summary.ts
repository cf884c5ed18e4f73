import { customerIndexFor } from './customer-index.js';
import { DAYS_PER_UNIT, dayNumber, toEpochMs } from './time.js';
import type { TimeUnit } from './types.js';

export interface Transaction<K> {
  customer: K;
  /** Epoch milliseconds or a Date. */
  at: number | Date;
  /** Order value in integer minor units (any consistent money unit works). */
  value: number;
}

/** The same transactions as parallel columns, the cheap shape for millions of rows. */
export interface TransactionColumns<K> {
  customer: ArrayLike<K>;
  /** Epoch milliseconds. */
  at: ArrayLike<number>;
  value: ArrayLike<number>;
}

export interface SummaryOptions {
  /** Observation end: transactions on later calendar days are ignored. */
  asOf: number | Date;
  timeUnit: TimeUnit;
  /** Fixed offset, in minutes east of UTC, that defines calendar days. Default 0 (UTC days). */
  utcOffsetMinutes?: number;
}

/**
 * Per-customer RFM summary in the conventions of the buy-till-you-die literature and of lifetimes'
 * `summary_data_from_transaction_data`:
 * - a purchase occasion is a calendar day: a customer's transactions on one day are one purchase
 *   whose value is their sum;
 * - frequency x = purchase days after the first one, up to and including asOf's day;
 * - recency t_x = last purchase day − first purchase day, T = asOf's day − first purchase day, both
 *   in whole days divided by the unit's length (7 for weeks), so t_x and T are exact multiples of
 *   1/7 week;
 * - monetaryValue = mean value of the repeat purchase days (the first day excluded), 0 when x = 0;
 *   the Gamma-Gamma model uses it only for x ≥ 1 (Fader & Hardie 2013 use repeat transactions only).
 * Customers appear in order of their first transaction in the input; customers with no
 * transaction on or before asOf's day are left out.
 */
export interface RfmSummary<K> {
  timeUnit: TimeUnit;
  customers: K[];
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
  monetaryValue: Float64Array;
  /** t_x in whole days, the exact form `compressSummary` groups on. */
  recencyDays: Int32Array;
  /** T in whole days. */
  ageDays: Int32Array;
}

export function summarizeTransactions<K>(
  transactions: Iterable<Transaction<K>>,
  options: SummaryOptions,
): RfmSummary<K> {
  const customer: K[] = [];
  const at: number[] = [];
  const value: number[] = [];
  for (const transaction of transactions) {
    customer.push(transaction.customer);
    at.push(toEpochMs(transaction.at));
    value.push(transaction.value);
  }
  return summarizeTransactionColumns({ customer, at, value }, options);
}

export function summarizeTransactionColumns<K>(
  columns: TransactionColumns<K>,
  options: SummaryOptions,
): RfmSummary<K> {
  const offset = options.utcOffsetMinutes ?? 0;
  const asOfMs = toEpochMs(options.asOf);
  if (!Number.isFinite(asOfMs)) throw new RangeError('asOf must be a valid date');
  if (!Number.isFinite(offset)) throw new RangeError('utcOffsetMinutes must be a finite number');
  const observed = keepObservedTransactions(columns, dayNumber(asOfMs, offset), offset);
  const order = groupByCustomerThenDay(observed);
  return summarizeGroups(observed, order, dayNumber(asOfMs, offset), options.timeUnit);
}

/** Transactions up to asOf's day, with customers replaced by dense indices. */
interface ObservedTransactions<K> {
  keys: K[];
  customer: Int32Array;
  day: Int32Array;
  value: Float64Array;
  length: number;
  firstDay: number;
}

function keepObservedTransactions<K>(
  columns: TransactionColumns<K>,
  asOfDay: number,
  offset: number,
): ObservedTransactions<K> {
  const n = columns.at.length;
  if (columns.customer.length !== n || columns.value.length !== n) {
    throw new RangeError('transaction columns must have equal lengths');
  }
  const customers = customerIndexFor(columns.customer);
  const customer = new Int32Array(n);
  const day = new Int32Array(n);
  const value = new Float64Array(n);
  let length = 0;
  let firstDay = asOfDay;
  for (let i = 0; i < n; i++) {
    const at = columns.at[i]!;
    const amount = columns.value[i]!;
    if (!Number.isFinite(at)) throw new RangeError(`transaction ${i} has an invalid time`);
    if (!Number.isFinite(amount)) throw new RangeError(`transaction ${i} has a non-finite value`);
    const d = dayNumber(at, offset);
    if (d > asOfDay) continue;
    customer[length] = customers.indexOf(columns.customer[i]!);
    day[length] = d;
    value[length] = amount;
    length++;
    if (d < firstDay) firstDay = d;
  }
  return { keys: customers.keys, customer, day, value, length, firstDay };
}

/**
 * Transaction positions ordered by customer, then day: a counting sort by day followed by a stable
 * counting sort by customer, O(n + days + customers) with no comparisons.
 */
function groupByCustomerThenDay(observed: ObservedTransactions<unknown>): Int32Array {
  const { length, day, customer, firstDay, keys } = observed;
  const byDay = new Int32Array(length);
  let span = 1;
  for (let i = 0; i < length; i++) span = Math.max(span, day[i]! - firstDay + 1);
  const dayStart = bucketStarts(span, length, (i) => day[i]! - firstDay);
  for (let i = 0; i < length; i++) byDay[dayStart[day[i]! - firstDay]!++] = i;
  const order = new Int32Array(length);
  const customerStart = bucketStarts(keys.length, length, (i) => customer[i]!);
  for (let k = 0; k < length; k++) {
    const i = byDay[k]!;
    order[customerStart[customer[i]!]!++] = i;
  }
  return order;
}

function bucketStarts(buckets: number, length: number, bucketOf: (i: number) => number): Int32Array {
  const start = new Int32Array(buckets + 1);
  for (let i = 0; i < length; i++) start[bucketOf(i) + 1]!++;
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
  return start;
}

function summarizeGroups<K>(
  observed: ObservedTransactions<K>,
  order: Int32Array,
  asOfDay: number,
  timeUnit: TimeUnit,
): RfmSummary<K> {
  const customers = observed.keys.length;
  const { customer, day, value } = observed;
  const frequency = new Float64Array(customers);
  const recencyDays = new Int32Array(customers);
  const ageDays = new Int32Array(customers);
  const monetaryValue = new Float64Array(customers);
  let k = 0;
  while (k < observed.length) {
    const c = customer[order[k]!]!;
    const first = day[order[k]!]!;
    let last = first;
    let repeatDays = 0;
    let repeatValue = 0;
    for (; k < observed.length && customer[order[k]!] === c; k++) {
      const i = order[k]!;
      if (day[i] === first) continue;
      if (day[i] !== last) repeatDays++;
      last = day[i]!;
      repeatValue += value[i]!;
    }
    frequency[c] = repeatDays;
    recencyDays[c] = last - first;
    ageDays[c] = asOfDay - first;
    monetaryValue[c] = repeatDays > 0 ? repeatValue / repeatDays : 0;
  }
  return {
    timeUnit,
    customers: observed.keys,
    frequency,
    recency: inUnits(recencyDays, timeUnit),
    T: inUnits(ageDays, timeUnit),
    monetaryValue,
    recencyDays,
    ageDays,
  };
}

function inUnits(days: Int32Array, timeUnit: TimeUnit): Float64Array {
  const daysPerUnit = DAYS_PER_UNIT[timeUnit];
  const result = new Float64Array(days.length);
  for (let i = 0; i < days.length; i++) result[i] = days[i]! / daysPerUnit;
  return result;
}
