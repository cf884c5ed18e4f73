import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/connection.js';

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
