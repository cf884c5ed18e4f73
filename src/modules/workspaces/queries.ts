import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { workspaces } from './schema.js';

export type WorkspaceRow = typeof workspaces.$inferSelect;

export async function findWorkspace(db: Db, id: string): Promise<WorkspaceRow | undefined> {
  const [row] = await db.select().from(workspaces).where(eq(workspaces.id, id));
  return row;
}

/** Inside a transaction: the row, locked until it commits, for read-modify-write. */
export async function lockWorkspace(db: Db, id: string): Promise<WorkspaceRow | undefined> {
  const [row] = await db.select().from(workspaces).where(eq(workspaces.id, id)).for('update');
  return row;
}

export async function findFirstWorkspace(db: Db): Promise<WorkspaceRow | undefined> {
  const [row] = await db
    .select()
    .from(workspaces)
    .orderBy(asc(workspaces.createdAt), asc(workspaces.id))
    .limit(1);
  return row;
}

export async function insertWorkspace(db: Db, row: typeof workspaces.$inferInsert): Promise<WorkspaceRow> {
  const [created] = await db.insert(workspaces).values(row).returning();
  return created!;
}

export async function updateWorkspaceRow(
  db: Db,
  id: string,
  changes: Partial<
    Pick<WorkspaceRow, 'name' | 'currency' | 'timezone' | 'locale' | 'settings' | 'onboardedAt'>
  >,
): Promise<WorkspaceRow | undefined> {
  const [row] = await db
    .update(workspaces)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(workspaces.id, id))
    .returning();
  return row;
}

/**
 * Whether some workspace's settings list `value` under `key`. Unindexed: the table holds a row
 * per shop, a handful per install, fewer than an index would pay for.
 */
export async function anyWorkspaceSetting(db: Db, key: string, value: string): Promise<boolean> {
  const [row] = await db
    .select({ id: workspaces.id })
    .from(workspaces)
    .where(sql`${workspaces.settings} -> ${key} ? ${value}`)
    .limit(1);
  return row !== undefined;
}
