// Per-customer aggregates: the one grouped scan behind RFM, stages and the CLV models.
//
// Money: net revenue of an order = total_minor − refunded_minor. Orders whose currency differs
// from the workspace's (currency_mismatch) are never converted: they count as orders and purchases
// but add nothing to any money figure.
import { sql, type SQL } from 'drizzle-orm';
import { pgArray } from '../../db/arrays.js';
import { queryOne, queryRows, type Db } from '../../db/connection.js';
import { ordersRelation } from '../orders/index.js';

export interface CustomerAggregateRow {
  customer_id: string;
  orders: number;
  purchase_days: number;
  first_day: number;
  last_day: number;
  previous_purchase_day: number | null;
  net_minor: number;
  first_day_net_minor: number;
  first_at_ms: number;
  last_at_ms: number;
  previous_stage: string | null;
}

/**
 * One row per customer with an order up to `asOf`, from one pass over their orders in
 * (customer, time) order. Days are calendar days of the workspace time zone, numbered from
 * 1970-01-01; a purchase day is a day with at least one order (BG/NBD counts repeat purchases
 * per distinct day). previous_purchase_day is the purchase day before the last one;
 * first_day_net_minor is the net revenue of the first purchase day (Gamma-Gamma averages only
 * the repeat days). previous_stage is the customer's stored lifecycle stage.
 */
/** Which customers an aggregate covers: a list, a [from, to) range of ids, or (neither) all. */
export interface CustomerFilter {
  ids?: string[];
  from?: string | undefined;
  to?: string | undefined;
}

function customerFilterSql(filter: CustomerFilter, column: SQL = sql`customer_id`): SQL {
  if (filter.ids) return sql`and ${column} = any(${pgArray(filter.ids, 'text')})`;
  const from = filter.from !== undefined ? sql`and ${column} >= ${filter.from}` : sql``;
  const to = filter.to !== undefined ? sql`and ${column} < ${filter.to}` : sql``;
  return sql`${from} ${to}`;
}

/**
 * Orders are first summed per (customer, local day) — one sort of the orders, no per-order window
 * — and only those day rows are sequenced (lag) to find each customer's first and previous
 * purchase days: a third of the cost of sequencing every order. The stored stages are read for
 * the same customers only, not the whole workspace. Rows come in customer id order.
 */
export function customerAggregatesQuery(
  workspaceId: string,
  tz: string,
  asOf: Date,
  filter: CustomerFilter,
): SQL {
  return sql`with days as (
      select customer_id, (placed_at at time zone ${tz})::date - date '1970-01-01' as day,
             count(*) as orders,
             sum(case when currency_mismatch then 0 else (total_minor - refunded_minor)::float8 end) as net_minor,
             min(placed_at) as first_at, max(placed_at) as last_at
      from ${ordersRelation}
      where workspace_id = ${workspaceId} and placed_at <= ${asOf.toISOString()}::timestamptz ${customerFilterSql(filter)}
      group by 1, 2
    ),
    sequenced as (
      select days.*, lag(day) over (partition by customer_id order by day) as previous_day from days
    ),
    aggregated as (
      select customer_id,
             sum(orders)::int as orders,
             count(*)::int as purchase_days,
             min(day)::int as first_day,
             max(day)::int as last_day,
             max(previous_day)::int as previous_purchase_day,
             sum(net_minor) as net_minor,
             sum(net_minor) filter (where previous_day is null) as first_day_net_minor,
             -- date_part is float8 (extract is numeric, three times slower over a million rows)
             date_part('epoch', min(first_at)) * 1000 as first_at_ms,
             date_part('epoch', max(last_at)) * 1000 as last_at_ms
      from sequenced
      group by customer_id
    )
    select a.*, s.stage as previous_stage
    from aggregated a
    left join customer_scores s on s.workspace_id = ${workspaceId} and s.customer_id = a.customer_id
      ${customerFilterSql(filter, sql`s.customer_id`)}
    order by a.customer_id`;
}

/** The aggregates of a few customers (those with an order up to `asOf`). */
export async function customerAggregates(
  db: Db,
  workspaceId: string,
  tz: string,
  asOf: Date,
  customerIds: string[],
): Promise<CustomerAggregateRow[]> {
  return queryRows<CustomerAggregateRow>(
    db,
    customerAggregatesQuery(workspaceId, tz, asOf, { ids: customerIds }),
  );
}

/**
 * Streams the customers' aggregates (all, or a range of ids) in chunks through a cursor, so a
 * million rows never sit in one result. Runs in its own transaction (cursors live in one).
 */
export async function streamCustomerAggregates(
  db: Db,
  workspaceId: string,
  tz: string,
  asOf: Date,
  range: CustomerFilter,
  chunkRows: number,
  onChunk: (rows: CustomerAggregateRow[]) => void,
): Promise<void> {
  await db.transaction(async (tx) => {
    // The pass sorts the range's orders by (customer, day); give it memory for that.
    await tx.execute(sql`set local work_mem = '256MB'`);
    await tx.execute(
      sql`declare customer_aggregates no scroll cursor for ${customerAggregatesQuery(workspaceId, tz, asOf, range)}`,
    );
    for (;;) {
      const rows = await queryRows<CustomerAggregateRow>(
        tx,
        sql`fetch forward ${sql.raw(String(chunkRows))} from customer_aggregates`,
      );
      if (rows.length > 0) onChunk(rows);
      if (rows.length < chunkRows) break;
    }
    await tx.execute(sql`close customer_aggregates`);
  });
}

/**
 * Customer ids that split the workspace's customers into `parts` ranges of about equal size:
 * quantiles of the customer ids of a 1% block sample of the orders, or of all the workspace's
 * orders when the sample is too small to tell (a small workspace).
 */
export async function customerIdPivots(db: Db, workspaceId: string, parts: number): Promise<string[]> {
  const fractions = pgArray(
    Array.from({ length: parts - 1 }, (_, k) => (k + 1) / parts),
    'float8',
  );
  const quantiles = (sample: SQL) =>
    queryOne<{ pivots: string[] | null; sampled: number }>(
      db,
      sql`select percentile_disc(${fractions}) within group (order by customer_id) as pivots, count(*)::int as sampled
          from ${ordersRelation} ${sample} where workspace_id = ${workspaceId}`,
    );
  const minimumSample = 1_000;
  let row = await quantiles(sql`tablesample system (1)`);
  if (!row || row.sampled < minimumSample) row = await quantiles(sql``);
  return row?.pivots ? [...new Set(row.pivots)].sort() : [];
}
