import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { currencyExponent, isCurrency, toMajorUnits, toMinorUnits } from './money.js';

describe('money', () => {
  it('knows the ISO 4217 exponents of the currencies retain serves', () => {
    expect(currencyExponent('USD')).toBe(2);
    expect(currencyExponent('THB')).toBe(2);
    expect(currencyExponent('VND')).toBe(0);
    expect(currencyExponent('JPY')).toBe(0);
    expect(isCurrency('VND')).toBe(true);
    expect(isCurrency('XYZ')).toBe(false);
  });

  it('converts major units as written without float drift', () => {
    expect(toMinorUnits('29.33', 'USD')).toBe(2933);
    expect(toMinorUnits(29.33, 'USD')).toBe(2933);
    expect(toMinorUnits(0.1 + 0.2, 'USD')).toBe(30);
    expect(toMinorUnits(250000, 'VND')).toBe(250000);
    expect(toMinorUnits('250000', 'VND')).toBe(250000);
    expect(toMinorUnits('1999.5', 'JPY')).toBe(2000);
    expect(toMinorUnits('10.005', 'USD')).toBe(1001);
    expect(toMinorUnits('-3.10', 'USD')).toBe(-310);
    expect(toMinorUnits('7', 'USD')).toBe(700);
  });

  it('rejects what is not a plain decimal', () => {
    expect(toMinorUnits('abc', 'USD')).toBeNull();
    expect(toMinorUnits('1,000', 'USD')).toBeNull();
    expect(toMinorUnits(Number.NaN, 'USD')).toBeNull();
    expect(toMinorUnits(1e21, 'USD')).toBeNull();
  });

  it('round-trips every cent amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        expect(toMinorUnits(toMajorUnits(cents, 'USD'), 'USD')).toBe(cents);
      }),
    );
  });
});
