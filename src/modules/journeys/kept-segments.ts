import type { Definition } from '../segments/index.js';
import type { Entry } from './graph.js';

/**
 * A lifecycle or date entry is a segment the segments module keeps live (stage changes arrive with
 * analytics' scores, anniversaries at local midnight by its timers): the journey enters on its
 * `Segment Entered`. The same entry in two journeys shares one segment (one key).
 */
export function keptEntrySegment(entry: Entry): { key: string; name: string; definition: Definition } | null {
  if (entry.kind === 'lifecycle') {
    return {
      key: `lifecycle:${entry.stage}`,
      name: `Lifecycle stage: ${entry.stage}`,
      definition: { field: 'lifecycle.stage', op: 'eq', value: entry.stage },
    };
  }
  if (entry.kind !== 'date') return null;
  const days = entry.days_before ?? 0;
  const anniversary: Definition = { field: entry.field, op: 'anniversary_within_days', value: days };
  return {
    key: `anniversary:${entry.field}:${days}`,
    name: days === 0 ? `Anniversary today: ${entry.field}` : `Anniversary in ${days} days: ${entry.field}`,
    // The first order's own day is no anniversary: only a year or more after it.
    definition:
      entry.field === 'orders.first_order_at'
        ? { all: [anniversary, { field: entry.field, op: 'more_than_days_ago', value: 300 }] }
        : anniversary,
  };
}
