import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/catalogue.js';
import { createFormatter } from '../../i18n/format.js';
import { givesText, ruleCapsText, ruleRewardText, sharePercent } from './words.js';

const vi = { t: translator('vi'), fmt: createFormatter('vi-VN', 'Asia/Ho_Chi_Minh', 'VND') };
const en = { t: translator('en'), fmt: createFormatter('en-US', 'Asia/Ho_Chi_Minh', 'VND') };
const dong = (minor: number) => vi.fmt.money(minor);

const coffeeRule = {
  trigger: { type: 'event' as const, event: 'Order Completed' },
  conditions: [],
  reward: { type: 'per_amount' as const, points: 2, per_amount_minor: 10_000, category: 'Cà phê & trà' },
  limits: { once_per_customer: false, max_per_period: { count: 1, period: 'month' as const } },
  apply_tier_multiplier: true,
};

describe('what the program screens say', () => {
  it('names a rule’s category with its rate, and its caps beside it', () => {
    expect(ruleRewardText(vi.t, vi.fmt, coffeeRule)).toBe(
      `2 điểm cho mỗi ${dong(10_000)} khi mua Cà phê & trà`,
    );
    expect(ruleCapsText(vi.t, vi.fmt, coffeeRule)).toBe('mỗi tháng một lần');
    expect(
      ruleCapsText(en.t, en.fmt, {
        ...coffeeRule,
        conditions: [{ source: 'property', path: 'total', operator: 'gte', value: 500_000 }],
        limits: { once_per_customer: true, budget_points: 10_000, ends_at: '2027-01-31T00:00:00.000Z' },
        apply_tier_multiplier: false,
      }),
    ).toBe(
      `total is at least 500000, Once per customer, until ${en.fmt.date('2027-01-31T00:00:00.000Z')}, ` +
        'budget 10,000 points, no tier multiplier',
    );
    expect(ruleCapsText(en.t, en.fmt, { ...coffeeRule, limits: { once_per_customer: false } })).toBe(
      'Every time, no limit',
    );
  });

  it('writes what a rule adds to the base rate with two significant digits', () => {
    expect(sharePercent(en.fmt, 200 / 1_650_000)).toBe('0.012%');
    expect(sharePercent(vi.fmt, 0.0843)).toBe('8,4%');
    expect(sharePercent(en.fmt, 1.2)).toBe('120%');
  });

  it('says what a reward gives in words and money, not its kind', () => {
    expect(givesText(vi.t, vi.fmt, { kind: 'amount_off', amount_off: 50_000 })).toBe(
      `phiếu giảm giá ${dong(50_000)}`,
    );
    expect(givesText(vi.t, vi.fmt, { kind: 'store_credit', credit_amount: 200_000 })).toBe(
      `${dong(200_000)} tín dụng cửa hàng`,
    );
    expect(givesText(en.t, en.fmt, { kind: 'percent_off', percent_off: 10, minimum_order: 300_000 })).toBe(
      `10% off the order, on orders from ${en.fmt.money(300_000)}`,
    );
    expect(givesText(en.t, en.fmt, { kind: 'free_shipping' })).toBe('free shipping');
  });
});
