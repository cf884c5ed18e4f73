import { sql } from 'drizzle-orm';
import { queryOne, queryRows, type Db } from '../../../db/connection.js';
import { int } from '../rows.js';

export async function birthdayProfiles(
  db: Db,
  workspaceId: string,
  limit: number,
): Promise<{ customerId: string; monthDay: string; traits: Record<string, unknown> }[]> {
  return queryRows(
    db,
    sql`select customer_id as "customerId", month_day as "monthDay", traits from loyalty_profiles
        where workspace_id = ${workspaceId} and month_day is not null order by customer_id limit ${limit}`,
  );
}

/** Points the base earn rate issued (earn entries no rule made) over a window, posted or pending. */
export async function baseEarnedPoints(db: Db, workspaceId: string, from: Date, to: Date): Promise<number> {
  const row = await queryOne<{ total: unknown }>(
    db,
    sql`select coalesce(sum(points + pending_points), 0)::bigint as total from points_entries
        where workspace_id = ${workspaceId} and kind = 'earn' and rule_id is null
          and occurred_at >= ${from} and occurred_at < ${to}`,
  );
  return int(row?.total ?? 0);
}
