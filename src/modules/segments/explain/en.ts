import {
  type Comparison,
  type CountComparison,
  type EventWindow,
  type FieldCondition,
  type PropertyCondition,
} from '../definition.js';
import { setFields } from '../fields.js';
import type { Values } from './sentences.js';
import {
  type Phrasebook,
  dateLike,
  isComparison,
  none,
  quoted,
  same,
  series,
  some,
  traitName,
  typeOf,
} from './sentences.js';

const enLabels: Record<string, string> = {
  'profile.email': 'email address',
  'profile.phone': 'phone number',
  'profile.first_name': 'first name',
  'profile.last_name': 'last name',
  'profile.external_id': 'external ID',
  'profile.locale': 'locale',
  'profile.timezone': 'time zone',
  'profile.birthday': 'date of birth',
  'profile.first_seen_at': 'first visit',
  'orders.count': 'number of orders',
  'orders.net_revenue': 'net revenue',
  'orders.average_order_value': 'average order value',
  'orders.first_order_at': 'first order',
  'orders.last_order_at': 'last order',
  'lifecycle.stage': 'lifecycle stage',
  'rfm.segment': 'RFM segment',
  'rfm.r_score': 'RFM recency score',
  'rfm.f_score': 'RFM frequency score',
  'rfm.m_score': 'RFM monetary score',
  'predictions.probability_alive': 'chance of still being an active customer',
  'predictions.clv_12_months': 'predicted 12-month value',
  'predictions.clv_above_median': 'predicted 12-month value above the median',
  'loyalty.tier': 'loyalty tier',
  'loyalty.points_balance': 'points balance',
  'loyalty.store_credit': 'store credit',
};

const enAnniversaries: Record<string, string> = {
  'profile.birthday': 'birthday',
  'orders.first_order_at': 'first-order anniversary',
  'orders.last_order_at': 'last-order anniversary',
  'profile.first_seen_at': 'first-visit anniversary',
};

const enPast = new Set(['profile.first_seen_at', 'orders.first_order_at', 'orders.last_order_at']);

function enLabel(condition: FieldCondition): string {
  if (condition.field.startsWith('traits.')) return traitName(condition.field);
  if (condition.field === 'loyalty.points_expiring') {
    return `points expiring within the next ${enDays(String(condition.within_days), condition.within_days ?? 0)}`;
  }
  return enLabels[condition.field] ?? condition.field;
}

const enDays = (formatted: string, count: number) => (count === 1 ? `${formatted} day` : `${formatted} days`);

function enQuantity(c: CountComparison, unit: 'time' | 'point', values: Values): string {
  const n = values.number(c.value);
  const amount =
    unit === 'time'
      ? c.value === 1
        ? 'once'
        : c.value === 2
          ? 'twice'
          : `${n} times`
      : c.value === 1
        ? '1 point'
        : `${n} points`;
  const words: Record<Comparison, string> = {
    eq: 'exactly',
    neq: 'other than',
    gt: 'more than',
    gte: 'at least',
    lt: 'fewer than',
    lte: 'at most',
  };
  return `${words[c.op]} ${amount}`;
}

/** The predicate after the label: `[copula?, text]`; the copula ("is", "was") is added by the caller. */
function enPredicate(
  c: FieldCondition | PropertyCondition,
  values: Values,
  negated: boolean,
): [boolean, string] {
  const value = () => values.of(c.field, c.op, c.value);
  const date = typeOf(c) === 'date';
  const not = negated ? 'not ' : '';
  switch (c.op) {
    case 'eq':
      return [true, value()];
    case 'neq':
      return [true, `not ${value()}`];
    case 'in':
      return [true, value()];
    case 'not_in':
      return [true, `not ${value()}`];
    case 'gt':
      return [true, `${date ? 'after' : 'more than'} ${value()}`];
    case 'gte':
      return [true, `${date ? 'on or after' : 'at least'} ${value()}`];
    case 'lt':
      return [true, `${date ? 'before' : 'less than'} ${value()}`];
    case 'lte':
      return [true, `${date ? 'on or before' : 'at most'} ${value()}`];
    case 'between':
      return [true, `${not}between ${value()}`];
    case 'exists':
      return [true, 'known'];
    case 'not_exists':
      return [true, 'not known'];
    case 'contains':
      return [false, `${negated ? 'does not contain' : 'contains'} ${quoted(String(c.value))}`];
    case 'starts_with':
      return [false, `${negated ? 'does not start' : 'starts'} with ${quoted(String(c.value))}`];
    case 'within_last_days':
      return [true, `${not}within the last ${values.days(c.value as number)}`];
    case 'more_than_days_ago':
      return [true, `${not}more than ${values.days(c.value as number)} ago`];
    case 'anniversary_within_days':
      return [true, `${not}${c.value === 0 ? 'today' : `within the next ${values.days(c.value as number)}`}`];
    case 'anniversary_this_month':
      return [true, `${not}this month`];
  }
}

function enWhere(where: PropertyCondition[] | undefined, values: Values): string {
  if (!where?.length) return '';
  const parts = where.map((c) => {
    const [copula, text] = enPredicate(c, values, false);
    const verbless = copula ? text : text.replace(/^contains/, 'containing').replace(/^starts/, 'starting');
    return `${traitName(c.field)} ${verbless}`;
  });
  return ` with ${series(parts, ', ', ' and ')}`;
}

