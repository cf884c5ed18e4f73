import { describe, expect, it } from 'vitest';
import { journeyLift, liftConversionsMin } from './lift.js';

// The interval by hand: treated 300 of 1,000 convert, held out 40 of 200; revenue per entry from
// sums and sums of squares (Welch's standard error of a difference of two means, z = 1.96).
describe('journeyLift', () => {
  it('is treated − held out with a 95% normal interval on each', () => {
    const lift = journeyLift(
      { entries: 1000, conversions: 300, revenue: 30_000_000, revenueSquares: 300 * 100_000 ** 2 },
      { entries: 200, conversions: 40, revenue: 4_000_000, revenueSquares: 40 * 100_000 ** 2 },
    );
    if (!lift.enough) throw new Error('expected enough data');
    const varT = (300 - 300 ** 2 / 1000) / 999;
    const varH = (40 - 40 ** 2 / 200) / 199;
    const margin = 1.959964 * Math.sqrt(varT / 1000 + varH / 200);
    expect(lift.conversionRate.lift).toBeCloseTo(0.1, 12);
    expect(lift.conversionRate.low).toBeCloseTo(0.1 - margin, 12);
    expect(lift.conversionRate.high).toBeCloseTo(0.1 + margin, 12);
    // Every converter spent 100,000: revenue per entry is the rate × 100,000, its margin too.
    expect(lift.revenuePerEntry.lift).toBeCloseTo(10_000, 6);
    expect(lift.revenuePerEntry.high - lift.revenuePerEntry.lift).toBeCloseTo(margin * 100_000, 4);
  });

  it(`says there is not enough data below ${liftConversionsMin} conversions on either side`, () => {
    const lift = journeyLift(
      { entries: 1000, conversions: 300, revenue: 0, revenueSquares: 0 },
      { entries: 100, conversions: liftConversionsMin - 1, revenue: 0, revenueSquares: 0 },
    );
    expect(lift.enough).toBe(false);
    expect(lift.conversionRate).toEqual({ treated: 0.3, heldOut: 0.29, lift: expect.closeTo(0.01, 12) });
  });
});
