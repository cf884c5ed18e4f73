import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayMs } from '../../../core/time.js';
import { completesWindow, matchesConditions, propertyAt } from './conditions.js';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * dayMs);

describe('matchesConditions', () => {
  const order = { total: 450_000, category: 'Áo dài', tags: ['gift', 'tet'], shipping: { country: 'VN' } };

  it('reads dotted paths', () => {
    expect(propertyAt(order, 'shipping.country')).toBe('VN');
    expect(propertyAt(order, 'shipping.city.name')).toBeUndefined();
  });

  it('compares numbers only with ordering operators', () => {
    expect(matchesConditions(order, [{ path: 'total', operator: 'gte', value: 450_000 }])).toBe(true);
    expect(matchesConditions(order, [{ path: 'total', operator: 'gt', value: 450_000 }])).toBe(false);
    expect(matchesConditions({ total: '900000' }, [{ path: 'total', operator: 'gte', value: 1 }])).toBe(
      false,
    );
  });

  it('needs every condition', () => {
    expect(
      matchesConditions(order, [
        { path: 'category', operator: 'contains', value: 'áo' },
        { path: 'tags', operator: 'contains', value: 'tet' },
        { path: 'shipping.country', operator: 'eq', value: 'VN' },
        { path: 'coupon', operator: 'neq', value: 'X' },
      ]),
    ).toBe(true);
    expect(matchesConditions(order, [{ path: 'coupon', operator: 'exists' }])).toBe(false);
    expect(matchesConditions(order, [])).toBe(true);
  });
});

describe('completesWindow', () => {
  it('counts N events whose first and last are at most D days apart', () => {
    expect(completesWindow([day(0), day(30), day(60)], 3, 60)).toBe(true);
    expect(completesWindow([day(0), day(30), day(61)], 3, 60)).toBe(false);
    expect(completesWindow([day(0), day(30), day(61), day(89)], 3, 60)).toBe(true);
    expect(completesWindow([day(5)], 1, 1)).toBe(true);
    expect(completesWindow([day(5), day(6)], 3, 365)).toBe(false);
  });

  it('answers the same whatever order the events arrived in', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 120 }),
        (days, required, windowDays) => {
          const dates = days.map(day);
          const reversed = [...dates].reverse();
          expect(completesWindow(reversed, required, windowDays)).toBe(
            completesWindow(dates, required, windowDays),
          );
        },
      ),
    );
  });
});
