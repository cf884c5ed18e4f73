import { sql, type SQL } from 'drizzle-orm';

/** Instants at which a customer's answer may change with time alone (each may be null or past). */
export type TimeBoundaries = SQL[];

/**
 * The earliest boundary after now; null when nothing changes with time alone. An array, not a
 * `values` list: PostgreSQL pulls a one-row `values` up into the query, and the boundary (an event
 * condition's subquery, say) was evaluated twice, in the filter and in `min` (9.4 ms per 1,000
 * customers against 4.6 ms).
 */
export function changesAt(times: TimeBoundaries, now?: SQL): SQL {
  if (times.length === 0) return sql`null::timestamptz`;
  return sql`(select min(t) from unnest(array[${sql.join(
    times.map((time) => sql`(${time})::timestamptz`),
    sql`, `,
  )}]) as boundaries(t) where t > ${now ?? sql`now()`})`;
}

/**
 * A date or instant the definition names: a bare date is the start of that day in the customer's
 * zone (a "before 2026-03-01" means their March), an instant with an offset is itself.
 */
export function instantExpression(iso: string): SQL {
  return sql`segments_instant(${iso}, coalesce(c.timezone, w.timezone))`;
}
