import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { apiKeys } from './schema.js';

export type ApiKeyRow = typeof apiKeys.$inferSelect;

export async function insertApiKey(db: Db, row: typeof apiKeys.$inferInsert): Promise<ApiKeyRow> {
  const [created] = await db.insert(apiKeys).values(row).returning();
  return created!;
}

/** The live (unrevoked) key of a hash. */
export async function findActiveKeyByHash(db: Db, keyHash: string): Promise<ApiKeyRow | undefined> {
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt)));
  return row;
}

export async function listKeysOfWorkspace(db: Db, workspaceId: string): Promise<ApiKeyRow[]> {
  return db.select().from(apiKeys).where(eq(apiKeys.workspaceId, workspaceId)).orderBy(desc(apiKeys.id));
}

export async function markKeyRevoked(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<ApiKeyRow | undefined> {
  const [row] = await db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.workspaceId, workspaceId), eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning();
  return row;
}

/** Tells every listening process, once the transaction commits, that the key with this hash is revoked. */
export async function notifyKeyRevoked(tx: Db, channel: string, keyHash: string): Promise<void> {
  await tx.execute(sql`select pg_notify(${channel}, ${keyHash})`);
}

/** Notifies `channel` of every live key the user made, when the transaction commits; answers their hashes. */
export async function notifyKeysOfCreator(
  tx: Db,
  channel: string,
  workspaceId: string,
  userId: string,
): Promise<string[]> {
  const rows = await tx
    .select({ keyHash: apiKeys.keyHash, notified: sql`pg_notify(${channel}, ${apiKeys.keyHash})` })
    .from(apiKeys)
    .where(
      and(eq(apiKeys.workspaceId, workspaceId), eq(apiKeys.createdBy, userId), isNull(apiKeys.revokedAt)),
    );
  return rows.map((row) => row.keyHash);
}
