import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { customers } from './schema.js';

/**
 * Each customer's BCP 47 locale as their profile says (null when unknown or erased), for the pages
 * and messages that speak to them in their own language.
 */
export async function customerLocales(
  db: Db,
  workspaceId: string,
  customerIds: readonly string[],
): Promise<Map<string, string | null>> {
  const found = new Map<string, string | null>(customerIds.map((id) => [id, null]));
  if (customerIds.length === 0) return found;
  const rows = await db
    .select({ id: customers.id, locale: customers.locale })
    .from(customers)
    .where(and(eq(customers.workspaceId, workspaceId), inArray(customers.id, [...new Set(customerIds)])));
  for (const row of rows) found.set(row.id, row.locale);
  return found;
}
