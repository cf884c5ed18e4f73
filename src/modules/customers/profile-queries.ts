import { and, eq, inArray, sql } from 'drizzle-orm';
import { queryOne, type Db } from '../../db/connection.js';
import { customerIdentities, customers } from './schema.js';

export type CustomerRow = typeof customers.$inferSelect;

export async function loadProfile(db: Db, workspaceId: string, id: string): Promise<CustomerRow | undefined> {
  const [row] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.workspaceId, workspaceId), eq(customers.id, id)));
  return row;
}

/** Both profiles of a merge, locked until the transaction ends, in id order (no lock-order deadlocks between merges). */
export async function lockProfiles(db: Db, workspaceId: string, ids: string[]): Promise<CustomerRow[]> {
  return db
    .select()
    .from(customers)
    .where(and(eq(customers.workspaceId, workspaceId), inArray(customers.id, ids)))
    .orderBy(customers.id)
    .for('update');
}

export type ProfileChanges = Partial<
  Pick<
    CustomerRow,
    | 'externalId'
    | 'email'
    | 'phone'
    | 'name'
    | 'firstName'
    | 'lastName'
    | 'timezone'
    | 'locale'
    | 'birthday'
    | 'traits'
    | 'traitTimes'
    | 'searchName'
    | 'firstSeenAt'
    | 'lastSeenAt'
    | 'mergedInto'
    | 'erasedAt'
  >
>;

export async function updateProfile(
  db: Db,
  workspaceId: string,
  id: string,
  changes: ProfileChanges,
): Promise<void> {
  await db
    .update(customers)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(and(eq(customers.workspaceId, workspaceId), eq(customers.id, id)));
}

/** Widens the profile's first/last seen to include [first, last]. */
export async function touchSeen(
  db: Db,
  workspaceId: string,
  id: string,
  first: Date,
  last: Date,
): Promise<void> {
  await db.execute(
    sql`update customers set first_seen_at = least(first_seen_at, ${first}), last_seen_at = greatest(last_seen_at, ${last})
        where workspace_id = ${workspaceId} and id = ${id}
          and (first_seen_at > ${first} or last_seen_at < ${last})`,
  );
}

/** Moves every identity of `from` to `into`, and re-points older tombstones so chains stay one hop. */
export async function repointMerged(db: Db, workspaceId: string, from: string, into: string): Promise<void> {
  await db
    .update(customerIdentities)
    .set({ customerId: into })
    .where(and(eq(customerIdentities.workspaceId, workspaceId), eq(customerIdentities.customerId, from)));
  await db
    .update(customers)
    .set({ mergedInto: into })
    .where(and(eq(customers.workspaceId, workspaceId), eq(customers.mergedInto, from)));
}

export async function identitiesOf(
  db: Db,
  workspaceId: string,
  customerId: string,
): Promise<{ kind: 'user_id' | 'anonymous_id'; value: string; createdAt: Date }[]> {
  return db
    .select({
      kind: customerIdentities.kind,
      value: customerIdentities.value,
      createdAt: customerIdentities.createdAt,
    })
    .from(customerIdentities)
    .where(
      and(eq(customerIdentities.workspaceId, workspaceId), eq(customerIdentities.customerId, customerId)),
    )
    .orderBy(customerIdentities.createdAt, customerIdentities.kind, customerIdentities.value);
}

/** Erasure: the person is no longer known by any of their ids; answers the ids removed. */
export async function forgetIdentities(
  db: Db,
  workspaceId: string,
  customerId: string,
): Promise<{ kind: 'user_id' | 'anonymous_id'; value: string }[]> {
  return db
    .delete(customerIdentities)
    .where(
      and(eq(customerIdentities.workspaceId, workspaceId), eq(customerIdentities.customerId, customerId)),
    )
    .returning({ kind: customerIdentities.kind, value: customerIdentities.value });
}

export async function ownerOfPreviousId(
  db: Db,
  workspaceId: string,
  previousId: string,
): Promise<string | null> {
  const row = await queryOne<{ customer_id: string }>(
    db,
    sql`select i.customer_id from customer_identities i
        where i.workspace_id = ${workspaceId} and i.value = ${previousId}
        order by i.kind = 'anonymous_id' desc limit 1`,
  );
  return row?.customer_id ?? null;
}

export async function hasUserIdentity(db: Db, workspaceId: string, customerId: string): Promise<boolean> {
  const row = await queryOne<{ found: boolean }>(
    db,
    sql`select exists (select 1 from customer_identities
        where workspace_id = ${workspaceId} and customer_id = ${customerId} and kind = 'user_id') as found`,
  );
  return row?.found === true;
}

export async function loadProfiles(db: Db, ids: string[]): Promise<CustomerRow[]> {
  return ids.length ? db.select().from(customers).where(inArray(customers.id, ids)) : [];
}

export interface TraitsUpdate {
  w: string;
  id: string;
  email: string | null;
  phone: string | null;
  name: string | null;
  first_name: string | null;
  last_name: string | null;
  timezone: string | null;
  locale: string | null;
  birthday: string | null;
  traits: Record<string, unknown>;
  trait_times: Record<string, string>;
  search_name: string | null;
}

/** Writes the traits of many profiles in one statement. */
export async function updateTraitsMany(db: Db, rows: TraitsUpdate[]): Promise<void> {
  if (!rows.length) return;
  await db.execute(
    sql`update customers c set email = x.email, phone = x.phone, name = x.name, first_name = x.first_name,
          last_name = x.last_name, timezone = x.timezone, locale = x.locale, birthday = x.birthday,
          traits = x.traits, trait_times = x.trait_times, search_name = x.search_name, updated_at = now()
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(w text, id text, email text, phone text,
          name text, first_name text, last_name text, timezone text, locale text, birthday text,
          traits jsonb, trait_times jsonb, search_name text)
        where c.workspace_id = x.w and c.id = x.id`,
  );
}

/** `touchSeen` for many profiles in one statement. */
export async function touchSeenMany(
  db: Db,
  rows: { w: string; id: string; first: string; last: string }[],
): Promise<void> {
  if (!rows.length) return;
  await db.execute(
    sql`update customers c set first_seen_at = least(c.first_seen_at, x.first),
          last_seen_at = greatest(c.last_seen_at, x.last)
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(w text, id text, first timestamptz, last timestamptz)
        where c.workspace_id = x.w and c.id = x.id and (c.first_seen_at > x.first or c.last_seen_at < x.last)`,
  );
}
