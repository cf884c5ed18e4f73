import { and, eq, sql } from 'drizzle-orm';
import { queryOne, queryRows, type Db } from '../../db/connection.js';
import { customerIdentities, customers } from './schema.js';

export type IdentityKind = 'user_id' | 'anonymous_id';

/**
 * The live owners of the given identities. `merged_into` is followed in case an identity was
 * attached to a profile while another transaction was merging it away.
 */
export async function findIdentityOwners(
  db: Db,
  workspaceId: string,
  userId: string | null,
  anonymousId: string | null,
): Promise<{ user?: string; anonymous?: string }> {
  const rows = await queryRows<{ kind: IdentityKind; customer_id: string }>(
    db,
    sql`select i.kind, coalesce(c.merged_into, i.customer_id) as customer_id
        from customer_identities i
        left join customers c on c.workspace_id = i.workspace_id and c.id = i.customer_id
        where i.workspace_id = ${workspaceId}
          and ((i.kind = 'user_id' and i.value = ${userId}) or (i.kind = 'anonymous_id' and i.value = ${anonymousId}))`,
  );
  const owners: { user?: string; anonymous?: string } = {};
  for (const row of rows) owners[row.kind === 'user_id' ? 'user' : 'anonymous'] = row.customer_id;
  return owners;
}

/** Claims an identity for a profile; answers whoever owns it afterwards (first writer wins). */
export async function claimIdentity(
  db: Db,
  workspaceId: string,
  kind: IdentityKind,
  value: string,
  customerId: string,
): Promise<{ owner: string; claimed: boolean }> {
  const inserted = await db
    .insert(customerIdentities)
    .values({ workspaceId, kind, value, customerId })
    .onConflictDoNothing()
    .returning({ customerId: customerIdentities.customerId });
  if (inserted.length > 0) return { owner: customerId, claimed: true };
  const owners = await findIdentityOwners(
    db,
    workspaceId,
    kind === 'user_id' ? value : null,
    kind === 'anonymous_id' ? value : null,
  );
  const owner = kind === 'user_id' ? owners.user : owners.anonymous;
  if (!owner) throw new Error(`identity ${kind}=${value} vanished while being claimed`);
  return { owner, claimed: false };
}

export async function insertCustomer(
  db: Db,
  row: { id: string; workspaceId: string; externalId: string | null; seenAt: Date },
): Promise<void> {
  await db.insert(customers).values({
    id: row.id,
    workspaceId: row.workspaceId,
    externalId: row.externalId,
    firstSeenAt: row.seenAt,
    lastSeenAt: row.seenAt,
  });
}

/** A profile known only anonymously learns the shop's id for the person. */
export async function setExternalIdIfMissing(
  db: Db,
  workspaceId: string,
  customerId: string,
  externalId: string,
): Promise<void> {
  await db.execute(
    sql`update customers set external_id = ${externalId}, updated_at = now()
        where workspace_id = ${workspaceId} and id = ${customerId} and external_id is null
          and not exists (select 1 from customers other
                          where other.workspace_id = ${workspaceId} and other.external_id = ${externalId})`,
  );
}

export async function findCustomerById(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<{ id: string; mergedInto: string | null } | undefined> {
  const [row] = await db
    .select({ id: customers.id, mergedInto: customers.mergedInto })
    .from(customers)
    .where(and(eq(customers.workspaceId, workspaceId), eq(customers.id, id)));
  return row;
}

export async function findUserIdOwner(db: Db, workspaceId: string, userId: string): Promise<string | null> {
  const row = await queryOne<{ customer_id: string }>(
    db,
    sql`select customer_id from customer_identities
        where workspace_id = ${workspaceId} and kind = 'user_id' and value = ${userId}`,
  );
  return row?.customer_id ?? null;
}

/** The live owners of many identities (one statement), and whether each owner has a userId. */
export async function ownersOfIdentities(db: Db, wanted: { w: string; k: IdentityKind; v: string }[]) {
  if (!wanted.length) return [];
  return queryRows<{ w: string; k: IdentityKind; v: string; owner: string; has_user: boolean }>(
    db,
    sql`with owned as (
          select i.workspace_id as w, i.kind as k, i.value as v, coalesce(c.merged_into, i.customer_id) as owner
          from jsonb_to_recordset(${JSON.stringify(wanted)}::jsonb) as x(w text, k text, v text)
          join customer_identities i on i.workspace_id = x.w and i.kind = x.k and i.value = x.v
          left join customers c on c.workspace_id = i.workspace_id and c.id = i.customer_id)
        select o.w, o.k, o.v, o.owner,
               exists (select 1 from customer_identities u
                       where u.workspace_id = o.w and u.customer_id = o.owner and u.kind = 'user_id') as has_user
        from owned o`,
  );
}

/** Claims many identities (first writer wins): answers how many were claimed. */
export async function insertIdentities(
  db: Db,
  rows: { w: string; k: IdentityKind; v: string; c: string }[],
): Promise<number> {
  if (!rows.length) return 0;
  const inserted = await queryRows<{ one: number }>(
    db,
    sql`insert into customer_identities (workspace_id, kind, value, customer_id)
        select x.w, x.k, x.v, x.c from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          as x(w text, k text, v text, c text)
        on conflict do nothing returning 1 as one`,
  );
  return inserted.length;
}

/** New profiles, first and last seen at `at`. */
export async function insertProfiles(
  db: Db,
  rows: { id: string; w: string; e: string | null; at: string }[],
): Promise<void> {
  if (!rows.length) return;
  await db.execute(
    sql`insert into customers (id, workspace_id, external_id, first_seen_at, last_seen_at)
        select x.id, x.w, x.e, x.at, x.at from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          as x(id text, w text, e text, at timestamptz)`,
  );
}

/** `setExternalIdIfMissing` for many profiles in one statement. */
export async function setExternalIdsIfMissing(
  db: Db,
  rows: { w: string; id: string; e: string }[],
): Promise<void> {
  if (!rows.length) return;
  await db.execute(
    sql`update customers c set external_id = x.e, updated_at = now()
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(w text, id text, e text)
        where c.workspace_id = x.w and c.id = x.id and c.external_id is null
          and not exists (select 1 from customers other
                          where other.workspace_id = x.w and other.external_id = x.e)`,
  );
}
