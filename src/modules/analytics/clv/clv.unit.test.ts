import { describe, expect, it } from 'vitest';
import { conditionalExpectedPurchases } from './bgnbd-predict.js';
import { customerLifetimeValue, customerLifetimeValues } from './clv.js';
import { conditionalExpectedOrderValue } from './gamma-gamma.js';
import type { BgNbdParams, GammaGammaParams } from './types.js';

const bgNbd: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const gammaGamma: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 1544 };
const history = { x: 3, tx: 20, T: 30 };

describe('customerLifetimeValue', () => {
  it('without discounting is the order value times the purchases expected over the horizon', () => {
    const value = customerLifetimeValue(bgNbd, history, 2500, { timeUnit: 'week', monthlyDiscountRate: 0 });
    expect(value).toBeCloseTo(2500 * conditionalExpectedPurchases(bgNbd, history, 12 * 4.345), 9);
  });

  it('discounts each month’s expected purchases by (1 + d)^month', () => {
    const options = { timeUnit: 'day' as const, months: 3, monthlyDiscountRate: 0.05 };
    const daily = { ...bgNbd, alpha: bgNbd.alpha * 7 };
    const dailyHistory = { x: 3, tx: 140, T: 210 };
    const cumulative = [0, 30, 60, 90].map((t) => conditionalExpectedPurchases(daily, dailyHistory, t));
    const expected = [1, 2, 3].reduce(
      (sum, m) => sum + (100 * (cumulative[m]! - cumulative[m - 1]!)) / 1.05 ** m,
      0,
    );
    expect(customerLifetimeValue(daily, dailyHistory, 100, options)).toBeCloseTo(expected, 10);
  });

  it('falls with the discount rate and rises with the horizon', () => {
    const at = (months: number, monthlyDiscountRate: number) =>
      customerLifetimeValue(bgNbd, history, 2500, { timeUnit: 'week', months, monthlyDiscountRate });
    expect(at(12, 0.02)).toBeLessThan(at(12, 0.01));
    expect(at(24, 0.01)).toBeGreaterThan(at(12, 0.01));
    expect(at(0, 0.01)).toBe(0);
  });

  it('rejects meaningless options', () => {
    expect(() => customerLifetimeValue(bgNbd, history, 1, { timeUnit: 'week', months: 1.5 })).toThrow(
      RangeError,
    );
    expect(() =>
      customerLifetimeValue(bgNbd, history, 1, { timeUnit: 'week', monthlyDiscountRate: -1 }),
    ).toThrow(RangeError);
    expect(() => customerLifetimeValue(bgNbd, history, 1, { timeUnit: 'week', periodsPerMonth: 0 })).toThrow(
      RangeError,
    );
  });

  it('values every customer of a summary with the Gamma-Gamma order value', () => {
    const customers = { frequency: [0, 3], recency: [0, 20], T: [30, 30], monetaryValue: [0, 4200] };
    const values = customerLifetimeValues(bgNbd, gammaGamma, customers, { timeUnit: 'week' });
    customers.frequency.forEach((x, i) => {
      const orderValue = conditionalExpectedOrderValue(gammaGamma, x, customers.monetaryValue[i]!);
      const h = { x, tx: customers.recency[i]!, T: customers.T[i]! };
      expect(values[i]).toBe(customerLifetimeValue(bgNbd, h, orderValue, { timeUnit: 'week' }));
    });
  });
});
