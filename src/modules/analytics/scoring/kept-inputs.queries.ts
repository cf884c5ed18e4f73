// Reading the recompute's inputs from customer_scores (kept up to date by the analytics consumer)
// instead of aggregating every order again, and finding the customers whose kept inputs are not.
import { sql, type SQL } from 'drizzle-orm';
import { pgArray } from '../../../db/arrays.js';
import { queryOne, queryRows, type Db } from '../../../db/connection.js';
import { consumerPosition, trackEventsBetween } from '../../events/index.js';
import { changesOrders } from '../order-changes.js';
import type { OrderChangeRow } from '../refreshes.queries.js';
import { customerAggregatesQuery, type CustomerAggregateRow } from '../aggregates.queries.js';
import { ordersRelation } from '../../orders/index.js';

export interface KeptRowsSummary {
  rows: number;
  /** Rows kept as of a later instant than the recompute's, or in another time zone's days. */
  unusable: number;
  /** The earliest instant a row was kept as of (null without rows). */
  oldestAsOf: Date | null;
  /** When the least recently written row was written (null without rows). */
  oldestWrite: Date | null;
}

export async function keptRowsSummary(
  db: Db,
  workspaceId: string,
  timeZone: string,
  asOf: Date,
): Promise<KeptRowsSummary> {
  const row = await queryOne<{
    rows: number;
    unusable: number;
    oldest_as_of: string | Date | null;
    oldest_write: string | Date | null;
  }>(
    db,
    sql`select count(*)::int as rows,
               count(*) filter (where ${unusableRow(timeZone, asOf)})::int as unusable,
               min(as_of) as oldest_as_of, min(updated_at) as oldest_write
        from customer_scores where workspace_id = ${workspaceId}`,
  );
  const instant = (value: string | Date | null) => (value === null ? null : new Date(value));
  return {
    rows: row!.rows,
    unusable: row!.unusable,
    oldestAsOf: instant(row!.oldest_as_of),
    oldestWrite: instant(row!.oldest_write),
  };
}

function unusableRow(timeZone: string, asOf: Date) {
  return sql`(as_of > ${asOf.toISOString()}::timestamptz or days_time_zone is distinct from ${timeZone})`;
}

/**
 * Customers whose kept row does not hold their orders as of `asOf`: the unusable rows (when the
 * summary counted any), and customers with an order placed after their row's as_of (or without a
 * row) and by `asOf`. Orders are looked up by placement time from the oldest row's as_of on, so a
 * nightly run reads a day of orders, not all of them.
 */
export async function customersBehindKeptRows(
  db: Db,
  workspaceId: string,
  timeZone: string,
  asOf: Date,
  summary: KeptRowsSummary & { oldestAsOf: Date },
): Promise<string[]> {
  const unusable =
    summary.unusable > 0
      ? sql`select customer_id from customer_scores
            where workspace_id = ${workspaceId} and ${unusableRow(timeZone, asOf)}
            union`
      : sql``;
  const since = summary.oldestAsOf;
  const rows = await queryRows<{ customer_id: string }>(
    db,
    sql`${unusable}
        select distinct o.customer_id from ${ordersRelation} o
        left join customer_scores s on s.workspace_id = o.workspace_id and s.customer_id = o.customer_id
        where o.workspace_id = ${workspaceId}
          and o.placed_at > ${since.toISOString()}::timestamptz and o.placed_at <= ${asOf.toISOString()}::timestamptz
          and (s.as_of is null or o.placed_at > s.as_of)`,
  );
  return rows.map((row) => row.customer_id);
}

/**
 * The order changes of the workspace that the orders projection has applied and the analytics
 * consumer has not yet rescored (up to `limit`): those waiting in its queue, and those in the log
 * between its cursor and the orders consumer's, which it has not read yet.
 */
