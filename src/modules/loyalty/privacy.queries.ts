import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/connection.js';

/** Forgets loyalty's copy of a person's traits (and so their birthday); answers the rows changed. */
export async function clearLoyaltyProfile(db: Db, workspaceId: string, customerId: string): Promise<number> {
  const rows = await queryRows<{ customer_id: string }>(
    db,
    sql`update loyalty_profiles set traits = '{}'::jsonb, month_day = null
        where workspace_id = ${workspaceId} and customer_id = ${customerId}
          and (traits <> '{}'::jsonb or month_day is not null)
        returning customer_id`,
  );
  return rows.length;
}
