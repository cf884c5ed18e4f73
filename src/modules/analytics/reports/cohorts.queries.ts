// Cohorts by first order.
//
// Money: net revenue of an order = total_minor − refunded_minor. Orders whose currency differs
// from the workspace's (currency_mismatch) are never converted: they count as orders and purchases
// but add nothing to any money figure.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../db/connection.js';
import { ordersRelation } from '../../orders/index.js';

export interface CohortCellRow {
  cohort: string;
  period: string;
  customers: number;
  net_minor: number;
}

/**
 * Cohort activity: for each first-order period (the cohort, a calendar month or an ISO week
 * starting Monday in the workspace time zone) and each period in which its members ordered, the
 * number of distinct members who ordered and their net revenue.
 */
export async function cohortCells(
  db: Db,
  workspaceId: string,
  options: { unit: 'month' | 'week'; tz: string; asOf: Date },
): Promise<CohortCellRow[]> {
  const asOf = options.asOf.toISOString();
  return queryRows<CohortCellRow>(
    db,
    sql`with firsts as (
          select customer_id, min(placed_at) as first_at
          from ${ordersRelation} where workspace_id = ${workspaceId} and placed_at <= ${asOf}::timestamptz
          group by customer_id
        )
        select to_char(date_trunc(${options.unit}, f.first_at at time zone ${options.tz}), 'YYYY-MM-DD') as cohort,
               to_char(date_trunc(${options.unit}, o.placed_at at time zone ${options.tz}), 'YYYY-MM-DD') as period,
               count(distinct o.customer_id)::int as customers,
               coalesce(sum(o.total_minor - o.refunded_minor) filter (where not o.currency_mismatch), 0)::float8
                 as net_minor
        from ${ordersRelation} o join firsts f on f.customer_id = o.customer_id
        where o.workspace_id = ${workspaceId} and o.placed_at <= ${asOf}::timestamptz
        group by 1, 2
        order by 1, 2`,
  );
}
