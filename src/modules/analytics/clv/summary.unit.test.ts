import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayMs } from '../../../core/time.js';
import { compressSummary } from './compress.js';
import { summarizeTransactionColumns, summarizeTransactions } from './summary.js';
import type { RfmSummary, Transaction } from './summary.js';

const jan = (day: number, hour = 12) => Date.UTC(2024, 0, day, hour);

function row<K>(summary: RfmSummary<K>, customer: K) {
  const i = summary.customers.indexOf(customer);
  return {
    x: summary.frequency[i],
    tx: summary.recency[i],
    T: summary.T[i],
    m: summary.monetaryValue[i],
    recencyDays: summary.recencyDays[i],
    ageDays: summary.ageDays[i],
  };
}

describe('summarizeTransactions', () => {
  const transactions: Transaction<string>[] = [
    { customer: 'ann', at: jan(15), value: 500 },
    { customer: 'ann', at: new Date(jan(1, 9)), value: 1000 },
    { customer: 'ann', at: jan(8, 10), value: 300 },
    { customer: 'ann', at: jan(8, 18), value: 200 },
    { customer: 'ann', at: jan(1, 20), value: 4000 },
    { customer: 'bob', at: jan(10), value: 700 },
    { customer: 'cat', at: jan(30), value: 900 }, // first purchase after asOf: left out
    { customer: 'ann', at: jan(29), value: 9999 }, // after asOf: ignored
  ];
  const asOf = jan(22, 23);

  it('counts repeat purchase days, summing same-day values, on unsorted input', () => {
    const summary = summarizeTransactions(transactions, { asOf, timeUnit: 'day' });
    expect(summary.customers).toEqual(['ann', 'bob']);
    // ann: first day Jan 1 (two orders), repeat days Jan 8 (two orders: 500) and Jan 15 (500).
    expect(row(summary, 'ann')).toEqual({ x: 2, tx: 14, T: 21, m: 500, recencyDays: 14, ageDays: 21 });
    expect(row(summary, 'bob')).toEqual({ x: 0, tx: 0, T: 12, m: 0, recencyDays: 0, ageDays: 12 });
  });

  it('measures recency and age in weeks of 7 days', () => {
    const summary = summarizeTransactions(transactions, { asOf, timeUnit: 'week' });
    expect(row(summary, 'ann')).toMatchObject({ x: 2, tx: 2, T: 3, m: 500 });
    expect(row(summary, 'bob').T).toBeCloseTo(12 / 7, 15);
  });

  it('draws day boundaries at the given UTC offset', () => {
    const late = [
      { customer: 'dan', at: Date.UTC(2024, 0, 1, 12), value: 100 },
      { customer: 'dan', at: Date.UTC(2024, 0, 1, 23, 30), value: 100 },
    ];
    const utc = summarizeTransactions(late, { asOf: jan(10), timeUnit: 'day' });
    const bangkok = summarizeTransactions(late, { asOf: jan(10), timeUnit: 'day', utcOffsetMinutes: 7 * 60 });
    expect(row(utc, 'dan').x).toBe(0);
    expect(row(bangkok, 'dan')).toMatchObject({ x: 1, tx: 1 });
  });

  it('includes transactions on the asOf day itself', () => {
    const summary = summarizeTransactions(
      [
        { customer: 1, at: jan(1), value: 1 },
        { customer: 1, at: jan(5, 23), value: 3 },
      ],
      { asOf: jan(5, 0), timeUnit: 'day' },
    );
    expect(row(summary, 1)).toMatchObject({ x: 1, tx: 4, T: 4, m: 3 });
  });

  it('gives the same summary from columns, with string or integer keys', () => {
    const ids = ['ann', 'bob', 'cat'];
    const columns = {
      customer: transactions.map((t) => t.customer),
      at: transactions.map((t) => (typeof t.at === 'number' ? t.at : t.at.getTime())),
      value: transactions.map((t) => t.value),
    };
    const byName = summarizeTransactionColumns(columns, { asOf, timeUnit: 'day' });
    const byNumber = summarizeTransactionColumns(
      { ...columns, customer: Int32Array.from(columns.customer, (c) => ids.indexOf(c) + 1000) },
      { asOf, timeUnit: 'day' },
    );
    expect(byName).toEqual(summarizeTransactions(transactions, { asOf, timeUnit: 'day' }));
    expect(byNumber.customers).toEqual([1000, 1001]);
    expect({ ...byNumber, customers: byName.customers }).toEqual(byName);
  });

  it('rejects invalid times, values and asOf', () => {
    const options = { asOf, timeUnit: 'day' } as const;
    expect(() => summarizeTransactions([{ customer: 1, at: NaN, value: 1 }], options)).toThrow(RangeError);
    expect(() => summarizeTransactions([{ customer: 1, at: jan(1), value: Infinity }], options)).toThrow(
      RangeError,
    );
    expect(() => summarizeTransactions([], { asOf: new Date('nope'), timeUnit: 'day' })).toThrow(RangeError);
  });

  it('agrees with a direct per-customer computation on random data, and compresses losslessly', () => {
    const transaction = fc.record({
      customer: fc.integer({ min: 0, max: 30 }),
      at: fc.integer({ min: 0, max: 60 * dayMs }),
      value: fc.integer({ min: 0, max: 10_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(transaction, { maxLength: 200 }),
        fc.integer({ min: 0, max: 60 }),
        (list, asOfDay) => {
          const summary = summarizeTransactions(list, { asOf: asOfDay * dayMs, timeUnit: 'day' });
          for (const [i, customer] of summary.customers.entries()) {
            const byDay = new Map<number, number>();
            for (const t of list) {
              const day = Math.floor(t.at / dayMs);
              if (t.customer === customer && day <= asOfDay) byDay.set(day, (byDay.get(day) ?? 0) + t.value);
            }
            const days = [...byDay.keys()].sort((a, b) => a - b);
            const repeats = days.slice(1);
            expect(summary.frequency[i]).toBe(repeats.length);
            expect(summary.recencyDays[i]).toBe(days.at(-1)! - days[0]!);
            expect(summary.ageDays[i]).toBe(asOfDay - days[0]!);
            const mean = repeats.length ? repeats.reduce((s, d) => s + byDay.get(d)!, 0) / repeats.length : 0;
            expect(summary.monetaryValue[i]).toBeCloseTo(mean, 9);
          }
          const customersSeen = new Set(
            list.filter((t) => t.at < (asOfDay + 1) * dayMs).map((t) => t.customer),
          );
          expect(summary.customers.length).toBe(customersSeen.size);

          const rows = compressSummary(summary);
          expect(rows.count.reduce((s, c) => s + c, 0)).toBe(summary.customers.length);
          const expand = (
            x: ArrayLike<number>,
            tx: ArrayLike<number>,
            T: ArrayLike<number>,
            n: (i: number) => number,
          ) =>
            Array.from({ length: x.length }, (_, i) => Array(n(i)).fill(`${x[i]}|${tx[i]}|${T[i]}`))
              .flat()
              .sort();
          expect(expand(rows.x, rows.tx, rows.T, (i) => rows.count[i]!)).toEqual(
            expand(summary.frequency, summary.recency, summary.T, () => 1),
          );
        },
      ),
    );
  });
});
