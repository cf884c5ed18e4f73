import { currencyExponent } from '../../core/money.js';
import {
  isAll,
  isAny,
  isEvent,
  isField,
  isNot,
  isSegment,
  type Comparison,
  type Condition,
  type CountComparison,
  type Definition,
  type EventCondition,
  type EventWindow,
  type FieldCondition,
  type FieldOperator,
  type PropertyCondition,
  type SampleCondition,
} from './definition.js';
import { fieldSpec, setFields, traitType, type FieldType } from './fields.js';

/**
 * One sentence, in the workspace language, saying who is in a segment: the dashboard shows it beside
 * the builder and the API returns it with every definition. Negation is pushed down to the
 * conditions (De Morgan), so "not (A and B)" reads "not A or not B" instead of a double negative.
 * An event condition that zero events satisfy ("no order in the last 60 days") always says whether
 * customers newer than its window are counted: that is the gotcha issue 18 asks us to state.
 */

export type ExplainLanguage = 'en' | 'vi' | 'th' | 'ja';

export interface ExplainNames {
  /** Segment id → name; an id missing here is shown as the id. */
  segments: Map<string, string>;
  /** The workspace currency (ISO 4217): money values are minor units of it. */
  currency?: string;
}

export function explainDefinition(
  definition: Definition,
  language: ExplainLanguage,
  names: ExplainNames,
): string {
  const book = phrasebooks[language];
  const values = new Values(book, names.currency);
  const render = (tree: Tree, parent?: 'all' | 'any'): Clause => {
    if ('leaf' in tree) return leaf(book, values, names, tree.leaf, tree.negated);
    const joined = book.join(
      tree.group,
      tree.items.map((item) => render(item, tree.group)),
    );
    return parent ? book.nest(joined) : joined;
  };
  return book.sentence(render(normalise(definition, false)));
}

// ---------------------------------------------------------------------------------------------
// The tree, negation pushed to the leaves.

type Tree = { group: 'all' | 'any'; items: Tree[] } | { leaf: Condition; negated: boolean };

function normalise(condition: Condition, negated: boolean): Tree {
  if (isNot(condition)) return normalise(condition.not, !negated);
  if (isAll(condition) || isAny(condition)) {
    const children = isAll(condition) ? condition.all : (condition as { any: Condition[] }).any;
    const written = isAll(condition) ? 'all' : 'any';
    const group = negated ? (written === 'all' ? 'any' : 'all') : written;
    // A group inside a group of the same kind says nothing the outer one does not.
    const items = children
      .map((child) => normalise(child, negated))
      .flatMap((item) => ('group' in item && item.group === group ? item.items : [item]));
    return items.length === 1 ? items[0]! : { group, items };
  }
  return { leaf: condition, negated };
}

const inverse: Partial<Record<FieldOperator, FieldOperator>> = {
  eq: 'neq',
  neq: 'eq',
  in: 'not_in',
  not_in: 'in',
  exists: 'not_exists',
  not_exists: 'exists',
  gt: 'lte',
  lte: 'gt',
  gte: 'lt',
  lt: 'gte',
};

function leaf(
  book: Phrasebook,
  values: Values,
  names: ExplainNames,
  condition: Condition,
  negated: boolean,
): Clause {
  if (isField(condition)) {
    const flipped = negated ? inverse[condition.op] : undefined;
    const field = flipped ? { ...condition, op: flipped } : condition;
    // "is not true" reads better as "is false".
    if (field.op === 'neq' && typeof field.value === 'boolean') {
      return book.field({ ...field, op: 'eq', value: !field.value }, false, values);
    }
    return book.field(field, negated && !flipped, values);
  }
  if (isEvent(condition)) return eventLeaf(book, values, condition, negated);
  if (isSegment(condition))
    return book.segment(names.segments.get(condition.segment) ?? condition.segment, negated);
  return book.sample(values.share((condition as SampleCondition).sample.percent), negated);
}

/**
 * An event condition's negation is its count (or sum) compared the other way. Which customers newer
 * than a `last_days` window match: a condition zero events satisfy leaves them out unless
 * `include_newer_customers`; its negation therefore takes all of them; a condition that needs an
 * event is, negated, satisfied by a newer customer without one.
 */
function eventLeaf(book: Phrasebook, values: Values, condition: EventCondition, negated: boolean): Clause {
  const written = condition.sum ?? condition.count ?? { op: 'gte' as const, value: 1 };
  const zero = satisfiedByZero(written);
  const windowDays =
    condition.within && 'last_days' in condition.within ? condition.within.last_days : undefined;
  let newer: NewerCustomers | undefined;
  if (windowDays !== undefined) {
    if (!negated && zero) newer = condition.include_newer_customers ? 'included' : 'excluded';
    if (negated && (!zero || !condition.include_newer_customers)) newer = 'included';
  }
  const op = negated ? (inverse[written.op] as Comparison) : written.op;
  const count = condition.sum ? undefined : { op, value: written.value };
  const sum = condition.sum ? { ...condition.sum, op } : undefined;
  return book.event({ condition, count, sum, newer, windowDays }, values);
}

function satisfiedByZero({ op, value }: CountComparison): boolean {
  return compare(0, op, value);
}

function compare(left: number, op: Comparison, right: number): boolean {
  switch (op) {
    case 'eq':
      return left === right;
    case 'neq':
      return left !== right;
    case 'gt':
      return left > right;
    case 'gte':
      return left >= right;
    case 'lt':
      return left < right;
    case 'lte':
      return left <= right;
  }
}

