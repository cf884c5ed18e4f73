import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { customers } from './schema.js';

/** What the messages module needs of a person to address and greet them. */
export interface MessageRecipient {
  id: string;
  externalId: string | null;
  email: string | null;
  phone: string | null;
  firstName: string | null;
  lastName: string | null;
  name: string | null;
  timezone: string | null;
  locale: string | null;
  birthday: string | null;
  traits: Record<string, unknown>;
  firstSeenAt: Date;
  mergedInto: string | null;
  erasedAt: Date | null;
}

/** The profiles of these customers (one statement for a dispatcher's whole batch). */
export async function messageRecipients(
  db: Db,
  workspaceId: string,
  customerIds: readonly string[],
): Promise<Map<string, MessageRecipient>> {
  if (customerIds.length === 0) return new Map();
  const rows = await db
    .select({
      id: customers.id,
      externalId: customers.externalId,
      email: customers.email,
      phone: customers.phone,
      firstName: customers.firstName,
      lastName: customers.lastName,
      name: customers.name,
      timezone: customers.timezone,
      locale: customers.locale,
      birthday: customers.birthday,
      traits: customers.traits,
      firstSeenAt: customers.firstSeenAt,
      mergedInto: customers.mergedInto,
      erasedAt: customers.erasedAt,
    })
    .from(customers)
    .where(and(eq(customers.workspaceId, workspaceId), inArray(customers.id, [...new Set(customerIds)])));
  return new Map(rows.map((row) => [row.id, row]));
}
