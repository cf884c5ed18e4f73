import { DAYS_PER_UNIT } from './time.js';
import type { RfmSummary } from './summary.js';
import type { RfmRows } from './types.js';

/**
 * Groups customers with identical (x, t_x in days, T in days) into one row with a count, the
 * compression Fader & Hardie use in their spreadsheets and lifetimes exposes as `weights`.
 * Grouping is exact because the summary keeps t_x and T as whole days. Rows come out sorted by
 * (x, t_x, T).
 */
export function compressSummary(
  summary: Pick<RfmSummary<unknown>, 'timeUnit' | 'frequency' | 'recencyDays' | 'ageDays'>,
): RfmRows {
  const { frequency, recencyDays, ageDays } = summary;
  const n = frequency.length;
  let maxDays = 0;
  let maxX = 0;
  for (let i = 0; i < n; i++) {
    maxDays = Math.max(maxDays, ageDays[i]!);
    maxX = Math.max(maxX, frequency[i]!);
  }
  // One exactly representable number per history: ((x·D) + t_x)·D + T with D > every day count.
  const base = maxDays + 1;
  if ((maxX + 1) * base * base > Number.MAX_SAFE_INTEGER) {
    throw new RangeError('histories too long to compress exactly');
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (frequency[i]! * base + recencyDays[i]!) * base + ageDays[i]!;
  keys.sort();
  return rowsFromSortedKeys(keys, base, DAYS_PER_UNIT[summary.timeUnit]);
}

function rowsFromSortedKeys(keys: Float64Array, base: number, daysPerUnit: number): RfmRows {
  let unique = 0;
  for (let i = 0; i < keys.length; i++) if (i === 0 || keys[i] !== keys[i - 1]) unique++;
  const rows: RfmRows = {
    x: new Float64Array(unique),
    tx: new Float64Array(unique),
    T: new Float64Array(unique),
    count: new Float64Array(unique),
  };
  let row = -1;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (i === 0 || key !== keys[i - 1]) {
      row++;
      const ageDays = key % base;
      const rest = (key - ageDays) / base;
      const recencyDays = rest % base;
      rows.x[row] = (rest - recencyDays) / base;
      rows.tx[row] = recencyDays / daysPerUnit;
      rows.T[row] = ageDays / daysPerUnit;
    }
    rows.count[row]!++;
  }
  return rows;
}

/** One row per customer (count 1), for histories that did not come from a summary. */
export function rowsFromHistories(
  x: ArrayLike<number>,
  tx: ArrayLike<number>,
  T: ArrayLike<number>,
): RfmRows {
  if (tx.length !== x.length || T.length !== x.length)
    throw new RangeError('x, tx and T must have equal lengths');
  return {
    x: Float64Array.from(x),
    tx: Float64Array.from(tx),
    T: Float64Array.from(T),
    count: new Float64Array(x.length).fill(1),
  };
}
