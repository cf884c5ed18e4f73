import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lifecycleStage, type StageInputs } from './lifecycle-rules.js';
import { quintileScores, rfmScoresOf, rfmSegment, rfmSegments, scoreAgainst } from './rfm.js';
import { analyticsSettingsDefaults as defaults, validateSettingsChange } from '../settings.js';

/** The definition itself: 1 + ⌊5 · (values strictly below) / n⌋, at most 5 for a value above them all. */
const byDefinition = (values: number[], v: number) =>
  Math.min(5, 1 + Math.floor((5 * values.filter((w) => w < v).length) / values.length));

describe('RFM quintile scores', () => {
  it('scores five distinct values 1 to 5 and shares a score between ties', () => {
    expect(Array.from(quintileScores(Float64Array.from([50, 10, 40, 20, 30])).scores)).toEqual([
      5, 1, 4, 2, 3,
    ]);
    // orders 1,1,2,2,3: the two 2s have 2 customers strictly below → 1 + ⌊10/5⌋ = 3.
    const { scores, breakpoints } = quintileScores(Float64Array.from([3, 2, 2, 1, 1]));
    expect(Array.from(scores)).toEqual([5, 3, 3, 1, 1]);
    expect(breakpoints).toEqual([1, 1, 2, 2]);
  });

  it('agrees with the definition for any population, and breakpoints score new values the same way', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: -60, max: 60 }),
        (values, extra) => {
          const { scores, breakpoints } = quintileScores(Float64Array.from(values));
          values.forEach((v, i) => expect(scores[i]).toBe(byDefinition(values, v)));
          expect(scoreAgainst(breakpoints, extra)).toBe(byDefinition(values, extra));
        },
      ),
    );
  });

  it('reverses recency: fewer days since the last order is better', () => {
    const breakpoints = {
      recencyDays: [-44, -35, -31, -21],
      orders: [1, 1, 2, 2],
      netRevenueMinor: [0, 2500, 8000, 10000],
    };
    expect(rfmScoresOf(breakpoints, { recencyDays: 16, orders: 2, netRevenueMinor: 8000 })).toEqual({
      r: 5,
      f: 3,
      m: 3,
      segment: 'Potential Loyalist',
    });
    expect(rfmScoresOf(breakpoints, { recencyDays: 44, orders: 1, netRevenueMinor: 2500 })).toEqual({
      r: 1,
      f: 1,
      m: 2,
      segment: 'Lost',
    });
  });

  it('gives every cell of the R×F grid exactly one of the eleven segments, each used', () => {
    const used = new Set<string>();
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) used.add(rfmSegment(r, f));
    expect([...used].sort()).toEqual([...rfmSegments].sort());
    expect(rfmSegment(5, 5)).toBe('Champions');
    expect(rfmSegment(1, 5)).toBe("Can't Lose");
    expect(rfmSegment(2, 4)).toBe('At Risk');
    expect(rfmSegment(3, 3)).toBe('Need Attention');
    expect(rfmSegment(2, 2)).toBe('Hibernating');
  });
});

describe('lifecycle stage rules', () => {
  const base: StageInputs = {
    orders: 2,
    purchaseDays: 2,
    firstDay: 0,
    lastDay: 10,
    previousPurchaseDay: 0,
    asOfDay: 10,
    probabilityAlive: null,
  };

  it('measures overdue against the customer’s own rhythm, not a global day count', () => {
    // Own gap 10 days: at risk past 15 days of silence, lapsed past 30.
    expect(lifecycleStage({ ...base, asOfDay: 25 }, null, defaults).stage).toBe('repeat');
    expect(lifecycleStage({ ...base, asOfDay: 26 }, null, defaults).stage).toBe('at_risk');
    expect(lifecycleStage({ ...base, asOfDay: 41 }, null, defaults).stage).toBe('lapsed');
    // A slower customer (gap 60 days) is still fine after 26 silent days.
    const slow = { ...base, lastDay: 60, asOfDay: 86 };
    expect(lifecycleStage(slow, null, defaults).stage).toBe('repeat');
  });

  it('uses P(alive) thresholds when a model gives one', () => {
    expect(lifecycleStage({ ...base, probabilityAlive: 0.4 }, null, defaults).stage).toBe('at_risk');
    expect(lifecycleStage({ ...base, probabilityAlive: 0.1 }, null, defaults).stage).toBe('lapsed');
    expect(lifecycleStage({ ...base, probabilityAlive: 0.9 }, null, defaults).stage).toBe('repeat');
  });

  it('shrinks the own gap toward the population rhythm with a model: (α + t_x)/(r + x)', () => {
    const { gapDays } = lifecycleStage(base, { r: 1, alphaDays: 20 }, defaults);
    expect(gapDays).toBe((20 + 10) / (1 + 1));
  });

  it('names new, loyal and reactivated customers', () => {
    const single = {
      ...base,
      orders: 1,
      purchaseDays: 1,
      lastDay: 0,
      previousPurchaseDay: null,
      asOfDay: 100,
    };
    expect(lifecycleStage(single, null, defaults).stage).toBe('new');
    expect(lifecycleStage({ ...single, asOfDay: 136 }, null, defaults).stage).toBe('at_risk');
    expect(lifecycleStage({ ...base, orders: 4 }, null, defaults).stage).toBe('loyal');
    // Orders on days 0, 10 and 45: the 35-day silence exceeded 3 × the 10-day rhythm before it.
    const back = { ...base, orders: 3, purchaseDays: 3, lastDay: 45, previousPurchaseDay: 10, asOfDay: 45 };
    expect(lifecycleStage(back, null, defaults).stage).toBe('reactivated');
  });
});

describe('analytics settings', () => {
  it('accepts a valid change and refuses inconsistent thresholds by name', () => {
    expect(validateSettingsChange(defaults, { at_risk_gap_factor: 2 }).at_risk_gap_factor).toBe(2);
    expect(() => validateSettingsChange(defaults, { at_risk_gap_factor: 4 })).toThrow(/lapsed_gap_factor/);
    expect(() => validateSettingsChange(defaults, { loyal_min_orders: 2.5 })).toThrow(/loyal_min_orders/);
  });
});