export async function unappliedOrderChanges(
  db: Db,
  workspaceId: string,
  consumers: { orders: string; analytics: string },
  names: readonly string[],
  limit: number,
): Promise<OrderChangeRow[]> {
  const queued = await queryRows<OrderChangeRow>(
    db,
    sql`select workspace_id, name, properties from analytics_pending_refreshes
        where workspace_id = ${workspaceId} limit ${limit}`,
  );
  const projected = await consumerPosition(db, consumers.orders);
  if (!projected || queued.length >= limit) return queued;
  const rescored = (await consumerPosition(db, consumers.analytics)) ?? { txId: '0', eventId: '' };
  const unread = await trackEventsBetween(db, {
    workspaceId,
    after: rescored,
    upTo: projected,
    names,
    limit: limit - queued.length,
  });
  return [...queued, ...unread.filter(changesOrders)];
}

// A kept row's first and last order times are not read: only what is derived from the inputs is
// written back for it, and nothing derived uses them.
const keptColumns = sql`s.customer_id, s.orders, s.purchase_days, s.first_purchase_day as first_day,
  s.last_purchase_day as last_day, s.previous_purchase_day, s.net_revenue_minor as net_minor, s.first_day_net_minor,
  null::float8 as first_at_ms, null::float8 as last_at_ms, s.stage as previous_stage, true as kept`;

/**
 * Aggregates the `rescan` customers from their orders into a temporary table (dropped at the
 * end of the transaction), for the pages to merge in.
 */
export async function aggregateRescanned(
  db: Db,
  workspaceId: string,
  timeZone: string,
  asOf: Date,
  rescan: string[],
): Promise<void> {
  await db.execute(
    sql`create temporary table rescanned_inputs on commit drop as
        ${customerAggregatesQuery(workspaceId, timeZone, asOf, { ids: rescan })}`,
  );
}

/**
 * A page of customers' inputs as columns, in customer id order; `kept`: read from the customer's
 * row (not aggregated again), so the row holds these inputs already.
 */
export type CustomerAggregatePage = { [K in keyof CustomerAggregateRow]: CustomerAggregateRow[K][] } & {
  kept: boolean[];
};

/**
 * The next `limit` customers' inputs after customer `after` in customer id order (the order of
 * the full scan): the kept rows, but for the `rescan` customers those aggregated into
 * rescanned_inputs, merged by key. A page is one row of JSON arrays: parsing a million rows one
 * by one cost more than reading them, and JSON.parse takes a column at once.
 */
export async function keptInputsPage(
  db: Db,
  workspaceId: string,
  rescan: { ids: string[]; aggregated: boolean },
  after: string | null,
  limit: number,
): Promise<CustomerAggregatePage> {
  const following = (column: SQL) => (after === null ? sql`` : sql`and ${column} > ${after}`);
  const rescanned = rescan.aggregated
    ? sql`union all
          (select r.*, false as kept from rescanned_inputs r where true ${following(sql`r.customer_id`)}
           order by r.customer_id limit ${limit})`
    : sql``;
  const row = await queryOne<CustomerAggregatePage>(
    db,
    sql`select ${sql.join(
      pageColumns.map((column) => sql`coalesce(json_agg(${sql.raw(column)}), '[]') as ${sql.raw(column)}`),
      sql`, `,
    )}
        from (select * from ((select ${keptColumns} from customer_scores s
                              where s.workspace_id = ${workspaceId} ${following(sql`s.customer_id`)}
                                and s.customer_id <> all(${pgArray(rescan.ids, 'text')})
                              order by s.customer_id limit ${limit})
                             ${rescanned}) inputs
              order by customer_id limit ${limit}) page`,
  );
  return row!;
}

const pageColumns: (keyof CustomerAggregatePage)[] = [
  'customer_id',
  'orders',
  'purchase_days',
  'first_day',
  'last_day',
  'previous_purchase_day',
  'net_minor',
  'first_day_net_minor',
  'first_at_ms',
  'last_at_ms',
  'previous_stage',
  'kept',
];
