// The KPIs of a period.
//
// Money: net revenue of an order = total_minor − refunded_minor. Orders whose currency differs
// from the workspace's (currency_mismatch) are never converted: they count as orders and purchases
// but add nothing to any money figure.
import { sql } from 'drizzle-orm';
import { queryOne, type Db } from '../../../db/connection.js';
import { ordersRelation } from '../../orders/index.js';

export interface PeriodFigures {
  customers: number;
  new_customers: number;
  active_customers: number;
  orders: number;
  repeat_orders: number;
  priced_orders: number;
  revenue_minor: number;
  aov_minor: number | null;
  first_aov_minor: number | null;
  repeat_aov_minor: number | null;
  repeat_customers: number;
  customers_at_start: number;
  joined_customers: number;
  median_days_between_orders: number | null;
  lifetime_revenue_minor: number;
  top_fifth_revenue_minor: number;
}

/**
 * The raw figures of one period [start, end), with [previousStart, start) as the period before:
 * - every order before `end` is numbered per customer (nth = 1 is the customer's first order, ties
 *   broken by id) and carries the time of the customer's previous order;
 * - buyers = customers with an order before `end`, with their order count and net revenue;
 * - active = customers with an order in a period; joined = active in this period, not in the
 *   previous one (first-time buyers and customers back after a longer silence);
 * - the top fifth = the ⌈n/5⌉ buyers with the highest net revenue up to `end`.
 */
export async function periodFigures(
  db: Db,
  workspaceId: string,
  bounds: { previousStart: Date; start: Date; end: Date },
): Promise<PeriodFigures> {
  const start = bounds.start.toISOString();
  const end = bounds.end.toISOString();
  const previousStart = bounds.previousStart.toISOString();
  const row = await queryOne<PeriodFigures>(
    db,
    sql`with ordered as (
          select customer_id, placed_at,
                 case when currency_mismatch then null else total_minor - refunded_minor end as net_minor,
                 row_number() over w as nth,
                 lag(placed_at) over w as previous_at
          from ${ordersRelation}
          where workspace_id = ${workspaceId} and placed_at < ${end}::timestamptz
          window w as (partition by customer_id order by placed_at, id)
        ),
        in_period as (select * from ordered where placed_at >= ${start}::timestamptz),
        buyers as (
          select customer_id, count(*) as orders, coalesce(sum(net_minor), 0) as net_minor,
                 min(placed_at) as first_at
          from ordered group by customer_id
        ),
        active_before as (
          select distinct customer_id from ordered
          where placed_at >= ${previousStart}::timestamptz and placed_at < ${start}::timestamptz
        ),
        active_now as (select distinct customer_id from in_period),
        ranked as (
          select net_minor, row_number() over (order by net_minor desc) as rank, count(*) over () as n
          from buyers
        )
        select
          (select count(*) from buyers)::int as customers,
          (select count(*) from buyers where first_at >= ${start}::timestamptz)::int as new_customers,
          (select count(*) from active_now)::int as active_customers,
          (select count(*) from in_period)::int as orders,
          (select count(*) from in_period where nth > 1)::int as repeat_orders,
          (select count(net_minor) from in_period)::int as priced_orders,
          (select coalesce(sum(net_minor), 0) from in_period)::float8 as revenue_minor,
          (select avg(net_minor) from in_period)::float8 as aov_minor,
          (select avg(net_minor) from in_period where nth = 1)::float8 as first_aov_minor,
          (select avg(net_minor) from in_period where nth > 1)::float8 as repeat_aov_minor,
          (select count(*) from buyers where orders >= 2)::int as repeat_customers,
          (select count(*) from active_before)::int as customers_at_start,
          (select count(*) from active_now a
            where not exists (select 1 from active_before b where b.customer_id = a.customer_id))::int
            as joined_customers,
          (select percentile_cont(0.5) within group (order by extract(epoch from placed_at - previous_at) / 86400)
             from in_period where previous_at is not null)::float8 as median_days_between_orders,
          (select coalesce(sum(net_minor), 0) from buyers)::float8 as lifetime_revenue_minor,
          (select coalesce(sum(net_minor), 0) from ranked where rank <= ceil(n / 5.0))::float8
            as top_fifth_revenue_minor`,
  );
  return row!;
}
