// The stored scores, stage history and RFM breakpoints (score-writes.queries.ts writes the scores).
import { sql } from 'drizzle-orm';
import { pgArray } from '../../../db/arrays.js';
import { queryOne, queryRows, type Db } from '../../../db/connection.js';
import { customersRelation } from '../../customers/index.js';

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
  // The median is taken over the scores just written, in the same statement.
  await db.execute(
    sql`insert into rfm_breakpoints (workspace_id, recency_days, orders, net_revenue_minor, customers,
          median_clv_12_months_minor, as_of)
        values (${workspaceId}, ${JSON.stringify(breakpoints.recencyDays)}::jsonb,
                ${JSON.stringify(breakpoints.orders)}::jsonb, ${JSON.stringify(breakpoints.netRevenueMinor)}::jsonb,
                ${breakpoints.customers},
                (select percentile_cont(0.5) within group (order by s.clv_12_months_minor) from customer_scores s
                 where s.workspace_id = ${workspaceId} and s.clv_12_months_minor is not null),
                ${breakpoints.asOf.toISOString()}::timestamptz)
        on conflict (workspace_id) do update set recency_days = excluded.recency_days, orders = excluded.orders,
          net_revenue_minor = excluded.net_revenue_minor, customers = excluded.customers,
          median_clv_12_months_minor = excluded.median_clv_12_months_minor, as_of = excluded.as_of`,
  );
}

/** The median predicted CLV of the last recompute's scores (null: none yet, or no prediction). */
export async function recomputedMedianClv(db: Db, workspaceId: string): Promise<number | null> {
  const row = await queryOne<{ median: number | null }>(
    db,
    sql`select median_clv_12_months_minor as median from rfm_breakpoints where workspace_id = ${workspaceId}`,
  );
  return row?.median === null || row?.median === undefined ? null : Number(row.median);
}
