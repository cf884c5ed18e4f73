// The SQL behind the two value distributions: the Pareto curve of a period's revenue and the
// histogram of the stored 12-month CLV. Both aggregate in the database: at a million customers
// only a hundred-odd rows come back.
//
// Money: net revenue of an order = total_minor − refunded_minor; orders in another currency
// (currency_mismatch) add nothing to it.
import { sql } from 'drizzle-orm';
import { queryOne, queryRows, type Db } from '../../../db/connection.js';
import { ordersRelation } from '../../orders/index.js';

export interface ParetoRanks {
  customers: number;
  revenue_minor: number;
  /** Net revenue of the `rank` highest-spending customers, at the ranks asked for. */
  running: { rank: number; revenue_minor: number }[];
}

/**
 * The customers who ordered in [start, end), ranked by their net revenue in it (highest first,
 * ties by id), with the running revenue of the top ranks ⌈k·n/points⌉ (k = 1..points) and ⌈n/5⌉
 * (integer arithmetic: (k·n + points − 1) div points). One grouped scan of the period's orders,
 * one sort of a row per customer.
 */
export async function paretoRanks(
  db: Db,
  workspaceId: string,
  bounds: { start: Date; end: Date },
  points: number,
): Promise<ParetoRanks> {
  const row = await queryOne<ParetoRanks>(
    db,
    sql`with spend as materialized (
          select customer_id,
                 coalesce(sum(total_minor - refunded_minor) filter (where not currency_mismatch), 0)::float8
                   as net_minor
          from ${ordersRelation}
          where workspace_id = ${workspaceId}
            and placed_at >= ${bounds.start.toISOString()}::timestamptz
            and placed_at < ${bounds.end.toISOString()}::timestamptz
          group by customer_id
        ),
        totals as (select count(*)::bigint as n, coalesce(sum(net_minor), 0)::float8 as revenue_minor from spend),
        wanted as (
          select (k * n + ${points}::bigint - 1) / ${points}::bigint as rank
          from totals, generate_series(1, ${points}::int) as k
          union
          select (n + 4) / 5 from totals
        ),
        ranked as (
          select row_number() over w as rank,
                 sum(net_minor) over (w rows between unbounded preceding and current row) as running_minor
          from spend
          window w as (order by net_minor desc, customer_id)
        )
        select t.n::int as customers, t.revenue_minor,
               coalesce((select json_agg(json_build_object('rank', r.rank, 'revenue_minor', r.running_minor)
                                         order by r.rank)
                         from ranked r join wanted w on w.rank = r.rank), '[]'::json) as running
        from totals t`,
  );
  return row!;
}

/** A customer's stored 12-month CLV in whole minor units, rounded as the API shows it (Math.round). */
const clvMinor = sql`floor(clv_12_months_minor + 0.5)::bigint`;

export interface ClvSummary {
  /** Customers with stored scores, with or without a CLV. */
  scored: number;
  /** Customers with a stored CLV. */
  customers: number;
  value_minor: number;
  max_minor: number | null;
  /** Median, 90th and 99th percentiles (percentile_cont: linear between neighbours); null when none. */
  quantiles_minor: number[] | null;
}

export async function clvSummary(db: Db, workspaceId: string): Promise<ClvSummary> {
  const row = await queryOne<ClvSummary>(
    db,
    sql`select count(*)::int as scored, count(v)::int as customers, coalesce(sum(v), 0)::float8 as value_minor,
               max(v)::float8 as max_minor,
               percentile_cont(array[0.5, 0.9, 0.99]) within group (order by v) as quantiles_minor
        from (select ${clvMinor} as v from customer_scores where workspace_id = ${workspaceId}) s`,
  );
  return row!;
}

/**
 * Customers and their CLV summed per bin of `widthMinor`: bin i holds [i·w, (i+1)·w) for
 * i < `regularBins`, and bin `regularBins` everything from regularBins·w up. Bins without a
 * customer are left out.
 */
export async function clvBins(
  db: Db,
  workspaceId: string,
  widthMinor: number,
  regularBins: number,
): Promise<{ bin: number; customers: number; value_minor: number }[]> {
  return queryRows(
    db,
    sql`select least(v / ${widthMinor}::bigint, ${regularBins}::bigint)::int as bin, count(*)::int as customers,
               sum(v)::float8 as value_minor
        from (select ${clvMinor} as v from customer_scores
              where workspace_id = ${workspaceId} and clv_12_months_minor is not null) s
        group by 1 order by 1`,
  );
}
