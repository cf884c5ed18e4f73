import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/connection.js';

/** Marks lots as announced ("Points Expiring Soon" went out), so each is announced once. */
export async function markAnnounced(tx: Db, workspaceId: string, lotIds: string[], at: Date): Promise<void> {
  await tx.execute(
    sql`update points_lots set warned_at = ${at}
        where workspace_id = ${workspaceId} and id in (${sql.join(
          lotIds.map((id) => sql`${id}`),
          sql`, `,
        )})`,
  );
}

/** Marks an inactive account as warned, until its next activity. */
export async function markExpiryWarned(
  db: Db,
  workspaceId: string,
  customerId: string,
  at: Date,
): Promise<void> {
  await db.execute(
    sql`update points_accounts set expiry_warned_at = ${at}
        where workspace_id = ${workspaceId} and customer_id = ${customerId}`,
  );
}
