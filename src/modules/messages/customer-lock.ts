import { sql } from 'drizzle-orm';
import { pgArray } from '../../db/arrays.js';
import type { Db } from '../../db/connection.js';

/**
 * Serialises what decides a customer's messages: the dispatcher's checks (consent, suppression,
 * caps) and hand-over, every consent change, and a suppression added by hand. An unsubscribe (or a
 * suppression) that commits has therefore either waited for a hand-over already decided, or is seen
 * by every later one: nothing is handed after it.
 * Callers lock several customers in sorted order, so two transactions never wait on each other.
 */
export async function lockCustomerMessaging(
  tx: Db,
  workspaceId: string,
  customerIds: readonly string[],
): Promise<void> {
  const keys = [...new Set(customerIds)].sort().map((id) => `messages:${workspaceId}:${id}`);
  if (keys.length === 0) return;
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(key, 0)) from unnest(${pgArray(keys, 'text')}) with ordinality as k(key, n) order by n`,
  );
}
