import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import type { Role } from '../../http/principal.js';
import { apiKeys } from './schema.js';

export type ApiKeyRow = typeof apiKeys.$inferSelect;

export async function insertApiKey(db: Db, row: typeof apiKeys.$inferInsert): Promise<ApiKeyRow> {
  const [created] = await db.insert(apiKeys).values(row).returning();
  return created!;
}

/**
 * The live key of a hash, with its creator's role now (null once the creator is removed). The users
 * module owns dashboard_users and imports this one, so the creator is read here by name, not schema.
 */
export async function findActiveKeyByHash(
  db: Db,
  keyHash: string,
): Promise<{ key: ApiKeyRow; creatorRole: Role | null } | undefined> {
  const [row] = await db
    .select({
      key: apiKeys,
      creatorRole: sql<Role | null>`(select u.role from dashboard_users u
        where u.id = ${apiKeys.createdBy} and u.workspace_id = ${apiKeys.workspaceId})`,
    })
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
