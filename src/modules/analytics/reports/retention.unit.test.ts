import { describe, expect, it } from 'vitest';
import { retentionAndChurn, retentionAndChurnShown } from './retention.js';

describe('retentionAndChurn', () => {
  it('is (active at the end − new in the period) ÷ customers at the start, and churn its complement', () => {
    expect(retentionAndChurn({ atStart: 8, activeAtEnd: 9, newInPeriod: 3 })).toEqual({
      retention: 6 / 8,
      churn: 2 / 8,
    });
    expect(retentionAndChurn({ atStart: 3, activeAtEnd: 1, newInPeriod: 1 })).toEqual({
      retention: 0,
      churn: 1,
    });
  });

  it('has no value without customers at the start', () => {
    expect(retentionAndChurn({ atStart: 0, activeAtEnd: 4, newInPeriod: 4 })).toEqual({
      retention: null,
      churn: null,
    });
  });

  it('adds up to exactly 1 for every count', () => {
    for (let atStart = 1; atStart <= 60; atStart++) {
      for (let retained = 0; retained <= atStart; retained++) {
        const { retention, churn } = retentionAndChurn({
          atStart,
          activeAtEnd: retained + 7,
          newInPeriod: 7,
        });
        expect(retention! + churn!).toBe(1);
      }
    }
  });
});

describe('retentionAndChurnShown', () => {
  it('rounds retention and shows churn as its complement, so the shown figures add up to 100%', () => {
    // 0.12345 → 12.3% and 87.7% (rounding churn on its own would also give 87.7%);
    // 0.1235 is the case where both round up on their own: 12.4% + 87.7% = 100.1%.
    expect(retentionAndChurnShown(0.12345, 1)).toEqual({ retention: 0.123, churn: 0.877 });
    const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
    for (let atStart = 1; atStart <= 100; atStart++) {
      for (let retained = 0; retained <= atStart; retained++) {
        const shown = retentionAndChurnShown(retained / atStart, 1);
        const sum = [shown.retention, shown.churn]
          .map((share) => Number(percent.format(share).replace('%', '')))
          .reduce((a, b) => a + b);
        expect(sum).toBeCloseTo(100, 9);
      }
    }
  });
});
