// The lifecycle report's counts: stages now, over time and their flows.
import { sql } from 'drizzle-orm';
import { pgArray } from '../../../db/arrays.js';
import { queryOne, queryRows, type Db } from '../../../db/connection.js';
import { customersRelation } from '../../customers/index.js';

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