/** Zero events: `eq 0`, `lt 1`, `lte 0`: "has not done it". */
const none = (c: CountComparison) =>
  (c.op === 'eq' && c.value === 0) || (c.op === 'lt' && c.value === 1) || (c.op === 'lte' && c.value === 0);
/** At least one event, said without a number. */
const some = (c: CountComparison) =>
  (c.op === 'gte' && c.value === 1) || (c.op === 'gt' && c.value === 0) || (c.op === 'neq' && c.value === 0);

// ---------------------------------------------------------------------------------------------
// Values in the language's own formats.

class Values {
  readonly locale: string;
  constructor(
    private readonly book: Phrasebook,
    private readonly currency: string | undefined,
  ) {
    this.locale = book.locale;
  }

  number(value: unknown): string {
    return typeof value === 'number' ? new Intl.NumberFormat(this.locale).format(value) : String(value);
  }

  /** Minor units of the workspace currency, in its own format; a plain number without one. */
  money(value: unknown): string {
    if (typeof value !== 'number' || !this.currency) return this.number(value);
    const major = value / 10 ** currencyExponent(this.currency);
    return new Intl.NumberFormat(this.locale, { style: 'currency', currency: this.currency }).format(major);
  }

  /** A date as written (2026-03-01) in the language's long form; a time of day is kept as written. */
  date(value: unknown): string {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return String(value);
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      Date.parse(value),
    );
  }

  /** A percentage given as 0 to 100. */
  share(percent: number): string {
    return new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 2 }).format(
      percent / 100,
    );
  }

  /** One value of a field, formatted by the field's type. */
  scalar(field: string, type: FieldType, value: unknown): string {
    if (field === 'predictions.probability_alive' && typeof value === 'number')
      return this.share(value * 100);
    if (field === 'lifecycle.stage') return this.book.stages[value as string] ?? String(value);
    if (field === 'rfm.segment') return this.book.rfm[value as string] ?? String(value);
    switch (type) {
      case 'money':
        return this.money(value);
      case 'number':
        return this.number(value);
      case 'date':
        return this.date(value);
      case 'boolean':
        return this.book.booleans[value === true ? 0 : 1];
      default:
        return String(value);
    }
  }

  /** The value of a condition: one, a list joined with "or", or "from and to" of `between`. */
  of(field: string, op: FieldOperator, value: unknown): string {
    const type = fieldSpec(field, op, value)?.type ?? traitType(op, value);
    if (Array.isArray(value)) {
      const items = value.map((item) => this.scalar(field, type, item));
      return op === 'between' ? this.book.range(items[0]!, items[1]!) : this.book.list(items);
    }
    return this.scalar(field, type, value);
  }

  days(count: number): string {
    return this.book.days(this.number(count), count);
  }
}

// ---------------------------------------------------------------------------------------------
// The phrasebooks. A clause has a plain form and, for Japanese, a joining form (連用形: 「…で、」).

interface Clause {
  plain: string;
  conj: string;
}

const same = (text: string): Clause => ({ plain: text, conj: text });

type NewerCustomers = 'excluded' | 'included';

/** An event condition with its negation already applied to the count or sum. */
interface EventPhrase {
  condition: EventCondition;
  count?: CountComparison;
  sum?: CountComparison & { property: string };
  newer?: NewerCustomers;
  windowDays?: number;
}

interface Phrasebook {
  locale: string;
  stages: Record<string, string>;
  rfm: Record<string, string>;
  booleans: [string, string];
  list(items: string[]): string;
  range(from: string, to: string): string;
  days(formatted: string, count: number): string;
  sentence(clause: Clause): string;
  join(group: 'all' | 'any', items: Clause[]): Clause;
  nest(clause: Clause): Clause;
  /** `negated` only for operators without an inverse (contains, between, the date operators). */
  field(condition: FieldCondition, negated: boolean, values: Values): Clause;
  event(phrase: EventPhrase, values: Values): Clause;
  segment(name: string, negated: boolean): Clause;
  sample(share: string, negated: boolean): Clause;
}

const dateLike = new Set<FieldOperator>([
  'within_last_days',
  'more_than_days_ago',
  'anniversary_within_days',
  'anniversary_this_month',
]);

function typeOf(condition: FieldCondition | PropertyCondition): FieldType {
  return (
    fieldSpec(condition.field, condition.op, condition.value)?.type ??
    traitType(condition.op, condition.value)
  );
}

const traitName = (field: string) => field.slice(field.indexOf('.') + 1);

