import { describe, expect, it } from 'vitest';
import { conditionsHold, rewardPoints } from './rule-definition.js';
import type { OrderFacts } from './order-facts.js';
import { ruleTemplates } from './templates.js';

const defaultRate = (per: number) => ({ earn_points: 1, earn_per_amount_minor: per });
const find = (templates: ReturnType<typeof ruleTemplates>, key: string) =>
  templates.find((template) => template.key === key)!;

describe('ruleTemplates', () => {
  it.each([
    // currency, locale, default earn amount (minor), big order (minor), its `total`, as written
    ['VND', 'vi-VN', 10_000, 1_000_000, 1_000_000, '1.000.000\u00a0₫', '10.000\u00a0₫'],
    ['JPY', 'ja-JP', 100, 10_000, 10_000, '￥10,000', '￥100'],
    ['THB', 'th-TH', 2_500, 250_000, 2_500, '฿2,500.00', '฿25.00'],
    ['USD', 'en-US', 100, 10_000, 100, '$100.00', '$1.00'],
  ])(
    '%s (%s): amounts about a dollar’s worth, written as the shop writes them',
    (currency, locale, per, big, total, bigText, perText) => {
      const templates = ruleTemplates({ currency, locale }, defaultRate(per));
      const bigOrder = find(templates, 'big_order_bonus');
      expect(bigOrder.description).toBe(`100 extra points for an order of ${bigText} or more.`);
      expect(bigOrder.params).toEqual({ points: 100, amount_minor: big });
      // The condition reads the order's total in major units: just at the amount qualifies, just below does not.
      expect(conditionsHold(bigOrder.definition.conditions, { total }, {})).toBe(true);
      expect(conditionsHold(bigOrder.definition.conditions, { total: total - 1 }, {})).toBe(false);
      const category = find(templates, 'category_double_points');
      expect(category.description).toBe(
        `1 extra point per ${perText} spent on the products of a category (Shoes here: name yours), on top of the base rate.`,
      );
      expect(category.params).toEqual({ points: 1, amount_minor: per, category: 'Shoes' });
      // An order of Shoes worth ten earn amounts earns ten extra points, as the base rate gives.
      const shoes: OrderFacts = {
        orderId: 'o',
        currency,
        totalMinor: 12 * per,
        lines: [
          { category: 'Shoes', priceMinor: 5 * per, quantity: 2 },
          { category: 'Socks', priceMinor: 2 * per, quantity: 1 },
        ],
      };
      expect(rewardPoints(category.definition, shoes)).toBe(10);
    },
  );

  it('doubles the program’s own base rate, and the currency’s default when base earning is off', () => {
    const owned = find(
      ruleTemplates({ currency: 'VND', locale: 'vi-VN' }, { earn_points: 3, earn_per_amount_minor: 50_000 }),
      'category_double_points',
    );
    expect(owned.description).toMatch(/^3 extra points per 50\.000\u00a0₫ spent/);
    expect(owned.definition.reward).toEqual({
      type: 'per_amount',
      points: 3,
      per_amount_minor: 50_000,
      category: 'Shoes',
    });
    const off = find(
      ruleTemplates({ currency: 'JPY', locale: 'ja-JP' }, { earn_points: 0, earn_per_amount_minor: 1 }),
      'category_double_points',
    );
    expect(off.params).toEqual({ points: 1, amount_minor: 100, category: 'Shoes' });
  });

  it('writes the amount in English when the stored locale is one the runtime cannot read', () => {
    const templates = ruleTemplates({ currency: 'USD', locale: 'not a locale' }, defaultRate(100));
    expect(find(templates, 'big_order_bonus').description).toBe(
      '100 extra points for an order of $100.00 or more.',
    );
  });
});
