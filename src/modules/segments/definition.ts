/**
 * A segment's definition: a rule tree of groups (`all`, `any`, `not`) over conditions. It is stored
 * and returned as the JSON the marketer (or the API) wrote; `validateDefinition` checks it against
 * the field catalogue (fields.ts) and the limits, naming the path of the first problem the way the
 * dashboard's builder shows it (`conditions[2].any[0].value`).
 */

export type Comparison = 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte';

export type FieldOperator =
  | Comparison
  | 'in'
  | 'not_in'
  | 'contains'
  | 'starts_with'
  | 'exists'
  | 'not_exists'
  | 'between'
  | 'within_last_days'
  | 'more_than_days_ago'
  | 'anniversary_within_days'
  | 'anniversary_this_month';

/** A condition on one fact of the customer: a trait, an order fact, a score, a loyalty fact. */
export interface FieldCondition {
  field: string;
  op: FieldOperator;
  value?: unknown;
  /** `loyalty.points_expiring`: the points that expire within this many days. */
  within_days?: number;
}

/** A property condition inside an event condition (`properties.total gte 500000`). */
export interface PropertyCondition {
  field: string;
  op: FieldOperator;
  value?: unknown;
}

export interface CountComparison {
  op: Comparison;
  value: number;
}

export type EventWindow = { last_days: number } | { ever: true } | { from: string; to: string };

/**
 * Behaviour: an event performed `count` times (default: at least once), or with a property's `sum`
 * compared, within a window. `not_followed_by`: did it, but not the other event within N days after.
 */
export interface EventCondition {
  event: string;
  where?: PropertyCondition[];
  count?: CountComparison;
  sum?: CountComparison & { property: string };
  within?: EventWindow;
  not_followed_by?: { event: string; where?: PropertyCondition[]; within_days: number };
  /**
   * A condition that zero events satisfy ("no order in the last 60 days") says nothing about a
   * customer younger than its window; by default they do not match (Customer.io's gotcha, stated).
   */
  include_newer_customers?: boolean;
}

/**
 * The days a customer must be known for before an absence over the last N days can hold for them
 * (`include_newer_customers` unset); null when the condition waits for no one. compile.ts applies
 * it when zero events satisfy the comparison; triggers.ts re-evaluates such a segment when a
 * customer's first-seen moment moves back.
 */
export function knownForDays(condition: EventCondition): number | null {
  const within = condition.within;
  if (!within || !('last_days' in within) || condition.include_newer_customers) return null;
  return within.last_days;
}

/** Membership of another segment of the workspace. */
export interface SegmentCondition {
  segment: string;
}

/** A stable random share of customers: a hash of (segment, customer). */
export interface SampleCondition {
  sample: { percent: number };
}

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | FieldCondition
  | EventCondition
  | SegmentCondition
  | SampleCondition;

export type Definition = Condition;

export const isAll = (c: Condition): c is { all: Condition[] } => 'all' in c;
export const isAny = (c: Condition): c is { any: Condition[] } => 'any' in c;
export const isNot = (c: Condition): c is { not: Condition } => 'not' in c;
export const isField = (c: Condition): c is FieldCondition => 'field' in c;
export const isEvent = (c: Condition): c is EventCondition => 'event' in c;
export const isSegment = (c: Condition): c is SegmentCondition => 'segment' in c;
export const isSample = (c: Condition): c is SampleCondition => 'sample' in c;

/** Every condition of a tree with its path, groups included, depth first. */
export function* walkConditions(
  condition: Condition,
  path = 'definition',
): Generator<{ condition: Condition; path: string }> {
  yield { condition, path };
  const root = path === 'definition';
  if (isAll(condition) || isAny(condition)) {
    const key = isAll(condition) ? 'all' : 'any';
    const children = isAll(condition) ? condition.all : (condition as { any: Condition[] }).any;
    for (const [index, child] of children.entries()) {
      yield* walkConditions(child, root ? `conditions[${index}]` : `${path}.${key}[${index}]`);
    }
  } else if (isNot(condition)) {
    yield* walkConditions(condition.not, root ? 'not' : `${path}.not`);
  }
}

/** The segments a definition names (membership conditions). */
export function referencedSegments(definition: Definition): string[] {
  const found = new Set<string>();
  for (const { condition } of walkConditions(definition))
    if (isSegment(condition)) found.add(condition.segment);
  return [...found];
}
