// The Pareto curve of a period: how concentrated its revenue is among its customers.
import type { Db } from '../../../db/connection.js';
import { workspaceFrame } from '../frame.js';
import { addDays } from '../calendar.js';
import { boundsSeenAsOf, resolvePeriod, type PeriodQuery } from './period.js';
import { paretoRanks } from './value-queries.js';

export const paretoDefinition =
  'Customers who ordered in the period, ranked by their net revenue in it (total − refunded), highest first: ' +
  'at each share s of them, the share of the period’s net revenue that the ⌈s·n⌉ highest brought.';

export const paretoTopShareDefinition =
  'Share of the period’s net revenue from the top 20% of its customers (the ⌈n/5⌉ highest).';

/** Default period: the 365 days ending on the as-of date (concentration needs a long window). */
const defaultParetoDays = 365;

interface ParetoPoint {
  customer_share: number;
  customers: number;
  revenue_minor: number;
  revenue_share: number | null;
}

export interface ParetoCurve {
  object: 'pareto_curve';
  from: string;
  to: string;
  as_of: string;
  timezone: string;
  currency: string;
  definition: string;
  customers: number;
  revenue_minor: number;
  top_20_percent: Omit<ParetoPoint, 'customer_share'> & { definition: string };
  curve: ParetoPoint[];
}

export async function paretoCurve(
  db: Db,
  workspaceId: string,
  query: PeriodQuery & { points: number },
  now: Date,
): Promise<ParetoCurve> {
  const frame = await workspaceFrame(db, workspaceId);
  const period = await resolvePeriod(db, frame.tz, query, now, defaultParetoDays);
  const [start, end] = await boundsSeenAsOf(db, frame.tz, [period.from, addDays(period.to, 1)], period.asOf);
  const ranks = await paretoRanks(db, workspaceId, { start: start!, end: end! }, query.points);
  const n = ranks.customers;
  const running = new Map(ranks.running.map((row) => [Number(row.rank), row.revenue_minor]));
  const top = (customers: number) => {
    const revenue = running.get(customers) ?? 0;
    return {
      customers,
      revenue_minor: revenue,
      revenue_share: ranks.revenue_minor > 0 ? revenue / ranks.revenue_minor : null,
    };
  };
  // ⌈k·n/points⌉ from integers: k·n/points is exact when whole and at least 1/points from one otherwise.
  const ks = n === 0 ? [] : Array.from({ length: query.points }, (_, i) => i + 1);
  return {
    object: 'pareto_curve',
    from: period.from,
    to: period.to,
    as_of: period.asOf.toISOString(),
    timezone: frame.tz,
    currency: frame.currency,
    definition: paretoDefinition,
    customers: n,
    revenue_minor: ranks.revenue_minor,
    top_20_percent: { ...top(Math.ceil(n / 5)), definition: paretoTopShareDefinition },
    curve: ks.map((k) => ({
      customer_share: k / query.points,
      ...top(Math.ceil((k * n) / query.points)),
    })),
  };
}
