import { and, eq, lt, sql } from 'drizzle-orm';
import { RetainError } from '../../core/errors.js';
import { idempotencyKeyAbandonedAfterMs, idempotencyKeyRetentionHours } from '../../core/limits.js';
import { hourMs } from '../../core/time.js';
import { queryRows, type Db } from '../../db/connection.js';
import { idempotencyKeys } from './schema.js';

export type IdempotencyClaim = { outcome: 'claimed' } | { outcome: 'replay'; status: number; body: unknown };

// A key left 'processing' past `idempotencyKeyAbandonedAfterMs` belongs to a request whose process
// died; a retry may take it over. Effects that must never repeat (ledger entries) also record the
// key themselves.

/**
 * Stripe's model: the first request with a key claims it; a retry with the same request gets
 * the first answer; the same key with another request is an error.
 */
export async function claimIdempotencyKey(
  db: Db,
  workspaceId: string,
  key: string,
  requestFingerprint: string,
  now: Date,
): Promise<IdempotencyClaim> {
  const inserted = await db
    .insert(idempotencyKeys)
    .values({ workspaceId, key, requestFingerprint, state: 'processing', createdAt: now })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (inserted.length > 0) return { outcome: 'claimed' };

  const [existing] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.workspaceId, workspaceId), eq(idempotencyKeys.key, key)));
  if (!existing) return claimIdempotencyKey(db, workspaceId, key, requestFingerprint, now);
  if (existing.requestFingerprint !== requestFingerprint) {
    throw new RetainError(
      'idempotency_key_reused',
      'This Idempotency-Key was used with a different request; use a new key.',
      { param: 'Idempotency-Key' },
    );
  }
  if (existing.state === 'done') {
    return { outcome: 'replay', status: existing.responseStatus ?? 200, body: existing.responseBody };
  }
  const takenOver = await db
    .update(idempotencyKeys)
    .set({ createdAt: now })
    .where(
      and(
        eq(idempotencyKeys.workspaceId, workspaceId),
        eq(idempotencyKeys.key, key),
        eq(idempotencyKeys.state, 'processing'),
        lt(idempotencyKeys.createdAt, new Date(now.getTime() - idempotencyKeyAbandonedAfterMs)),
      ),
    )
    .returning({ key: idempotencyKeys.key });
  if (takenOver.length > 0) return { outcome: 'claimed' };
  throw new RetainError(
    'idempotency_key_in_use',
    'A request with this Idempotency-Key is still in progress.',
    {
      param: 'Idempotency-Key',
    },
  );
}

export async function completeIdempotencyKey(
  db: Db,
  workspaceId: string,
  key: string,
  status: number,
  body: unknown,
): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({ state: 'done', responseStatus: status, responseBody: body as object })
    .where(and(eq(idempotencyKeys.workspaceId, workspaceId), eq(idempotencyKeys.key, key)));
}

/** A request that failed on our side leaves no record, so the client's retry runs afresh. */
export async function releaseIdempotencyKey(db: Db, workspaceId: string, key: string): Promise<void> {
  await db
    .delete(idempotencyKeys)
    .where(and(eq(idempotencyKeys.workspaceId, workspaceId), eq(idempotencyKeys.key, key)));
}

/**
 * Deletes up to `rowsMax` keys past the retention, answering how many: a retry after it runs as a
 * new request. The maintenance sweep calls it until a call comes back short.
 */
export async function pruneIdempotencyKeys(db: Db, now: Date, rowsMax: number): Promise<number> {
  const cutoff = new Date(now.getTime() - idempotencyKeyRetentionHours * hourMs);
  const deleted = await queryRows(
    db,
    sql`delete from idempotency_keys where (workspace_id, key) in (
          select workspace_id, key from idempotency_keys where created_at < ${cutoff} limit ${rowsMax})
        returning key`,
  );
  return deleted.length;
}
