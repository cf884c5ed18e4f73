import { currencyExponent } from '../../../core/money.js';
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
  type EventCondition,
  type FieldCondition,
  type FieldOperator,
  type PropertyCondition,
  type SampleCondition,
} from '../definition.js';
import { fieldSpec, traitType, type FieldType } from '../fields.js';

export type ExplainLanguage = 'en' | 'vi' | 'th' | 'ja';

export interface ExplainNames {
  /** Segment id → name; an id missing here is shown as the id. */
  segments: Map<string, string>;
  /** The workspace currency (ISO 4217): money values are minor units of it. */
  currency?: string;
}

// The tree with negation pushed to the leaves, the shape of a phrasebook, and what every language shares.

// The tree, negation pushed to the leaves.

export type Tree = { group: 'all' | 'any'; items: Tree[] } | { leaf: Condition; negated: boolean };

export function normalise(condition: Condition, negated: boolean): Tree {
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

export function leaf(
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
export const none = (c: CountComparison) =>
  (c.op === 'eq' && c.value === 0) || (c.op === 'lt' && c.value === 1) || (c.op === 'lte' && c.value === 0);
/** At least one event, said without a number. */
export const some = (c: CountComparison) =>
  (c.op === 'gte' && c.value === 1) || (c.op === 'gt' && c.value === 0) || (c.op === 'neq' && c.value === 0);

// ---------------------------------------------------------------------------------------------
// Values in the language's own formats.

export class Values {
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

export interface Clause {
  plain: string;
  conj: string;
}

export const same = (text: string): Clause => ({ plain: text, conj: text });

type NewerCustomers = 'excluded' | 'included';

/** An event condition with its negation already applied to the count or sum. */
interface EventPhrase {
  condition: EventCondition;
  count?: CountComparison;
  sum?: CountComparison & { property: string };
  newer?: NewerCustomers;
  windowDays?: number;
}

export interface Phrasebook {
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

export const dateLike = new Set<FieldOperator>([
  'within_last_days',
  'more_than_days_ago',
  'anniversary_within_days',
  'anniversary_this_month',
]);

export function typeOf(condition: FieldCondition | PropertyCondition): FieldType {
  return (
    fieldSpec(condition.field, condition.op, condition.value)?.type ??
    traitType(condition.op, condition.value)
  );
}

export const traitName = (field: string) => field.slice(field.indexOf('.') + 1);

export function series(items: string[], separator: string, last: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(separator)}${last}${items[items.length - 1]}`;
}

export const quoted = (text: string) => `“${text}”`;

/** Thai runs words together; a space sets off numbers, Latin text and quotes from Thai words. */
export function thai(...parts: string[]): string {
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

export function isComparison(op: FieldOperator): op is Comparison {
  return ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'].includes(op);
}
