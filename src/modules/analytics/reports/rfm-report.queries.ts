// The RFM report's counts, read from the stored scores.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../db/connection.js';

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
