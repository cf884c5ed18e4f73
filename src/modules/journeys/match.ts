import { dayMs } from '../../core/time.js';
import type { PropertyCondition } from '../segments/index.js';

/**
 * Whether one event's properties meet property conditions (the segments module's language, checked
 * by its validator): here in the process, on the event the consumer holds, rather than in SQL over
 * the log. Text compares as text, numbers as numbers, dates by their instant.
 */
export function matchesWhere(
  where: readonly PropertyCondition[] | undefined,
  properties: Record<string, unknown>,
  now: Date,
): boolean {
  return (where ?? []).every((condition) => meets(condition, valueAt(properties, condition.field), now));
}

/** `properties.a.b` (or `a.b`) of an event's properties. */
export function valueAt(properties: Record<string, unknown>, field: string): unknown {
  const path = field.startsWith('properties.') ? field.slice('properties.'.length) : field;
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      properties,
    );
}

const present = (value: unknown) => value !== undefined && value !== null;

function compare(a: unknown, b: unknown): number | null {
  if (typeof b === 'number') {
    const number = typeof a === 'number' ? a : typeof a === 'string' && a.trim() !== '' ? Number(a) : NaN;
    return Number.isFinite(number) ? number - b : null;
  }
  if (typeof b === 'boolean') return typeof a === 'boolean' ? Number(a) - Number(b) : null;
  if (!present(a)) return null;
  const text = String(a);
  return text < String(b) ? -1 : text > String(b) ? 1 : 0;
}

function daysAgo(value: unknown, now: Date): number | null {
  const instant = typeof value === 'string' || typeof value === 'number' ? new Date(value).getTime() : NaN;
  return Number.isFinite(instant) ? (now.getTime() - instant) / dayMs : null;
}

function meets(condition: PropertyCondition, value: unknown, now: Date): boolean {
  const { op, value: expected } = condition;
  const order = (accept: (difference: number) => boolean) => {
    const difference = compare(value, expected);
    return difference !== null && accept(difference);
  };
  switch (op) {
    case 'exists':
      return present(value);
    case 'not_exists':
      return !present(value);
    case 'eq':
      return order((d) => d === 0);
    case 'neq':
      return !order((d) => d === 0);
    case 'gt':
      return order((d) => d > 0);
    case 'gte':
      return order((d) => d >= 0);
    case 'lt':
      return order((d) => d < 0);
    case 'lte':
      return order((d) => d <= 0);
    case 'in':
    case 'not_in': {
      const found = (expected as unknown[]).some((item) => compare(value, item) === 0);
      return op === 'in' ? found : !found;
    }
    case 'contains':
      return present(value) && String(value).toLowerCase().includes(String(expected).toLowerCase());
    case 'starts_with':
      return present(value) && String(value).toLowerCase().startsWith(String(expected).toLowerCase());
    case 'between': {
      const [from, to] = expected as [unknown, unknown];
      const low = compare(value, from);
      const high = compare(value, to);
      return low !== null && high !== null && low >= 0 && high <= 0;
    }
    case 'within_last_days': {
      const days = daysAgo(value, now);
      return days !== null && days >= 0 && days <= Number(expected);
    }
    case 'more_than_days_ago': {
      const days = daysAgo(value, now);
      return days !== null && days > Number(expected);
    }
    default:
      return false;
  }
}
