import { dayMs } from '../../../core/time.js';
import type { PropertyCondition } from './schema.js';

export type { PropertyCondition };

/** The value at a dotted path in an event's properties, or undefined. */
export function propertyAt(properties: Record<string, unknown>, path: string): unknown {
  let value: unknown = properties;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function compare(actual: unknown, condition: PropertyCondition): boolean {
  const expected = condition.value;
  switch (condition.operator) {
    case 'exists':
      return actual !== undefined && actual !== null;
    case 'eq':
      return actual === expected;
    case 'neq':
      return actual !== expected;
    case 'contains':
      return typeof actual === 'string'
        ? typeof expected === 'string' && actual.toLowerCase().includes(expected.toLowerCase())
        : Array.isArray(actual) && actual.includes(expected);
    default: {
      // Ordering compares numbers only: "total ≥ 500000" never matches a string "500000abc".
      if (typeof actual !== 'number' || typeof expected !== 'number') return false;
      if (condition.operator === 'gt') return actual > expected;
      if (condition.operator === 'gte') return actual >= expected;
      if (condition.operator === 'lt') return actual < expected;
      return actual <= expected;
    }
  }
}

/** Every condition holds (an empty list: any event of the name qualifies). */
export function matchesConditions(
  properties: Record<string, unknown>,
  conditions: PropertyCondition[],
): boolean {
  return conditions.every((condition) => compare(propertyAt(properties, condition.path), condition));
}

/**
 * Whether some `required` of these instants lie within `windowDays` of each other (first to last
 * at most that long apart). Sorting first makes the answer independent of arrival order, so
 * history imported late counts as if it had arrived in order.
 */
export function completesWindow(instants: Date[], required: number, windowDays: number): boolean {
  const times = instants.map((at) => at.getTime()).sort((a, b) => a - b);
  for (let i = 0; i + required - 1 < times.length; i += 1) {
    if (times[i + required - 1]! - times[i]! <= windowDays * dayMs) return true;
  }
  return false;
}
