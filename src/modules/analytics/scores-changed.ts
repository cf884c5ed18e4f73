import { sql } from 'drizzle-orm';
import { queryOne, type Db } from '../../db/connection.js';
import { lastRecomputeAt } from './recompute.queries.js';

/**
 * When everyone's scores last moved together: the last full recompute (RFM breakpoints, stages) or
 * the last finished model fit (P(alive), CLV). Readers of the scores that follow customers by
 * their events (segments) re-read everyone after it.
 */
export async function scoresChangedAt(db: Db, workspaceId: string): Promise<Date | null> {
  const fit = await queryOne<{ at: string | null }>(
    db,
    sql`select max(finished_at)::text as at from model_fits where workspace_id = ${workspaceId} and status = 'done'`,
  );
  const recompute = await lastRecomputeAt(db, workspaceId);
  const times = [fit?.at ? new Date(fit.at) : null, recompute].filter((time): time is Date => time !== null);
  return times.length ? new Date(Math.max(...times.map((time) => time.getTime()))) : null;
}
