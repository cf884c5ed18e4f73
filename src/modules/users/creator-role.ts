import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import type { Role } from '../../http/principal.js';
import { dashboardUsers } from './schema.js';

/** A dashboard user's role now, null once removed: what a key they made may still do (auth asks). */
export async function dashboardUserRole(db: Db, workspaceId: string, userId: string): Promise<Role | null> {
  const [row] = await db
    .select({ role: dashboardUsers.role })
    .from(dashboardUsers)
    .where(and(eq(dashboardUsers.workspaceId, workspaceId), eq(dashboardUsers.id, userId)));
  return (row?.role as Role | undefined) ?? null;
}
