import { sql } from 'drizzle-orm';
import { queryOne, type Db } from '../../../db/connection.js';
import { int } from '../rows.js';

/** The workspace catalogs with a cap on their live (unarchived) rows. */
export type CappedTable = 'earn_rules' | 'loyalty_tiers' | 'loyalty_rewards';

/**
 * Inside a transaction: the workspace's live rows of the table, counted under a lock held until
 * it ends, so concurrent creations count one after another and none passes the cap.
 */
export async function countLiveLocked(tx: Db, workspaceId: string, table: CappedTable): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${table}:${workspaceId}`}))`);
  const row = await queryOne<{ live: unknown }>(
    tx,
    sql`select count(*) as live from ${sql.identifier(table)}
        where workspace_id = ${workspaceId} and archived_at is null`,
  );
  return int(row?.live);
}