function enWindow(window: EventWindow | undefined, values: Values): string {
  if (!window || 'ever' in window) return '';
  if ('last_days' in window) return ` in the last ${values.days(window.last_days)}`;
  return ` between ${values.date(window.from)} and ${values.date(window.to)}`;
}

export const en: Phrasebook = {
  locale: 'en',
  stages: {
    prospect: 'prospect',
    new: 'new',
    repeat: 'repeat',
    loyal: 'loyal',
    at_risk: 'at risk',
    lapsed: 'lapsed',
    reactivated: 'reactivated',
  },
  rfm: {
    Champions: 'Champions',
    Loyal: 'Loyal',
    'Potential Loyalist': 'Potential Loyalist',
    New: 'New',
    Promising: 'Promising',
    'Need Attention': 'Need Attention',
    'About to Sleep': 'About to Sleep',
    'At Risk': 'At Risk',
    "Can't Lose": "Can't Lose",
    Hibernating: 'Hibernating',
    Lost: 'Lost',
  },
  booleans: ['true', 'false'],
  list: (items) => series(items, ', ', ' or '),
  range: (from, to) => `${from} and ${to}`,
  days: enDays,
  sentence: (clause) => `Customers ${clause.plain}.`,
  join: (group, items) =>
    same(
      series(
        items.map((item) => item.plain),
        ', ',
        group === 'all' ? ' and ' : ' or ',
      ),
    ),
  nest: (clause) => same(`(${clause.plain})`),
  field(c, negated, values) {
    const { field, op } = c;
    if (setFields.has(field)) {
      const verbs: Record<string, [string, string]> = {
        'orders.product': ['have bought', 'have not bought'],
        'orders.category': ['have bought from the category', 'have not bought from the category'],
        'loyalty.badge': ['have earned the badge', 'have not earned the badge'],
        'messages.subscribed': ['are subscribed to', 'are not subscribed to'],
      };
      const [yes, no] = verbs[field]!;
      return same(`who ${op === 'neq' || op === 'not_in' ? no : yes} ${values.of(field, op, c.value)}`);
    }
    const comparison = isComparison(op) ? { op, value: c.value as number } : undefined;
    if (field === 'orders.count' && comparison) {
      return same(
        none(comparison)
          ? 'who have never ordered'
          : `who have ordered ${enQuantity(comparison, 'time', values)}`,
      );
    }
    if (field === 'loyalty.points_expiring' && comparison) {
      const window = `expiring within the next ${values.days(c.within_days ?? 0)}`;
      if (none(comparison)) return same(`who have no points ${window}`);
      if (some(comparison)) return same(`who have points ${window}`);
      return same(`who have ${enQuantity(comparison, 'point', values)} ${window}`);
    }
    if (field === 'loyalty.tier' && (op === 'exists' || op === 'not_exists')) {
      return same(op === 'exists' ? 'who are in a loyalty tier' : 'who are in no loyalty tier');
    }
    if (field === 'predictions.clv_above_median' && (op === 'eq' || op === 'neq')) {
      const above = (c.value === true) === (op === 'eq');
      return same(`whose predicted 12-month value is ${above ? '' : 'not '}above the workspace median`);
    }
    if (op === 'anniversary_within_days' || op === 'anniversary_this_month') {
      const noun = enAnniversaries[field] ?? `${enLabel(c)} anniversary`;
      return same(`whose ${noun} is ${enPredicate(c, values, negated)[1]}`);
    }
    const [copula, text] = enPredicate(c, values, negated);
    const verb = copula
      ? enPast.has(field) || (field.startsWith('traits.') && dateLike.has(op))
        ? 'was '
        : 'is '
      : '';
    return same(`whose ${enLabel(c)} ${verb}${text}`);
  },
  event({ condition, count, sum, newer, windowDays }, values) {
    const name = quoted(condition.event);
    const where = enWhere(condition.where, values);
    const window = enWindow(condition.within, values);
    const then = condition.not_followed_by
      ? ` not followed by ${quoted(condition.not_followed_by.event)}${enWhere(condition.not_followed_by.where, values)} within ${values.days(condition.not_followed_by.within_days)}`
      : '';
    let text: string;
    if (sum) {
      const [, total] = enPredicate({ field: 'properties.sum', op: sum.op, value: sum.value }, values, false);
      text = `whose ${sum.property} from ${name}${where}${window}${then} adds up to ${total}`;
    } else if (count && none(count)) {
      text = `who have ${window ? 'not' : 'never'} done ${name}${where}${window}${then}`;
    } else {
      const times = count && !some(count) ? ` ${enQuantity(count, 'time', values)}` : '';
      text = `who have done ${name}${where}${times}${window}${then}`;
    }
    if (newer && windowDays !== undefined) {
      const joined = `customers who joined less than ${values.days(windowDays)} ago`;
      text += newer === 'excluded' ? ` (${joined} are not counted)` : ` (${joined} are included)`;
    }
    return same(text);
  },
  segment: (name, negated) => same(`who are ${negated ? 'not ' : ''}in the segment ${quoted(name)}`),
  sample: (share, negated) =>
    same(`who fall ${negated ? 'outside' : 'within'} a stable ${share} random sample`),
};
