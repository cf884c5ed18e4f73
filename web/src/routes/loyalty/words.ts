import { currencyExponent } from '../../i18n/format.js';
import { catalogue, type MessageKey, type Translate } from '../../i18n/catalogue.js';
import type { Formatter } from '../../i18n/format.js';
import type { RuleDefinition } from '../../hooks/loyalty.js';

/** Major units as typed ("1.50") ↔ integer minor units, by the currency's exponent. */
export const toMajor = (minor: number | null | undefined, currency: string) =>
  minor === null || minor === undefined ? '' : String(minor / 10 ** currencyExponent(currency));
export const toMinor = (major: string, currency: string) =>
  Math.round(Number(major) * 10 ** currencyExponent(currency));

/** A typed whole number, or undefined when the field is left empty. */
export const optionalInt = (typed: string) => (typed.trim() === '' ? undefined : Number(typed));

/** What a reward or coupon gives, in words and money: "a 50.000 ₫ voucher", not `amount_off`. */
export function givesText(
  t: Translate,
  fmt: Formatter,
  offer: {
    kind: string;
    amount_off?: number | null;
    percent_off?: number | null;
    product_id?: string | null;
    credit_amount?: number | null;
    minimum_order?: number | null;
  },
): string {
  const gives =
    offer.kind === 'amount_off'
      ? t('gives_amount_off', { amount: fmt.money(offer.amount_off ?? 0) })
      : offer.kind === 'percent_off'
        ? t('gives_percent_off', { percent: offer.percent_off ?? 0 })
        : offer.kind === 'free_product'
          ? t('gives_free_product', { product: offer.product_id ?? '' })
          : offer.kind === 'store_credit'
            ? t('gives_store_credit', { amount: fmt.money(offer.credit_amount ?? 0) })
            : t('gives_free_shipping');
  return offer.minimum_order
    ? t('gives_with_minimum', { gives, minimum: fmt.money(offer.minimum_order) })
    : gives;
}

/** The points a rule gives, with the category it counts: "2 points per 10.000 ₫ on Coffee & tea". */
export function ruleRewardText(
  t: Translate,
  fmt: Formatter,
  { reward }: Pick<RuleDefinition, 'reward'>,
): string {
  if (reward.type === 'fixed') return t('rule_points_fixed', { points: fmt.points(reward.points) });
  const rate = t('rule_points_per_amount', {
    points: fmt.points(reward.points),
    amount: fmt.money(reward.per_amount_minor),
  });
  return reward.category ? t('rule_on_category', { rate, category: reward.category }) : rate;
}

// The order amounts an event carries in major units of the shop's currency (order-facts.ts on the server).
const orderAmountPaths = new Set(['total', 'revenue', 'subtotal']);

/** A condition's value as the reader writes it: an order amount as money ("500.000 ₫", not 500000). */
function conditionValueText(
  fmt: Formatter,
  { source, path, value }: RuleDefinition['conditions'][number],
): string {
  if (Array.isArray(value)) return value.join(', ');
  if (source === 'property' && orderAmountPaths.has(path) && typeof value === 'number') {
    return fmt.money(Math.round(value * 10 ** currencyExponent(fmt.currency)));
  }
  return typeof value === 'number' ? fmt.number(value) : String(value ?? '');
}

/**
 * A template's description in the reader's language, its amounts in the workspace's currency
 * ("1.000.000 ₫", "¥10,000"); the server's English sentence for a template this dashboard does not know.
 */
export function templateDescription(
  t: Translate,
  fmt: Formatter,
  template: {
    key: string;
    description: string;
    params: { points?: number; amount_minor?: number; category?: string };
  },
): string {
  const key = `template_${template.key}_description`;
  if (!(key in catalogue.en)) return template.description;
  const { points, amount_minor: amountMinor, category } = template.params;
  return t(key as MessageKey, {
    ...(points === undefined ? {} : { points: fmt.points(points) }),
    ...(amountMinor === undefined ? {} : { amount: fmt.money(amountMinor) }),
    ...(category === undefined ? {} : { category }),
  });
}

/** When a rule gives and how often at most, as the list states it: "once a month, until 31/12". */
export function ruleCapsText(
  t: Translate,
  fmt: Formatter,
  { conditions, limits, apply_tier_multiplier }: RuleDefinition,
): string {
  const parts = conditions.map((condition) =>
    t(condition.operator === 'exists' ? 'rule_condition_exists' : 'rule_condition', {
      field: condition.path,
      operator: t(`operator_${condition.operator}`),
      value: conditionValueText(fmt, condition),
    }),
  );
  if (limits.once_per_customer) parts.push(t('cap_once_per_customer'));
  if (limits.max_per_period) {
    const { count, period } = limits.max_per_period;
    parts.push(count === 1 ? t(`cap_once_per_${period}`) : t(`cap_times_per_${period}`, { count }));
  }
  if (limits.starts_at) parts.push(t('cap_from', { date: fmt.date(limits.starts_at) }));
  if (limits.ends_at) parts.push(t('cap_until', { date: fmt.date(limits.ends_at) }));
  if (limits.budget_points !== undefined)
    parts.push(t('cap_budget', { points: fmt.points(limits.budget_points) }));
  if (!apply_tier_multiplier) parts.push(t('cap_no_multiplier'));
  return parts.length === 0 ? t('cap_none') : parts.join(', ');
}

/**
 * A share as a percent with two significant digits: a rule adding 0.012% to the base rate must not
 * read "0%", nor one adding 8.4% read "8.4000%".
 */
export const sharePercent = (fmt: Formatter, share: number) =>
  new Intl.NumberFormat(fmt.locale, { style: 'percent', maximumSignificantDigits: 2 }).format(share);
