// Every SQL statement of the analytics module. Analytics reads the orders projection and the
// customers table (DESIGN.md: "analytics reads the tables") and owns model_fits, customer_scores,
// customer_stage_history and rfm_breakpoints.
//
// Money: net revenue of an order = total_minor − refunded_minor. Orders whose currency differs
// from the workspace's (currency_mismatch) are never converted: they count as orders and purchases
// but add nothing to any money figure.
import { sql, type SQL } from 'drizzle-orm';
import { pgArray } from '../../db/arrays.js';
import { queryOne, queryRows, type Db } from '../../db/connection.js';
import { consumerCursorRelation, loggedEventsWithIds } from '../events/index.js';
import { customersRelation } from '../customers/index.js';
import { ordersRelation } from '../orders/index.js';
import { workspacesRelation } from '../workspaces/index.js';

/** An order event as the refresh queue and the log hand it over. */
export interface OrderChangeRow {
  workspace_id: string;
  name: string;
  properties: Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------
// Calendar: dates are read in the workspace time zone.

/** The instants at which local calendar dates (YYYY-MM-DD) begin in time zone `tz`. */
export async function localMidnights(db: Db, tz: string, dates: string[]): Promise<Date[]> {
  const rows = await queryRows<{ at: Date }>(
    db,
    sql`select (d::date::timestamp at time zone ${tz}) as at
        from unnest(${pgArray(dates, 'text')}) with ordinality as t(d, n) order by n`,
  );
  return rows.map((row) => new Date(row.at));
}

/** The local calendar date (YYYY-MM-DD) of an instant in time zone `tz`. */
export async function localDate(db: Db, tz: string, at: Date): Promise<string> {
  const row = await queryOne<{ day: string }>(
    db,
    sql`select to_char((${at.toISOString()}::timestamptz at time zone ${tz})::date, 'YYYY-MM-DD') as day`,
  );
  return row!.day;
}

// ---------------------------------------------------------------------------------------------
// KPIs

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

// ---------------------------------------------------------------------------------------------
// Cohorts

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

// ---------------------------------------------------------------------------------------------
// Per-customer aggregates: the one grouped scan behind RFM, stages and the CLV models.

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

export async function databaseNow(db: Db): Promise<Date> {
  const row = await queryOne<{ now: Date }>(db, sql`select clock_timestamp() as now`);
  return new Date(row!.now);
}

// ---------------------------------------------------------------------------------------------
// Scores (written by score-writes.queries.ts)

/** The shop's own ids (Segment userId) of customers, for the events analytics emits about them. */
export async function externalIds(
  db: Db,
  workspaceId: string,
  customerIds: string[],
): Promise<Map<string, string>> {
  if (customerIds.length === 0) return new Map();
  const rows = await queryRows<{ id: string; external_id: string | null }>(
    db,
    sql`select id, external_id from ${customersRelation}
        where workspace_id = ${workspaceId} and id = any(${pgArray(customerIds, 'text')})`,
  );
  return new Map(rows.filter((row) => row.external_id).map((row) => [row.id, row.external_id!]));
}

/** A profile merged into another keeps no scores of its own (its orders moved to the other). */
export async function deleteCustomerScores(db: Db, workspaceId: string, customerId: string): Promise<void> {
  await db.execute(
    sql`delete from customer_scores where workspace_id = ${workspaceId} and customer_id = ${customerId}`,
  );
}

/**
 * Deletes the scores of profiles merged into others (the analytics consumer deletes each as the
 * merge arrives; a recompute that read the profile's orders just before can write its row back).
 * Answers how many it deleted.
 */
export async function deleteMergedAwayScores(db: Db, workspaceId: string): Promise<number> {
  const rows = await queryRows<{ customer_id: string }>(
    db,
    sql`delete from customer_scores s using ${customersRelation} c
        where s.workspace_id = ${workspaceId} and c.workspace_id = ${workspaceId}
          and c.id = s.customer_id and c.merged_into is not null
        returning s.customer_id`,
  );
  return rows.length;
}

/** A customer's stage history, oldest first. */
export async function stageHistoryOf(
  db: Db,
  workspaceId: string,
  customerId: string,
): Promise<{ id: string; from_stage: string | null; to_stage: string; changed_at: Date }[]> {
  return queryRows(
    db,
    sql`select id, from_stage, to_stage, changed_at from customer_stage_history
        where workspace_id = ${workspaceId} and customer_id = ${customerId}
        order by changed_at, id`,
  );
}

export interface CustomerScoresRow {
  customer_id: string;
  stage: string;
  orders: number;
  purchase_days: number;
  first_order_at: Date | null;
  last_order_at: Date | null;
  net_revenue_minor: number;
  recency_days: number | null;
  r_score: number | null;
  f_score: number | null;
  m_score: number | null;
  segment: string | null;
  probability_alive: number | null;
  expected_purchases_30: number | null;
  expected_purchases_90: number | null;
  expected_purchases_365: number | null;
  expected_order_value_minor: number | null;
  clv_12_months_minor: number | null;
  expected_gap_days: number | null;
  as_of: Date;
  updated_at: Date;
}

export async function findCustomerScores(
  db: Db,
  workspaceId: string,
  customerId: string,
): Promise<CustomerScoresRow | undefined> {
  return queryOne<CustomerScoresRow>(
    db,
    sql`select * from customer_scores where workspace_id = ${workspaceId} and customer_id = ${customerId}`,
  );
}

/** A page of scored customers (optionally of one segment), in customer id order. */
export async function listCustomerScores(
  db: Db,
  workspaceId: string,
  options: {
    segment?: string | undefined;
    stage?: string | undefined;
    after?: string | undefined;
    limit: number;
  },
): Promise<CustomerScoresRow[]> {
  const segment = options.segment ? sql`and segment = ${options.segment}` : sql``;
  const stage = options.stage ? sql`and stage = ${options.stage}` : sql``;
  const after = options.after ? sql`and customer_id > ${options.after}` : sql``;
  return queryRows<CustomerScoresRow>(
    db,
    sql`select * from customer_scores
        where workspace_id = ${workspaceId} ${segment} ${stage} ${after}
        order by customer_id limit ${options.limit}`,
  );
}

// ---------------------------------------------------------------------------------------------
// RFM

export interface BreakpointsRow {
  recency_days: number[];
  orders: number[];
  net_revenue_minor: number[];
  customers: number;
  as_of: Date;
}

export async function findBreakpoints(db: Db, workspaceId: string): Promise<BreakpointsRow | undefined> {
  return queryOne<BreakpointsRow>(
    db,
    sql`select recency_days, orders, net_revenue_minor, customers, as_of from rfm_breakpoints
        where workspace_id = ${workspaceId}`,
  );
}

export async function saveBreakpoints(
  db: Db,
  workspaceId: string,
  breakpoints: {
    recencyDays: number[];
    orders: number[];
    netRevenueMinor: number[];
    customers: number;
    asOf: Date;
  },
): Promise<void> {
  await db.execute(
    sql`insert into rfm_breakpoints (workspace_id, recency_days, orders, net_revenue_minor, customers, as_of)
        values (${workspaceId}, ${JSON.stringify(breakpoints.recencyDays)}::jsonb,
                ${JSON.stringify(breakpoints.orders)}::jsonb, ${JSON.stringify(breakpoints.netRevenueMinor)}::jsonb,
                ${breakpoints.customers}, ${breakpoints.asOf.toISOString()}::timestamptz)
        on conflict (workspace_id) do update set recency_days = excluded.recency_days, orders = excluded.orders,
          net_revenue_minor = excluded.net_revenue_minor, customers = excluded.customers, as_of = excluded.as_of`,
  );
}

/** Scored customers and their net revenue per RFM segment. */
export async function segmentTotals(
  db: Db,
  workspaceId: string,
): Promise<{ segment: string; customers: number; net_minor: number }[]> {
  return queryRows(
    db,
    sql`select segment, count(*)::int as customers, coalesce(sum(net_revenue_minor), 0)::float8 as net_minor
        from customer_scores where workspace_id = ${workspaceId} and segment is not null
        group by segment`,
  );
}

/** Scored customers per (R score, F score) cell. */
export async function rfGrid(
  db: Db,
  workspaceId: string,
): Promise<{ r_score: number; f_score: number; customers: number }[]> {
  return queryRows(
    db,
    sql`select r_score, f_score, count(*)::int as customers
        from customer_scores where workspace_id = ${workspaceId} and r_score is not null
        group by r_score, f_score`,
  );
}

// ---------------------------------------------------------------------------------------------
// Lifecycle

/** Scored customers per stage now. */
export async function stageCounts(
  db: Db,
  workspaceId: string,
): Promise<{ stage: string; customers: number }[]> {
  return queryRows(
    db,
    sql`select stage, count(*)::int as customers from customer_scores
        where workspace_id = ${workspaceId} group by stage`,
  );
}

/** Known customers (not merged into another profile, not erased) without any scored order. */
export async function prospectCount(db: Db, workspaceId: string): Promise<number> {
  const row = await queryOne<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${customersRelation} c
        where c.workspace_id = ${workspaceId} and c.merged_into is null and c.erased_at is null
          and not exists (select 1 from customer_scores s where s.workspace_id = c.workspace_id and s.customer_id = c.id)`,
  );
  return row!.n;
}

/** Customers per stage at each instant: each customer's latest recorded stage at or before it. */
export async function stageCountsAt(
  db: Db,
  workspaceId: string,
  instants: Date[],
): Promise<{ at: Date; stage: string; customers: number }[]> {
  const at = pgArray(
    instants.map((instant) => instant.toISOString()),
    'timestamptz',
  );
  return queryRows(
    db,
    sql`select e.at, h.to_stage as stage, count(*)::int as customers
        from unnest(${at}) as e(at)
        cross join lateral (
          select distinct on (customer_id) to_stage from customer_stage_history
          where workspace_id = ${workspaceId} and changed_at <= e.at
          order by customer_id, changed_at desc, id desc
        ) h
        group by e.at, h.to_stage`,
  );
}

/** Stage changes in [start, end), counted per (from, to). */
export async function stageFlows(
  db: Db,
  workspaceId: string,
  start: Date,
  end: Date,
): Promise<{ from_stage: string; to_stage: string; customers: number }[]> {
  return queryRows(
    db,
    sql`select from_stage, to_stage, count(*)::int as customers from customer_stage_history
        where workspace_id = ${workspaceId}
          and changed_at >= ${start.toISOString()}::timestamptz and changed_at < ${end.toISOString()}::timestamptz
        group by from_stage, to_stage order by from_stage, to_stage`,
  );
}

// ---------------------------------------------------------------------------------------------
// Model fits (a durable job per row)

export interface ModelFitRow {
  id: string;
  workspace_id: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  as_of: Date;
  time_unit: 'week' | 'day';
  penalizer: number;
  result: Record<string, number | boolean | string | null> | null;
  error: string | null;
  fit_ms: number | null;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

export async function insertModelFit(
  db: Db,
  fit: { id: string; workspaceId: string; asOf: Date; timeUnit: string; penalizer: number },
): Promise<ModelFitRow> {
  const row = await queryOne<ModelFitRow>(
    db,
    sql`insert into model_fits (id, workspace_id, status, as_of, time_unit, penalizer)
        values (${fit.id}, ${fit.workspaceId}, 'queued', ${fit.asOf.toISOString()}::timestamptz,
                ${fit.timeUnit}, ${fit.penalizer})
        returning *`,
  );
  return row!;
}

/** A queued or running fit of the same inputs: asking again joins it instead of fitting twice. */
export async function findPendingModelFit(
  db: Db,
  workspaceId: string,
  fit: { asOf: Date; timeUnit: string; penalizer: number },
): Promise<ModelFitRow | undefined> {
  return queryOne<ModelFitRow>(
    db,
    sql`select * from model_fits
        where workspace_id = ${workspaceId} and status in ('queued', 'running')
          and as_of = ${fit.asOf.toISOString()}::timestamptz and time_unit = ${fit.timeUnit}
          and penalizer = ${fit.penalizer}
        order by created_at limit 1`,
  );
}

/** Claims the oldest queued fit (of one workspace, or any); SKIP LOCKED lets workers share the queue. */
export async function claimQueuedModelFit(db: Db, workspaceId?: string): Promise<ModelFitRow | undefined> {
  const workspace = workspaceId ? sql`and workspace_id = ${workspaceId}` : sql``;
  return queryOne<ModelFitRow>(
    db,
    sql`update model_fits set status = 'running', started_at = clock_timestamp()
        where id = (select id from model_fits where status = 'queued' ${workspace}
                    order by created_at limit 1 for update skip locked)
        returning *`,
  );
}

/** Fits left running by a process that died go back to the queue. */
export async function requeueStaleModelFits(db: Db, staleAfterMinutes: number): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update model_fits set status = 'queued', started_at = null
        where status = 'running' and started_at < clock_timestamp() - make_interval(mins => ${staleAfterMinutes})
        returning id`,
  );
  return rows.length;
}

