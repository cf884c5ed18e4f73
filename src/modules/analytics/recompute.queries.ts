// The full recompute: one process at a time per workspace, and the workspaces the nightly one visits.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/connection.js';
import { ordersRelation } from '../orders/index.js';
import { workspacesRelation } from '../workspaces/index.js';
import { findBreakpoints } from './scoring/index.js';

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