function series(items: string[], separator: string, last: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(separator)}${last}${items[items.length - 1]}`;
}

const quoted = (text: string) => `“${text}”`;

/** Thai runs words together; a space sets off numbers, Latin text and quotes from Thai words. */
function thai(...parts: string[]): string {
  const isThai = (char: string | undefined) =>
    char !== undefined && /[\u0E01-\u0E3A\u0E40-\u0E5B]/.test(char);
  return parts
    .filter((part) => part !== '')
    .reduce((text, part) => {
      if (text === '') return part;
      const spaced = !isThai(text[text.length - 1]) || !isThai(part[0]);
      return spaced && !text.endsWith(' ') && !part.startsWith(' ') ? `${text} ${part}` : `${text}${part}`;
    }, '');
}

// English --------------------------------------------------------------------------------------

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

const en: Phrasebook = {
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

function isComparison(op: FieldOperator): op is Comparison {
  return ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'].includes(op);
}

// Vietnamese -----------------------------------------------------------------------------------

const viLabels: Record<string, string> = {
  'profile.email': 'địa chỉ email',
  'profile.phone': 'số điện thoại',
  'profile.first_name': 'tên',
  'profile.last_name': 'họ',
  'profile.external_id': 'mã bên ngoài',
  'profile.locale': 'ngôn ngữ',
  'profile.timezone': 'múi giờ',
  'profile.birthday': 'ngày sinh',
  'profile.first_seen_at': 'ngày ghé thăm đầu tiên',
  'orders.count': 'số đơn hàng',
  'orders.net_revenue': 'doanh thu thuần',
  'orders.average_order_value': 'giá trị đơn hàng trung bình',
  'orders.first_order_at': 'đơn hàng đầu tiên',
  'orders.last_order_at': 'đơn hàng gần nhất',
  'lifecycle.stage': 'giai đoạn vòng đời',
  'rfm.segment': 'nhóm RFM',
  'rfm.r_score': 'điểm RFM về độ gần đây',
  'rfm.f_score': 'điểm RFM về tần suất',
  'rfm.m_score': 'điểm RFM về giá trị',
  'predictions.probability_alive': 'khả năng vẫn còn mua hàng',
  'predictions.clv_12_months': 'giá trị dự đoán trong 12 tháng tới',
  'predictions.clv_above_median': 'giá trị dự đoán trên trung vị',
  'loyalty.tier': 'hạng thành viên',
  'loyalty.points_balance': 'số điểm tích lũy',
  'loyalty.store_credit': 'tín dụng cửa hàng',
};

const viAnniversaries: Record<string, string> = {
  'profile.birthday': 'sinh nhật',
  'orders.first_order_at': 'ngày kỷ niệm đơn hàng đầu tiên',
  'orders.last_order_at': 'ngày kỷ niệm đơn hàng gần nhất',
  'profile.first_seen_at': 'ngày kỷ niệm lần ghé thăm đầu tiên',
};

function viLabel(condition: FieldCondition): string {
  if (condition.field.startsWith('traits.')) return `thuộc tính ${traitName(condition.field)}`;
  return viLabels[condition.field] ?? condition.field;
}

function viQuantity(c: CountComparison, unit: string, values: Values): string {
  const words: Record<Comparison, string> = {
    eq: 'đúng',
    neq: 'khác',
    gt: 'hơn',
    gte: 'ít nhất',
    lt: 'ít hơn',
    lte: 'không quá',
  };
  return `${words[c.op]} ${values.number(c.value)} ${unit}`;
}

function viPredicate(c: FieldCondition | PropertyCondition, values: Values): string {
  const value = () => values.of(c.field, c.op, c.value);
  const date = typeOf(c) === 'date';
  switch (c.op) {
    case 'eq':
    case 'in':
      return `là ${value()}`;
    case 'neq':
    case 'not_in':
      return `không phải là ${value()}`;
    case 'gt':
      return `${date ? 'sau' : 'lớn hơn'} ${value()}`;
    case 'gte':
      return date ? `từ ${value()} trở đi` : `từ ${value()} trở lên`;
    case 'lt':
      return `${date ? 'trước' : 'nhỏ hơn'} ${value()}`;
    case 'lte':
      return date ? `đến hết ${value()}` : `không quá ${value()}`;
    case 'between':
      return `trong khoảng từ ${value()}`;
    case 'exists':
    case 'not_exists':
      return '';
    case 'contains':
      return `chứa ${quoted(String(c.value))}`;
    case 'starts_with':
      return `bắt đầu bằng ${quoted(String(c.value))}`;
    case 'within_last_days':
      return `trong ${values.days(c.value as number)} qua`;
    case 'more_than_days_ago':
      return `cách đây hơn ${values.days(c.value as number)}`;
    case 'anniversary_within_days':
      return c.value === 0 ? 'hôm nay' : `trong ${values.days(c.value as number)} tới`;
    case 'anniversary_this_month':
      return 'trong tháng này';
  }
}

function viWhere(where: PropertyCondition[] | undefined, values: Values): string {
  if (!where?.length) return '';
  return ` có ${series(
    where.map((c) => `${traitName(c.field)} ${viPredicate(c, values)}`.trim()),
    ', ',
    ' và ',
  )}`;
}

function viWindow(window: EventWindow | undefined, values: Values): string {
  if (!window || 'ever' in window) return '';
  if ('last_days' in window) return ` trong ${values.days(window.last_days)} qua`;
  return ` từ ${values.date(window.from)} đến ${values.date(window.to)}`;
}

const vi: Phrasebook = {
  locale: 'vi',
  stages: {
    prospect: 'tiềm năng',
    new: 'mới',
    repeat: 'mua lại',
    loyal: 'trung thành',
    at_risk: 'có nguy cơ rời bỏ',
    lapsed: 'đã rời bỏ',
    reactivated: 'quay lại',
  },
  rfm: {
    Champions: 'Nhà vô địch',
    Loyal: 'Trung thành',
    'Potential Loyalist': 'Tiềm năng trung thành',
    New: 'Khách mới',
    Promising: 'Triển vọng',
    'Need Attention': 'Cần quan tâm',
    'About to Sleep': 'Sắp ngủ đông',
    'At Risk': 'Có nguy cơ',
    "Can't Lose": 'Không thể để mất',
    Hibernating: 'Ngủ đông',
    Lost: 'Đã mất',
  },
  booleans: ['đúng', 'sai'],
  list: (items) => series(items, ', ', ' hoặc '),
  range: (from, to) => `${from} đến ${to}`,
  days: (formatted) => `${formatted} ngày`,
  sentence: (clause) => `Khách hàng ${clause.plain}.`,
  join: (group, items) =>
    same(
      series(
        items.map((item) => item.plain),
        ', ',
        group === 'all' ? ' và ' : ' hoặc ',
      ),
    ),
  nest: (clause) => same(`(${clause.plain})`),
  field(c, negated, values) {
    const { field, op } = c;
    if (setFields.has(field)) {
      const verbs: Record<string, [string, string]> = {
        'orders.product': ['đã mua', 'chưa mua'],
        'orders.category': ['đã mua hàng thuộc danh mục', 'chưa mua hàng thuộc danh mục'],
        'loyalty.badge': ['đã đạt huy hiệu', 'chưa đạt huy hiệu'],
        'messages.subscribed': ['đã đăng ký nhận', 'không đăng ký nhận'],
      };
      const [yes, no] = verbs[field]!;
      return same(`${op === 'neq' || op === 'not_in' ? no : yes} ${values.of(field, op, c.value)}`);
    }
    const comparison = isComparison(op) ? { op, value: c.value as number } : undefined;
    if (field === 'orders.count' && comparison) {
      return same(
        none(comparison) ? 'chưa từng đặt hàng' : `đã đặt hàng ${viQuantity(comparison, 'lần', values)}`,
      );
    }
    if (field === 'loyalty.points_expiring' && comparison) {
      const window = `sắp hết hạn trong ${values.days(c.within_days ?? 0)} tới`;
      if (none(comparison)) return same(`không có điểm nào ${window}`);
      if (some(comparison)) return same(`có điểm ${window}`);
      return same(`có ${viQuantity(comparison, 'điểm', values)} ${window}`);
    }
    if (field === 'lifecycle.stage' && op !== 'exists' && op !== 'not_exists') {
      const not = op === 'neq' || op === 'not_in';
      return same(`${not ? 'không ở' : 'đang ở'} giai đoạn ${values.of(field, op, c.value)}`);
    }
    if (field === 'predictions.clv_above_median' && (op === 'eq' || op === 'neq')) {
      const above = (c.value === true) === (op === 'eq');
      return same(
        `có giá trị dự đoán trong 12 tháng tới ${above ? '' : 'không '}cao hơn trung vị của cửa hàng`,
      );
    }
    if (field === 'loyalty.points_expiring') {
      const label = `số điểm sắp hết hạn trong ${values.days(c.within_days ?? 0)} tới`;
      return same(`${negated ? 'không ' : ''}có ${label} ${viPredicate(c, values)}`.trim());
    }
    const anniversary = op === 'anniversary_within_days' || op === 'anniversary_this_month';
    const label = anniversary ? (viAnniversaries[field] ?? `ngày kỷ niệm ${viLabel(c)}`) : viLabel(c);
    if (op === 'not_exists') return same(`chưa có ${label}`);
    return same(`${negated ? 'không ' : ''}có ${label} ${viPredicate(c, values)}`.trim());
  },
  event({ condition, count, sum, newer, windowDays }, values) {
    const name = quoted(condition.event);
    const where = viWhere(condition.where, values);
    const window = viWindow(condition.within, values);
    const then = condition.not_followed_by
      ? ` mà không có ${quoted(condition.not_followed_by.event)}${viWhere(condition.not_followed_by.where, values)} trong vòng ${values.days(condition.not_followed_by.within_days)} sau đó`
      : '';
    let text: string;
    if (sum) {
      const total = viPredicate({ field: 'properties.sum', op: sum.op, value: sum.value }, values);
      text = `có tổng ${sum.property} của ${name}${where}${window}${then} ${total}`;
    } else if (count && none(count)) {
      text = `${window ? 'không' : 'chưa từng'} thực hiện ${name}${where}${window}${then}`;
    } else {
      const times = count && !some(count) ? ` ${viQuantity(count, 'lần', values)}` : '';
      text = `đã thực hiện ${name}${where}${times}${window}${then}`;
    }
    if (newer && windowDays !== undefined) {
      const joined = `khách hàng mới tham gia chưa đến ${values.days(windowDays)}`;
      text += newer === 'excluded' ? ` (không tính ${joined})` : ` (tính cả ${joined})`;
    }
    return same(text);
  },
  segment: (name, negated) => same(`${negated ? 'không thuộc' : 'thuộc'} phân khúc ${quoted(name)}`),
  sample: (share, negated) => same(`${negated ? 'nằm ngoài' : 'nằm trong'} mẫu ngẫu nhiên cố định ${share}`),
};

// Thai -----------------------------------------------------------------------------------------

const thLabels: Record<string, string> = {
  'profile.email': 'อีเมล',
  'profile.phone': 'เบอร์โทรศัพท์',
  'profile.first_name': 'ชื่อ',
  'profile.last_name': 'นามสกุล',
  'profile.external_id': 'รหัสภายนอก',
  'profile.locale': 'ภาษา',
  'profile.timezone': 'เขตเวลา',
  'profile.birthday': 'วันเกิด',
  'profile.first_seen_at': 'วันที่พบครั้งแรก',
  'orders.count': 'จำนวนคำสั่งซื้อ',
  'orders.net_revenue': 'ยอดซื้อสุทธิ',
  'orders.average_order_value': 'มูลค่าเฉลี่ยต่อคำสั่งซื้อ',
  'orders.first_order_at': 'คำสั่งซื้อแรก',
  'orders.last_order_at': 'คำสั่งซื้อล่าสุด',
  'lifecycle.stage': 'สถานะวงจรชีวิต',
  'rfm.segment': 'กลุ่ม RFM',
  'rfm.r_score': 'คะแนนความใหม่ของการซื้อ (R)',
  'rfm.f_score': 'คะแนนความถี่ของการซื้อ (F)',
  'rfm.m_score': 'คะแนนมูลค่าการซื้อ (M)',
  'predictions.probability_alive': 'โอกาสที่ยังเป็นลูกค้าอยู่',
  'predictions.clv_12_months': 'มูลค่าที่คาดการณ์ใน 12 เดือนข้างหน้า',
  'predictions.clv_above_median': 'มูลค่าที่คาดการณ์สูงกว่าค่ามัธยฐาน',
  'loyalty.tier': 'ระดับสมาชิก',
  'loyalty.points_balance': 'คะแนนสะสม',
  'loyalty.store_credit': 'เครดิตร้านค้า',
};

const thAnniversaries: Record<string, string> = {
  'profile.birthday': 'วันเกิด',
  'orders.first_order_at': 'วันครบรอบการสั่งซื้อครั้งแรก',
  'orders.last_order_at': 'วันครบรอบการสั่งซื้อล่าสุด',
  'profile.first_seen_at': 'วันครบรอบที่พบกันครั้งแรก',
};

function thLabel(condition: FieldCondition): string {
  if (condition.field.startsWith('traits.')) return thai('คุณสมบัติ', traitName(condition.field));
  return thLabels[condition.field] ?? condition.field;
}

function thQuantity(c: CountComparison, unit: string, values: Values): string {
  const n = values.number(c.value);
  switch (c.op) {
    case 'eq':
      return thai(n, unit, 'พอดี');
    case 'neq':
      return thai('ไม่เท่ากับ', n, unit);
    case 'gt':
      return thai('มากกว่า', n, unit);
    case 'gte':
      return thai('อย่างน้อย', n, unit);
    case 'lt':
      return thai('น้อยกว่า', n, unit);
    case 'lte':
      return thai('ไม่เกิน', n, unit);
  }
}

function thPredicate(c: FieldCondition | PropertyCondition, values: Values): string {
  const value = () => values.of(c.field, c.op, c.value);
  const date = typeOf(c) === 'date';
  switch (c.op) {
    case 'eq':
    case 'in':
      return thai('เป็น', value());
    case 'neq':
    case 'not_in':
      return thai('ที่ไม่ใช่', value());
    case 'gt':
      return thai(date ? 'หลัง' : 'มากกว่า', value());
    case 'gte':
      return date ? thai('ตั้งแต่', value(), 'เป็นต้นไป') : thai('ตั้งแต่', value(), 'ขึ้นไป');
    case 'lt':
      return thai(date ? 'ก่อน' : 'น้อยกว่า', value());
    case 'lte':
      return date ? thai('ไม่เกิน', value()) : thai('ไม่เกิน', value());
    case 'between':
      return thai('ระหว่าง', value());
    case 'exists':
    case 'not_exists':
      return '';
    case 'contains':
      return thai('ที่มีคำว่า', quoted(String(c.value)));
    case 'starts_with':
      return thai('ที่ขึ้นต้นด้วย', quoted(String(c.value)));
    case 'within_last_days':
      return thai('ภายใน', values.days(c.value as number), 'ที่ผ่านมา');
    case 'more_than_days_ago':
      return thai('เมื่อกว่า', values.days(c.value as number), 'ก่อน');
    case 'anniversary_within_days':
      return c.value === 0 ? 'ในวันนี้' : thai('ภายใน', values.days(c.value as number), 'ข้างหน้า');
    case 'anniversary_this_month':
      return 'ในเดือนนี้';
  }
}

function thWhere(where: PropertyCondition[] | undefined): (values: Values) => string {
  return (values) =>
    !where?.length
      ? ''
      : thai('ที่มี', where.map((c) => thai(traitName(c.field), thPredicate(c, values))).join(' และ'));
}

function thWindow(window: EventWindow | undefined, values: Values): string {
  if (!window || 'ever' in window) return '';
  if ('last_days' in window) return thai('ใน', values.days(window.last_days), 'ที่ผ่านมา');
  return thai('ระหว่าง', values.date(window.from), 'ถึง', values.date(window.to));
}

const th: Phrasebook = {
  locale: 'th',
  stages: {
    prospect: 'ผู้มุ่งหวัง',
    new: 'ลูกค้าใหม่',
    repeat: 'ลูกค้าซื้อซ้ำ',
    loyal: 'ลูกค้าภักดี',
    at_risk: 'กลุ่มเสี่ยงเลิกซื้อ',
    lapsed: 'ลูกค้าที่หยุดซื้อไปแล้ว',
    reactivated: 'ลูกค้าที่กลับมาซื้ออีกครั้ง',
  },
  rfm: {
    Champions: 'แชมเปี้ยน',
    Loyal: 'ลูกค้าภักดี',
    'Potential Loyalist': 'ผู้มีแววจะภักดี',
    New: 'ลูกค้าใหม่',
    Promising: 'ลูกค้าที่มีแวว',
    'Need Attention': 'ต้องการความใส่ใจ',
    'About to Sleep': 'ใกล้หลับ',
    'At Risk': 'เสี่ยง',
    "Can't Lose": 'ห้ามเสีย',
    Hibernating: 'จำศีล',
    Lost: 'สูญหาย',
  },
  booleans: ['จริง', 'เท็จ'],
  list: (items) => series(items, ', ', ' หรือ '),
  range: (from, to) => thai(from, 'ถึง', to),
  days: (formatted) => thai(formatted, 'วัน'),
  sentence: (clause) => thai('ลูกค้าที่', clause.plain),
  join: (group, items) => same(items.map((item) => item.plain).join(group === 'all' ? ' และ' : ' หรือ')),
  nest: (clause) => same(`(${clause.plain})`),
  field(c, negated, values) {
    const { field, op } = c;
    if (setFields.has(field)) {
      const verbs: Record<string, [string, string]> = {
        'orders.product': ['เคยซื้อ', 'ไม่เคยซื้อ'],
        'orders.category': ['เคยซื้อสินค้าในหมวด', 'ไม่เคยซื้อสินค้าในหมวด'],
        'loyalty.badge': ['ได้รับเหรียญตรา', 'ไม่ได้รับเหรียญตรา'],
        'messages.subscribed': ['สมัครรับ', 'ไม่ได้สมัครรับ'],
      };
      const [yes, no] = verbs[field]!;
      return same(thai(op === 'neq' || op === 'not_in' ? no : yes, values.of(field, op, c.value)));
    }
    const comparison = isComparison(op) ? { op, value: c.value as number } : undefined;
    if (field === 'orders.count' && comparison) {
      return same(none(comparison) ? 'ไม่เคยสั่งซื้อ' : thai('สั่งซื้อ', thQuantity(comparison, 'ครั้ง', values)));
    }
    const expiring = thai('คะแนนที่จะหมดอายุภายใน', values.days(c.within_days ?? 0), 'ข้างหน้า');
    if (field === 'loyalty.points_expiring' && comparison) {
      if (none(comparison)) return same(thai('ไม่มี', expiring));
      if (some(comparison)) return same(thai('มี', expiring));
      return same(thai('มี', expiring, thQuantity(comparison, 'คะแนน', values)));
    }
    if (field === 'predictions.clv_above_median' && (op === 'eq' || op === 'neq')) {
      const above = (c.value === true) === (op === 'eq');
      return same(thai('มีมูลค่าที่คาดการณ์ใน 12 เดือนข้างหน้า', above ? 'สูงกว่า' : 'ไม่สูงกว่า', 'ค่ามัธยฐานของร้าน'));
    }
    const anniversary = op === 'anniversary_within_days' || op === 'anniversary_this_month';
    const label =
      field === 'loyalty.points_expiring'
        ? expiring
        : anniversary
          ? (thAnniversaries[field] ?? thai('วันครบรอบ', thLabel(c)))
          : thLabel(c);
    const has = op === 'not_exists' || negated ? 'ไม่มี' : 'มี';
    return same(thai(has, label, thPredicate(c, values)));
  },
  event({ condition, count, sum, newer, windowDays }, values) {
    const name = quoted(condition.event);
    const where = thWhere(condition.where)(values);
    const window = thWindow(condition.within, values);
    const then = condition.not_followed_by
      ? ' ' +
        thai(
          'โดยไม่มี',
          quoted(condition.not_followed_by.event),
          thWhere(condition.not_followed_by.where)(values),
          'ตามมาภายใน',
          values.days(condition.not_followed_by.within_days),
        )
      : '';
    let text: string;
    if (sum) {
      const total = thPredicate({ field: 'properties.sum', op: sum.op, value: sum.value }, values);
      text = thai('มียอดรวม', sum.property, 'จาก', name, where, window, then, total);
    } else if (count && none(count)) {
      text = thai(window ? 'ไม่ได้ทำ' : 'ไม่เคยทำ', name, where, window, then);
    } else {
      const times = count && !some(count) ? thQuantity(count, 'ครั้ง', values) : '';
      text = thai('ทำ', name, where, times, window, then);
    }
    if (newer && windowDays !== undefined) {
      const joined = thai('ลูกค้าที่เข้าร่วมมาไม่ถึง', values.days(windowDays));
      text = thai(text, newer === 'excluded' ? `(ไม่นับ${joined})` : `(นับรวม${joined})`);
    }
    return same(text);
  },
  segment: (name, negated) => same(thai(negated ? 'ไม่อยู่ในกลุ่ม' : 'อยู่ในกลุ่ม', quoted(name))),
  sample: (share, negated) =>
    same(thai(negated ? 'ไม่อยู่ในกลุ่มตัวอย่างสุ่มแบบคงที่' : 'อยู่ในกลุ่มตัวอย่างสุ่มแบบคงที่', share)),
};

// Japanese -------------------------------------------------------------------------------------

const jaLabels: Record<string, string> = {
  'profile.email': 'メールアドレス',
  'profile.phone': '電話番号',
  'profile.first_name': '名',
  'profile.last_name': '姓',
  'profile.external_id': '外部ID',
  'profile.locale': '言語',
  'profile.timezone': 'タイムゾーン',
  'profile.birthday': '生年月日',
  'profile.first_seen_at': '初回訪問日',
  'orders.count': '注文回数',
  'orders.net_revenue': '純売上',
  'orders.average_order_value': '平均注文額',
  'orders.first_order_at': '初回注文日',
  'orders.last_order_at': '最終注文日',
  'lifecycle.stage': 'ライフサイクル',
  'rfm.segment': 'RFMセグメント',
  'rfm.r_score': 'RFMの最新性スコア',
  'rfm.f_score': 'RFMの頻度スコア',
  'rfm.m_score': 'RFMの金額スコア',
  'predictions.probability_alive': '継続購入の可能性',
  'predictions.clv_12_months': '今後12か月の予測顧客生涯価値',
  'predictions.clv_above_median': '予測顧客生涯価値が中央値を上回ること',
  'loyalty.tier': '会員ランク',
  'loyalty.points_balance': 'ポイント残高',
  'loyalty.store_credit': 'ストアクレジット',
};

const jaAnniversaries: Record<string, string> = {
  'profile.birthday': '誕生日',
  'orders.first_order_at': '初回注文の記念日',
  'orders.last_order_at': '最終注文の記念日',
  'profile.first_seen_at': '初回訪問の記念日',
};

function jaLabel(condition: FieldCondition): string {
  if (condition.field.startsWith('traits.')) return `属性${traitName(condition.field)}`;
  return jaLabels[condition.field] ?? condition.field;
}

/** A noun predicate: 「…である」 / 「…で、」, negated 「…ではない」 / 「…ではなく、」. */
const jaNoun = (text: string, negated = false): Clause =>
  negated
    ? { plain: `${text}ではない`, conj: `${text}ではなく` }
    : { plain: `${text}である`, conj: `${text}で` };

/** A verb predicate in plain past or stative form with its joining form. */
const jaVerb = (plain: string, conj: string): Clause => ({ plain, conj });

const prefix = (head: string, clause: Clause): Clause => ({
  plain: head + clause.plain,
  conj: head + clause.conj,
});

function jaQuantity(c: CountComparison, unit: string, values: Values): string {
  const n = `${values.number(c.value)}${unit}`;
  const words: Record<Comparison, string> = {
    eq: `ちょうど${n}`,
    neq: `${n}以外`,
    gt: `${n}超`,
    gte: `${n}以上`,
    lt: `${n}未満`,
    lte: `${n}以下`,
  };
  return words[c.op];
}

/** The predicate after 「…が」; `negated` for the operators without an inverse. */
function jaPredicate(c: FieldCondition | PropertyCondition, values: Values, negated: boolean): Clause {
  const value = () => values.of(c.field, c.op, c.value);
  const date = typeOf(c) === 'date';
  switch (c.op) {
    case 'eq':
    case 'in':
      return jaNoun(value());
    case 'neq':
      return jaNoun(`${value()}以外`);
    case 'not_in':
      return jaVerb(`${value()}のいずれでもない`, `${value()}のいずれでもなく`);
    case 'gt':
      return jaNoun(date ? `${value()}より後` : `${value()}超`);
    case 'gte':
      return jaNoun(`${value()}${date ? '以降' : '以上'}`);
    case 'lt':
      return jaNoun(date ? `${value()}より前` : `${value()}未満`);
    case 'lte':
      return jaNoun(`${value()}${date ? '以前' : '以下'}`);
    case 'between':
      return jaNoun(`${value()}の間`, negated);
    case 'exists':
      return jaVerb('登録されている', '登録されており');
    case 'not_exists':
      return jaVerb('登録されていない', '登録されておらず');
    case 'contains':
      return negated
        ? jaVerb(`${quoted(String(c.value))}を含まない`, `${quoted(String(c.value))}を含まず`)
        : jaVerb(`${quoted(String(c.value))}を含む`, `${quoted(String(c.value))}を含み`);
    case 'starts_with':
      return negated
        ? jaVerb(`${quoted(String(c.value))}で始まらない`, `${quoted(String(c.value))}で始まらず`)
        : jaVerb(`${quoted(String(c.value))}で始まる`, `${quoted(String(c.value))}で始まり`);
    case 'within_last_days':
      return jaNoun(`過去${values.days(c.value as number)}以内`, negated);
    case 'more_than_days_ago':
      return jaNoun(`${values.days(c.value as number)}より前`, negated);
    case 'anniversary_within_days':
      return jaNoun(c.value === 0 ? '今日' : `今日から${values.days(c.value as number)}以内`, negated);
    case 'anniversary_this_month':
      return jaNoun('今月', negated);
  }
}

/** Property conditions before the event's name: 「totalが500,000以上のOrder Completed」. */
function jaWhere(where: PropertyCondition[] | undefined, values: Values): string {
  if (!where?.length) return '';
  const parts = where.map((c) => prefix(`${traitName(c.field)}が`, jaPredicate(c, values, false)));
  const attributive = (clause: Clause) =>
    clause.plain.endsWith('である') ? `${clause.plain.slice(0, -3)}の` : clause.plain;
  return [...parts.slice(0, -1).map((part) => `${part.conj}、`), attributive(parts[parts.length - 1]!)].join(
    '',
  );
}

function jaWindow(window: EventWindow | undefined, values: Values): string {
  if (!window || 'ever' in window) return '';
  if ('last_days' in window) return `過去${values.days(window.last_days)}間に`;
  return `${values.date(window.from)}から${values.date(window.to)}までに`;
}

const ja: Phrasebook = {
  locale: 'ja',
  stages: {
    prospect: '見込み客',
    new: '新規',
    repeat: 'リピーター',
    loyal: 'ロイヤル',
    at_risk: '離反リスク',
    lapsed: '離反',
    reactivated: '復帰',
  },
  rfm: {
    Champions: 'チャンピオン',
    Loyal: 'ロイヤル',
    'Potential Loyalist': 'ロイヤル候補',
    New: '新規',
    Promising: '有望',
    'Need Attention': '要注意',
    'About to Sleep': '休眠予備軍',
    'At Risk': '離反リスク',
    "Can't Lose": '失いたくない顧客',
    Hibernating: '休眠',
    Lost: '離脱',
  },
  booleans: ['はい', 'いいえ'],
  list: (items) => series(items, '、', 'または'),
  range: (from, to) => `${from}から${to}`,
  days: (formatted) => `${formatted}日`,
  sentence: (clause) => `${clause.plain}顧客`,
  join(group, items) {
    const joint =
      group === 'all' ? (item: Clause) => `${item.conj}、` : (item: Clause) => `${item.plain}か、`;
    const head = items.slice(0, -1).map(joint).join('');
    return prefix(head, items[items.length - 1]!);
  },
  nest: (clause) => ({ plain: `（${clause.plain}）`, conj: `（${clause.conj}）` }),
  field(c, negated, values) {
    const { field, op } = c;
    if (setFields.has(field)) {
      const object = values.of(field, op, c.value);
      const no = op === 'neq' || op === 'not_in';
      const verbs: Record<string, [string, string]> = {
        'orders.product': [`${object}を購入`, ''],
        'orders.category': [`カテゴリ${object}の商品を購入`, ''],
        'loyalty.badge': [`バッジ${object}を獲得`, ''],
        'messages.subscribed': [`${object}を購読`, ''],
      };
      const [stem] = verbs[field]!;
      if (no) return jaVerb(`${stem}していない`, `${stem}しておらず`);
      return field === 'messages.subscribed'
        ? jaVerb(`${stem}している`, `${stem}しており`)
        : jaVerb(`${stem}した`, `${stem}し`);
    }
    const comparison = isComparison(op) ? { op, value: c.value as number } : undefined;
    if (field === 'orders.count' && comparison) {
      if (none(comparison)) return jaVerb('一度も注文していない', '一度も注文しておらず');
      if (['eq', 'gt', 'gte'].includes(comparison.op)) {
        const times = jaQuantity(comparison, '回', values);
        return jaVerb(`${times}注文した`, `${times}注文し`);
      }
      return jaNoun(`注文回数が${jaQuantity(comparison, '回', values)}`);
    }
    const expiring = `今後${values.days(c.within_days ?? 0)}以内に失効するポイント`;
    if (field === 'loyalty.points_expiring' && comparison) {
      if (none(comparison)) return jaVerb(`${expiring}がない`, `${expiring}がなく`);
      if (some(comparison)) return jaVerb(`${expiring}がある`, `${expiring}があり`);
      return jaNoun(`${expiring}が${jaQuantity(comparison, 'ポイント', values)}`);
    }
    if (field === 'loyalty.tier' && (op === 'exists' || op === 'not_exists')) {
      return op === 'exists'
        ? jaVerb('いずれかの会員ランクに属している', 'いずれかの会員ランクに属しており')
        : jaVerb('どの会員ランクにも属していない', 'どの会員ランクにも属しておらず');
    }
    if (field === 'predictions.clv_above_median' && (op === 'eq' || op === 'neq')) {
      const above = (c.value === true) === (op === 'eq');
      const head = '今後12か月の予測顧客生涯価値がショップの中央値を';
      return above
        ? jaVerb(`${head}上回る`, `${head}上回り`)
        : jaVerb(`${head}上回らない`, `${head}上回らず`);
    }
    const anniversary = op === 'anniversary_within_days' || op === 'anniversary_this_month';
    const label =
      field === 'loyalty.points_expiring'
        ? expiring
        : anniversary
          ? (jaAnniversaries[field] ?? `${jaLabel(c)}の記念日`)
          : jaLabel(c);
    return prefix(`${label}が`, jaPredicate(c, values, negated));
  },
  event({ condition, count, sum, newer, windowDays }, values) {
    const then = condition.not_followed_by
      ? `その後${values.days(condition.not_followed_by.within_days)}以内に${jaWhere(condition.not_followed_by.where, values)}${quoted(condition.not_followed_by.event)}が続かなかった`
      : '';
    const name = `${then}${jaWhere(condition.where, values)}${quoted(condition.event)}`;
    const window = jaWindow(condition.within, values);
    // 「過去7日間に、その後3日以内に…」: the comma keeps the two spans of time apart.
    const lead = window && then ? `${window}、` : window;
    let clause: Clause;
    if (sum) {
      const total = jaPredicate({ field: 'properties.sum', op: sum.op, value: sum.value }, values, false);
      const during = window ? `${window.slice(0, -1)}の` : '';
      clause = prefix(`${during}${name}の${sum.property}の合計が`, total);
    } else if (count && none(count)) {
      const head = `${lead || '一度も'}${name}を`;
      clause = jaVerb(`${head}行っていない`, `${head}行っておらず`);
    } else if (!count || some(count) || ['eq', 'gt', 'gte'].includes(count.op)) {
      const times = count && !some(count) ? jaQuantity(count, '回', values) : '';
      clause = jaVerb(`${lead}${name}を${times}行った`, `${lead}${name}を${times}行い`);
    } else {
      const during = window ? `${window.slice(0, -1)}の` : '';
      clause = jaNoun(`${during}${name}の回数が${jaQuantity(count, '回', values)}`);
    }
    if (newer && windowDays !== undefined) {
      const joined = `登録から${values.days(windowDays)}未満の顧客`;
      const note = newer === 'excluded' ? `（${joined}は含まない）` : `（${joined}も含む）`;
      clause = { plain: clause.plain + note, conj: clause.conj + note };
    }
    return clause;
  },
  segment: (name, negated) =>
    negated
      ? jaVerb(`${quoted(name)}セグメントに含まれない`, `${quoted(name)}セグメントに含まれず`)
      : jaVerb(`${quoted(name)}セグメントに含まれる`, `${quoted(name)}セグメントに含まれ`),
  sample: (share, negated) =>
    negated
      ? jaVerb(`固定の無作為抽出${share}に含まれない`, `固定の無作為抽出${share}に含まれず`)
      : jaVerb(`固定の無作為抽出${share}に含まれる`, `固定の無作為抽出${share}に含まれ`),
};

const phrasebooks: Record<ExplainLanguage, Phrasebook> = { en, vi, th, ja };
