// The erasure tombstones (erased_identities): who an erased person was, as hashes only.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/connection.js';
import type { IdentityKind } from './identity-queries.js';

/** Salted by workspace, so one shop's tombstones say nothing about another's customers. */
export const identityHash = (workspaceId: string, kind: IdentityKind, value: string) =>
  createHash('sha256').update(`${workspaceId}\u0000${kind}\u0000${value}`).digest('hex');

export async function recordErasedIdentities(
  db: Db,
  workspaceId: string,
  customerId: string,
  identities: { kind: IdentityKind; value: string }[],
  at: Date,
): Promise<void> {
  if (!identities.length) return;
  const rows = identities.map((i) => ({ h: identityHash(workspaceId, i.kind, i.value) }));
  await db.execute(
    sql`insert into erased_identities (workspace_id, hash, customer_id, erased_at)
        select ${workspaceId}, x.h, ${customerId}, ${at.toISOString()}::timestamptz
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(h text)
        on conflict do nothing`,
  );
}

export interface ErasedIdentity {
  hash: string;
  customerId: string;
  erasedAt: Date;
}

/** The tombstones among these hashes, of any workspace (the hash names it); one statement. */
export async function findErasedIdentities(db: Db, hashes: string[]): Promise<ErasedIdentity[]> {
  if (!hashes.length) return [];
  const rows = await queryRows<{ hash: string; customer_id: string; erased_at: string | Date }>(
    db,
    sql`select hash, customer_id, erased_at from erased_identities
        where hash in (${sql.join(
          hashes.map((h) => sql`${h}`),
          sql`, `,
        )})`,
  );
  return rows.map((r) => ({ hash: r.hash, customerId: r.customer_id, erasedAt: new Date(r.erased_at) }));
}

/** The hashes of an event's ids, as its tombstones would hold them. */
export function hashesOf(workspaceId: string, userId: string | null, anonymousId: string | null): string[] {
  const hashes: string[] = [];
  if (userId) hashes.push(identityHash(workspaceId, 'user_id', userId));
  if (anonymousId) hashes.push(identityHash(workspaceId, 'anonymous_id', anonymousId));
  return hashes;
}

/**
 * The erased profile an event belongs to: one of its ids was erased, and it happened before the
 * erasure (a late delivery, a replay, an import). It joins the erased profile, which stays empty,
 * rather than starting a new person with the erased history; a later event is a new person.
 */
export function erasedOwnerAt(tombstones: ErasedIdentity[], hashes: string[], at: Date): string | undefined {
  return tombstones.find((t) => hashes.includes(t.hash) && at <= t.erasedAt)?.customerId;
}
