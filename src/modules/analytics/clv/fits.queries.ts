// Model fits: a durable job per row.
import { sql } from 'drizzle-orm';
import { queryOne, queryRows, type Db } from '../../../db/connection.js';
import { ordersRelation } from '../../orders/index.js';

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
