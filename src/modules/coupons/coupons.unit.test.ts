import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codeAlphabet, generateCode, normaliseCode } from './codes.js';
import { couponErrors } from './errors.js';
import { discountFor, evaluateUse, reasonMessages, type CouponTerms } from './evaluate.js';

const base: CouponTerms = {
  kind: 'amount_off',
  amountOffMinor: 50_000,
  percentOff: null,
  minimumOrderMinor: null,
  expiresAt: null,
  redemptionsMax: null,
  redemptionsPerCustomerMax: null,
  timesRedeemed: 0,
  customerId: null,
  voidedAt: null,
};
const unusedCode = { redemptionsMax: 1, timesRedeemed: 0, voidedAt: null };
const at = new Date('2026-03-01T00:00:00Z');
const use = { customerId: 'cus_a', customerUses: 0, orderTotalMinor: 300_000, at };

describe('codes', () => {
  it('draws RTN-XXXX-XXXX-XXXX from the alphabet without look-alikes', () => {
    for (const ch of '01ILOUV') expect(codeAlphabet).not.toContain(ch);
    const codes = new Set(Array.from({ length: 2_000 }, generateCode));
    expect(codes.size).toBe(2_000);
    for (const code of codes)
      expect(code).toMatch(/^RTN-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}$/);
  });

  it('normalises what a shopper types', () => {
    expect(normaliseCode('  rtn-7kq4-m9xp-c2ht ')).toBe('RTN-7KQ4-M9XP-C2HT');
    expect(normaliseCode('summer 10')).toBe('SUMMER10');
  });
});

describe('evaluateUse', () => {
  it('names the first rule that fails', () => {
    expect(evaluateUse({ ...base, voidedAt: at }, unusedCode, use)).toEqual({
      valid: false,
      reason: 'voided',
    });
    expect(evaluateUse({ ...base, expiresAt: at }, unusedCode, use)).toEqual({
      valid: false,
      reason: 'expired',
    });
    expect(evaluateUse({ ...base, customerId: 'cus_b' }, unusedCode, use)).toEqual({
      valid: false,
      reason: 'not_yours',
    });
    expect(evaluateUse(base, { ...unusedCode, timesRedeemed: 1 }, use)).toEqual({
      valid: false,
      reason: 'already_used',
    });
    expect(
      evaluateUse(
        { ...base, redemptionsMax: 3, timesRedeemed: 3 },
        { ...unusedCode, redemptionsMax: null },
        use,
      ),
    ).toEqual({
      valid: false,
      reason: 'usage_limit_reached',
    });
    expect(
      evaluateUse({ ...base, redemptionsPerCustomerMax: 1 }, unusedCode, { ...use, customerUses: 1 }),
    ).toEqual({
      valid: false,
      reason: 'customer_limit_reached',
    });
    expect(evaluateUse({ ...base, minimumOrderMinor: 300_001 }, unusedCode, use)).toEqual({
      valid: false,
      reason: 'minimum_not_met',
    });
    expect(evaluateUse({ ...base, minimumOrderMinor: 300_000 }, unusedCode, use)).toEqual({
      valid: true,
      discountMinor: 50_000,
    });
  });

  it('is still valid one millisecond before expiry', () => {
    expect(evaluateUse({ ...base, expiresAt: new Date(at.getTime() + 1) }, unusedCode, use).valid).toBe(true);
  });
});

describe('discountFor', () => {
  it('takes off at most the order', () => {
    expect(discountFor(base, 30_000)).toBe(30_000);
    expect(discountFor(base, null)).toBe(50_000);
  });

  it('rounds percentages half up to the minor unit', () => {
    const tenPercent = { ...base, kind: 'percent_off' as const, amountOffMinor: null, percentOff: 10 };
    expect(discountFor(tenPercent, 1_995)).toBe(200); // 199.5 → 200
    expect(discountFor(tenPercent, 1_994)).toBe(199); // 199.4 → 199
    expect(discountFor({ ...tenPercent, percentOff: 15 }, 333_333)).toBe(50_000); // 49,999.95 → 50,000
    expect(discountFor(tenPercent, null)).toBeNull();
  });

  it('never exceeds the order nor goes negative, for any total and percent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e15 }), fc.integer({ min: 1, max: 100 }), (total, percent) => {
        const off = discountFor({ ...base, kind: 'percent_off', percentOff: percent }, total)!;
        expect(off).toBeGreaterThanOrEqual(0);
        expect(off).toBeLessThanOrEqual(total);
        // Within half a minor unit of the exact percentage (compared in BigInt: total × percent passes 2^53).
        const error = BigInt(off) * 100n - BigInt(total) * BigInt(percent);
        expect(error > -50n && error <= 50n).toBe(true);
      }),
    );
  });
});

describe('refusal codes', () => {
  // A refused redeem answers `coupon_<reason>`; the compiler checks each reason has its code, and
  // this checks the catalog keeps no refusal code that no reason spells. The others: a chosen code
  // already taken, and a resend's refusals (another customer's code, a customer without email).
  it('are the catalog’s coupon codes, one per reason', () => {
    const notReasons = ['coupon_code_taken', 'coupon_not_customers', 'customer_has_no_email'];
    const refusals = Object.keys(couponErrors).filter((code) => !notReasons.includes(code));
    expect(refusals.sort()).toEqual(
      Object.keys(reasonMessages)
        .map((reason) => `coupon_${reason}`)
        .sort(),
    );
  });
});
