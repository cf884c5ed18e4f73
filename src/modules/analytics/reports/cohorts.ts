// Cohorts by first-order period: how many of each cohort came back, and what they spent, k
// periods after their first.
import type { Db } from '../../../db/connection.js';
import { workspaceFrame } from '../frame.js';
import { dateOfDayNumber, dayNumberOfDate, parseInstant } from '../calendar.js';
import { cohortCells } from './cohorts.queries.js';
import { localDate } from '../calendar.queries.js';

export type CohortPeriod = 'month' | 'week';
export type CohortMetric = 'customers' | 'revenue';

interface Cohort {
  /** First day of the cohort's period (YYYY-MM-DD, workspace time zone). */
  cohort: string;
  /** Customers whose first order fell in that period. */
  size: number;
  /** cells[k]: the metric for period k after the cohort's (k = 0 is the cohort's own period). */
  cells: number[];
  /** Members who ordered in period k (the numerators of the customers metric). */
  active_customers: number[];
  /** Net revenue of the cohort's orders in period k, in minor units. */
  revenue_minor: number[];
}

export interface CohortTable {
  object: 'cohort_table';
  period: CohortPeriod;
  metric: CohortMetric;
  as_of: string;
  timezone: string;
  definition: string;
  cohorts: Cohort[];
}

export const cohortMetricDefinitions: Record<CohortMetric, string> = {
  customers:
    'cell k = members of the cohort who ordered in the k-th period after their first ÷ cohort size (k = 0 is always 1).',
  revenue:
    'cell k = net revenue (total − refunded, workspace currency only) of the cohort’s orders in the k-th period after their first ÷ cohort size, in minor units.',
};

/** Periods between two period starts (months by calendar, weeks by 7 days). */
function periodIndex(period: CohortPeriod, from: string, to: string): number {
  if (period === 'week') return Math.round((dayNumberOfDate(to) - dayNumberOfDate(from)) / 7);
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

/** The first day of the period (calendar month, or ISO week from Monday) containing `date`. */
function periodStart(period: CohortPeriod, date: string): string {
  if (period === 'month') return `${date.slice(0, 7)}-01`;
  const day = dayNumberOfDate(date);
  // Day 0 (1970-01-01) was a Thursday: ISO weekday index (Monday = 0) is (day + 3) mod 7.
  return dateOfDayNumber(day - ((day + 3) % 7));
}

/**
 * The cohort table: cohorts by the calendar month (or ISO week, Monday first) of each customer's
 * first order in the workspace time zone, the most recent `periods` cohorts, every later period up
 * to `as_of` as a cell.
 */
export async function cohortTable(
  db: Db,
  workspaceId: string,
  query: { period: CohortPeriod; metric: CohortMetric; periods: number; as_of?: string | undefined },
  now: Date,
): Promise<CohortTable> {
  const frame = await workspaceFrame(db, workspaceId);
  const asOf = query.as_of ? parseInstant('as_of', query.as_of) : now;
  const rows = await cohortCells(db, workspaceId, { unit: query.period, tz: frame.tz, asOf });
  const byCohort = new Map<string, { active: number[]; revenue: number[] }>();
  for (const row of rows) {
    const cohort = byCohort.get(row.cohort) ?? { active: [], revenue: [] };
    const k = periodIndex(query.period, row.cohort, row.period);
    cohort.active[k] = row.customers;
    cohort.revenue[k] = row.net_minor;
    byCohort.set(row.cohort, cohort);
  }
  const starts = [...byCohort.keys()].sort().slice(-query.periods);
  const last = periodStart(query.period, await localDate(db, frame.tz, asOf));
  const cohorts = starts.map((start) => {
    const { active, revenue } = byCohort.get(start)!;
    const width = periodIndex(query.period, start, last) + 1;
    const activeCustomers = Array.from({ length: width }, (_, k) => active[k] ?? 0);
    const revenueMinor = Array.from({ length: width }, (_, k) => revenue[k] ?? 0);
    const size = activeCustomers[0]!;
    const cells =
      query.metric === 'customers'
        ? activeCustomers.map((count) => count / size)
        : revenueMinor.map((amount) => amount / size);
    return { cohort: start, size, cells, active_customers: activeCustomers, revenue_minor: revenueMinor };
  });
  return {
    object: 'cohort_table',
    period: query.period,
    metric: query.metric,
    as_of: asOf.toISOString(),
    timezone: frame.tz,
    definition: cohortMetricDefinitions[query.metric],
    cohorts,
  };
}
