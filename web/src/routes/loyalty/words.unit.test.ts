import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/catalogue.js';
import { createFormatter } from '../../i18n/format.js';
import { givesText, ruleCapsText, ruleRewardText, sharePercent, templateDescription } from './words.js';

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
  it('words a template’s amounts in the workspace’s currency and the reader’s language', () => {
    const bigOrder = {
      key: 'big_order_bonus',
      description: '100 extra points for an order of 1.000.000 ₫ or more.',
      params: { points: 100, amount_minor: 1_000_000 },
    };
    const category = {
      key: 'category_double_points',
      description: 'the server’s English',
      params: { points: 1, amount_minor: 10_000, category: 'Shoes' },
    };
    expect(templateDescription(vi.t, vi.fmt, bigOrder)).toBe(
      'Thêm 100 điểm cho đơn hàng từ 1.000.000\u00a0₫ trở lên.',
    );
    expect(templateDescription(vi.t, vi.fmt, category)).toMatch(
      /: thêm 1 điểm cho mỗi 10\.000\u00a0₫ chi tiêu\.$/,
    );
    expect(templateDescription(vi.t, vi.fmt, category)).toContain('(Shoes là ví dụ');
    const yen = createFormatter('ja-JP', 'Asia/Tokyo', 'JPY');
    const yenOrder = { ...bigOrder, params: { points: 100, amount_minor: 10_000 } };
    expect(templateDescription(translator('ja'), yen, yenOrder)).toBe(
      '￥10,000以上のご注文に100ポイントを追加。',
    );
    const baht = createFormatter('th-TH', 'Asia/Bangkok', 'THB');
    const bahtOrder = { ...bigOrder, params: { points: 100, amount_minor: 250_000 } };
    expect(templateDescription(translator('th'), baht, bahtOrder)).toBe(
      'เพิ่ม 100 คะแนนสำหรับคำสั่งซื้อตั้งแต่ ฿2,500.00 ขึ้นไป',
    );
    const dollars = createFormatter('en-US', 'America/New_York', 'USD');
    expect(
      templateDescription(translator('en'), dollars, {
        ...category,
        params: { ...category.params, amount_minor: 100 },
      }),
    ).toBe(
      'Points at the base earn rate again on one category’s products (Shoes here: name yours): +1 per $1.00 spent.',
    );
    // A template a newer server added reads as the server's sentence rather than as a key.
    expect(templateDescription(vi.t, vi.fmt, { ...bigOrder, key: 'from_a_newer_server' })).toBe(
      bigOrder.description,
    );
  });

  it('writes a condition on the order’s amount as money, in the shop’s digits', () => {
    const bigOrder = {
      ...coffeeRule,
      conditions: [
        { source: 'property' as const, path: 'total', operator: 'gte' as const, value: 1_000_000 },
      ],
      limits: { once_per_customer: false },
    };
    expect(ruleCapsText(vi.t, vi.fmt, bigOrder)).toBe(`total ${vi.t('operator_gte')} 1.000.000\u00a0₫`);
    const baht = createFormatter('th-TH', 'Asia/Bangkok', 'THB');
    const bahtRule = { ...bigOrder, conditions: [{ ...bigOrder.conditions[0]!, value: 2_500.5 }] };
    expect(ruleCapsText(translator('th'), baht, bahtRule)).toContain('฿2,500.50');
    // Not an amount: a count of items stays a number in the reader's digits.
    const items = {
      ...bigOrder,
      conditions: [{ ...bigOrder.conditions[0]!, path: 'quantity', value: 1200 }],
    };
    expect(ruleCapsText(en.t, en.fmt, items)).toBe(`quantity ${en.t('operator_gte')} 1,200`);
  });

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
      `total is at least ${en.fmt.money(500_000)}, Once per customer, until ${en.fmt.date('2027-01-31T00:00:00.000Z')}, ` +
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