/** Claims one queued fit by id, if it is still queued. */
export async function claimModelFit(db: Db, id: string): Promise<ModelFitRow | undefined> {
  return queryOne<ModelFitRow>(
    db,
    sql`update model_fits set status = 'running', started_at = clock_timestamp()
        where id = ${id} and status = 'queued' returning *`,
  );
}

export async function finishModelFit(
  db: Db,
  id: string,
  outcome: { result: Record<string, number | boolean | string | null>; fitMs: number } | { error: string },
): Promise<void> {
  if ('error' in outcome) {
    await db.execute(
      sql`update model_fits set status = 'failed', error = ${outcome.error}, finished_at = clock_timestamp()
          where id = ${id}`,
    );
    return;
  }
  await db.execute(
    sql`update model_fits set status = 'done', result = ${JSON.stringify(outcome.result)}::jsonb,
          fit_ms = ${outcome.fitMs}, finished_at = clock_timestamp()
        where id = ${id}`,
  );
}

export async function findModelFit(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<ModelFitRow | undefined> {
  return queryOne<ModelFitRow>(
    db,
    sql`select * from model_fits where workspace_id = ${workspaceId} and id = ${id}`,
  );
}

/** The workspace's current model: its most recently finished successful fit. */
export async function latestDoneModelFit(db: Db, workspaceId: string): Promise<ModelFitRow | undefined> {
  return queryOne<ModelFitRow>(
    db,
    sql`select * from model_fits where workspace_id = ${workspaceId} and status = 'done'
        order by finished_at desc, id desc limit 1`,
  );
}

/** The workspace's latest fit whatever its status (what GET shows while a fit is queued or failed). */
export async function latestModelFit(db: Db, workspaceId: string): Promise<ModelFitRow | undefined> {
  return queryOne<ModelFitRow>(
    db,
    sql`select * from model_fits where workspace_id = ${workspaceId} order by created_at desc, id desc limit 1`,
  );
}

/** Customers with at least one order up to `asOf` (decides whether a fit runs inline). */
export async function buyerCount(db: Db, workspaceId: string, asOf: Date): Promise<number> {
  const row = await queryOne<{ n: number }>(
    db,
    sql`select count(distinct customer_id)::int as n from ${ordersRelation}
        where workspace_id = ${workspaceId} and placed_at <= ${asOf.toISOString()}::timestamptz`,
  );
  return row!.n;
}

/** The order ids' customers (the analytics consumer refreshes them). */
export async function customersOfOrders(db: Db, workspaceId: string, orderIds: string[]): Promise<string[]> {
  if (orderIds.length === 0) return [];
  const rows = await queryRows<{ customer_id: string }>(
    db,
    sql`select distinct customer_id from ${ordersRelation}
        where workspace_id = ${workspaceId} and order_id = any(${pgArray(orderIds, 'text')})`,
  );
  return rows.map((row) => row.customer_id);
}

/** Remembers order events to rescore their customers once the orders projection has them. */
export async function insertPendingRefreshes(
  db: Db,
  events: { id: string; workspaceId: string }[],
): Promise<void> {
  if (events.length === 0) return;
  await db.execute(
    sql`insert into analytics_pending_refreshes (event_id, workspace_id, tx_id, name, properties)
        select e.id, e.workspace_id, e.tx_id, e.name, e.properties
        from ${loggedEventsWithIds(events.map((e) => e.id))} e
        on conflict do nothing`,
  );
}

/**
 * Claims (deletes and answers) up to `limit` pending events that the orders consumer has already
 * applied: those at or before its cursor, oldest first in log order. SKIP LOCKED lets the consumer
 * and the worker share the queue without doing an event twice. The delete finds the rows it has
 * just locked by their place in the table (ctid, stable while the lock is held): by key, a planner
 * without statistics walked the log-order index for each of them (170 ms a claim of 1,300 rows,
 * measured), and a join may scan the whole queue.
 */
export async function claimReadyRefreshes(
  db: Db,
  ordersConsumerName: string,
  limit: number,
  held: 'skip' | 'wait',
): Promise<OrderChangeRow[]> {
  return queryRows<OrderChangeRow>(
    db,
    sql`with ready as (
          select p.ctid from analytics_pending_refreshes p
          join ${consumerCursorRelation(ordersConsumerName)} c on true
          where (p.tx_id, p.event_id) <= (c.tx_id, c.event_id)
          order by p.tx_id, p.event_id
          limit ${limit}
          for update of p ${held === 'skip' ? sql`skip locked` : sql``}
        ),
        claimed as (
          delete from analytics_pending_refreshes p where p.ctid = any(array(select ctid from ready))
          returning p.event_id, p.workspace_id, p.tx_id, p.name, p.properties
        )
        select workspace_id, name, properties from claimed order by tx_id, event_id`,
  );
}

/** Claims the workspace's full recompute for `minutes` unless another process holds it. */
export async function claimRecompute(db: Db, workspaceId: string, minutes: number): Promise<boolean> {
  const rows = await queryRows<{ workspace_id: string }>(
    db,
    sql`insert into analytics_recompute_claims (workspace_id, claimed_until)
        values (${workspaceId}, clock_timestamp() + make_interval(mins => ${minutes}))
        on conflict (workspace_id) do update set claimed_until = excluded.claimed_until
          where analytics_recompute_claims.claimed_until < clock_timestamp()
        returning workspace_id`,
  );
  return rows.length > 0;
}

export async function releaseRecompute(db: Db, workspaceId: string): Promise<void> {
  await db.execute(
    sql`update analytics_recompute_claims set claimed_until = '-infinity' where workspace_id = ${workspaceId}`,
  );
}

/** Workspaces with orders: the nightly recompute visits them. */
export async function workspacesWithOrders(db: Db): Promise<string[]> {
  const rows = await queryRows<{ workspace_id: string }>(
    db,
    sql`select w.id as workspace_id from ${workspacesRelation} w
        where exists (select 1 from ${ordersRelation} o where o.workspace_id = w.id)`,
  );
  return rows.map((row) => row.workspace_id);
}

/** When the workspace's scores were last fully recomputed (the RFM breakpoints' as_of). */
export async function lastRecomputeAt(db: Db, workspaceId: string): Promise<Date | null> {
  const row = await findBreakpoints(db, workspaceId);
  return row ? new Date(row.as_of) : null;
}
