import { and, asc, eq, gt, inArray, isNull, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import {
  dashboardInvitations,
  dashboardPasswordResets,
  dashboardSessions,
  dashboardSetupTokens,
  dashboardUsers,
} from './schema.js';

export type UserRow = typeof dashboardUsers.$inferSelect;
export type InvitationRow = typeof dashboardInvitations.$inferSelect;
export type PasswordResetRow = typeof dashboardPasswordResets.$inferSelect;
export type Role = UserRow['role'];

/** Inside a transaction: serialises account changes of one workspace (first owner, last owner). */
export async function lockWorkspaceUsers(db: Db, workspaceId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`dashboard_users:${workspaceId}`}))`);
}

export async function countUsers(db: Db, workspaceId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(dashboardUsers)
    .where(eq(dashboardUsers.workspaceId, workspaceId));
  return row!.count;
}

export async function countOwners(db: Db, workspaceId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(dashboardUsers)
    .where(and(eq(dashboardUsers.workspaceId, workspaceId), eq(dashboardUsers.role, 'owner')));
  return row!.count;
}

export async function insertUser(db: Db, row: typeof dashboardUsers.$inferInsert): Promise<UserRow> {
  const [created] = await db.insert(dashboardUsers).values(row).returning();
  return created!;
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(dashboardUsers).where(eq(dashboardUsers.email, email));
  return row;
}

export async function findUser(db: Db, workspaceId: string, id: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(dashboardUsers)
    .where(and(eq(dashboardUsers.workspaceId, workspaceId), eq(dashboardUsers.id, id)));
  return row;
}

export async function listUsersOfWorkspace(db: Db, workspaceId: string): Promise<UserRow[]> {
  return db
    .select()
    .from(dashboardUsers)
    .where(eq(dashboardUsers.workspaceId, workspaceId))
    .orderBy(asc(dashboardUsers.id));
}

export async function setUserRole(db: Db, workspaceId: string, id: string, role: Role, now: Date) {
  const [row] = await db
    .update(dashboardUsers)
    .set({ role, updatedAt: now })
    .where(and(eq(dashboardUsers.workspaceId, workspaceId), eq(dashboardUsers.id, id)))
    .returning();
  return row;
}

export async function deleteUser(db: Db, workspaceId: string, id: string): Promise<void> {
  await deleteSessionsOfUser(db, workspaceId, id);
  await deletePasswordResetsOfUser(db, workspaceId, id);
  await db
    .delete(dashboardUsers)
    .where(and(eq(dashboardUsers.workspaceId, workspaceId), eq(dashboardUsers.id, id)));
}

export async function insertSession(db: Db, row: typeof dashboardSessions.$inferInsert): Promise<void> {
  await db.insert(dashboardSessions).values(row);
}

/** The live session of a token hash with its user (role read fresh, so a demotion applies at once). */
export async function findLiveSession(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<{ sessionId: string; user: UserRow } | undefined> {
  const [row] = await db
    .select({ sessionId: dashboardSessions.id, user: dashboardUsers })
    .from(dashboardSessions)
    .innerJoin(
      dashboardUsers,
      and(
        eq(dashboardUsers.id, dashboardSessions.userId),
        eq(dashboardUsers.workspaceId, dashboardSessions.workspaceId),
      ),
    )
    .where(and(eq(dashboardSessions.tokenHash, tokenHash), gt(dashboardSessions.expiresAt, now)));
  return row;
}

export async function setUserLanguage(db: Db, user: UserRow, language: string, now: Date) {
  const [row] = await db
    .update(dashboardUsers)
    .set({ language, updatedAt: now })
    .where(and(eq(dashboardUsers.workspaceId, user.workspaceId), eq(dashboardUsers.id, user.id)))
    .returning();
  return row;
}

export async function setUserPassword(db: Db, user: UserRow, passwordHash: string, now: Date) {
  await db
    .update(dashboardUsers)
    .set({ passwordHash, updatedAt: now })
    .where(and(eq(dashboardUsers.workspaceId, user.workspaceId), eq(dashboardUsers.id, user.id)));
}

/** Ends the user's sessions, all of them or all but the one of `keptTokenHash`. */
export async function deleteSessionsOfUser(
  db: Db,
  workspaceId: string,
  userId: string,
  keptTokenHash?: string,
): Promise<void> {
  await db
    .delete(dashboardSessions)
    .where(
      and(
        eq(dashboardSessions.workspaceId, workspaceId),
        eq(dashboardSessions.userId, userId),
        keptTokenHash === undefined ? undefined : ne(dashboardSessions.tokenHash, keptTokenHash),
      ),
    );
}

export async function deleteSessionByHash(db: Db, tokenHash: string): Promise<void> {
  await db.delete(dashboardSessions).where(eq(dashboardSessions.tokenHash, tokenHash));
}

/** Deletes up to `rowsMax` sessions past their expiry (they sign no one in); answers how many. */
export async function pruneExpiredSessions(db: Db, now: Date, rowsMax: number): Promise<number> {
  const expired = db
    .select({ id: dashboardSessions.id })
    .from(dashboardSessions)
    .where(lte(dashboardSessions.expiresAt, now))
    .limit(rowsMax);
  const deleted = await db
    .delete(dashboardSessions)
    .where(inArray(dashboardSessions.id, expired))
    .returning({ id: dashboardSessions.id });
  return deleted.length;
}

export async function insertInvitation(
  db: Db,
  row: typeof dashboardInvitations.$inferInsert,
): Promise<InvitationRow> {
  const [created] = await db.insert(dashboardInvitations).values(row).returning();
  return created!;
}

export async function listOpenInvitations(db: Db, workspaceId: string, now: Date): Promise<InvitationRow[]> {
  return db
    .select()
    .from(dashboardInvitations)
    .where(
      and(
        eq(dashboardInvitations.workspaceId, workspaceId),
        isNull(dashboardInvitations.acceptedAt),
        gt(dashboardInvitations.expiresAt, now),
      ),
    )
    .orderBy(asc(dashboardInvitations.id));
}

/** Inside a transaction: the open invitation of a token, locked so it is accepted once. */
export async function lockOpenInvitation(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<InvitationRow | undefined> {
  const [row] = await db
    .select()
    .from(dashboardInvitations)
    .where(
      and(
        eq(dashboardInvitations.tokenHash, tokenHash),
        isNull(dashboardInvitations.acceptedAt),
        gt(dashboardInvitations.expiresAt, now),
      ),
    )
    .for('update');
  return row;
}

/** Deletes up to `rowsMax` invitations that expired unaccepted (no link opens them); answers how many. */
export async function pruneExpiredInvitations(db: Db, now: Date, rowsMax: number): Promise<number> {
  const expired = db
    .select({ id: dashboardInvitations.id })
    .from(dashboardInvitations)
    .where(and(isNull(dashboardInvitations.acceptedAt), lte(dashboardInvitations.expiresAt, now)))
    .limit(rowsMax);
  const deleted = await db
    .delete(dashboardInvitations)
    .where(inArray(dashboardInvitations.id, expired))
    .returning({ id: dashboardInvitations.id });
  return deleted.length;
}

export async function markInvitationAccepted(db: Db, id: string, now: Date): Promise<void> {
  await db.update(dashboardInvitations).set({ acceptedAt: now }).where(eq(dashboardInvitations.id, id));
}

export async function deleteInvitation(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const deleted = await db
    .delete(dashboardInvitations)
    .where(
      and(
        eq(dashboardInvitations.workspaceId, workspaceId),
        eq(dashboardInvitations.id, id),
        isNull(dashboardInvitations.acceptedAt),
      ),
    )
    .returning({ id: dashboardInvitations.id });
  return deleted.length > 0;
}

/** The workspace's setup token becomes this hash, whichever was there before. */
export async function replaceSetupToken(db: Db, workspaceId: string, tokenHash: string, now: Date) {
  await db
    .insert(dashboardSetupTokens)
    .values({ workspaceId, tokenHash, createdAt: now })
    .onConflictDoUpdate({ target: dashboardSetupTokens.workspaceId, set: { tokenHash, createdAt: now } });
}

/** Deletes the workspace's setup token; answers its hash, if it had one. */
export async function deleteSetupToken(db: Db, workspaceId: string): Promise<string | undefined> {
  const [row] = await db
    .delete(dashboardSetupTokens)
    .where(eq(dashboardSetupTokens.workspaceId, workspaceId))
    .returning({ tokenHash: dashboardSetupTokens.tokenHash });
  return row?.tokenHash;
}

export async function insertPasswordReset(
  db: Db,
  row: typeof dashboardPasswordResets.$inferInsert,
): Promise<PasswordResetRow> {
  const [created] = await db.insert(dashboardPasswordResets).values(row).returning();
  return created!;
}

/** Inside a transaction: the live reset of a token with its user, locked so it is used once. */
export async function lockLivePasswordReset(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<{ reset: PasswordResetRow; user: UserRow } | undefined> {
  const [row] = await db
    .select({ reset: dashboardPasswordResets, user: dashboardUsers })
    .from(dashboardPasswordResets)
    .innerJoin(
      dashboardUsers,
      and(
        eq(dashboardUsers.id, dashboardPasswordResets.userId),
        eq(dashboardUsers.workspaceId, dashboardPasswordResets.workspaceId),
      ),
    )
    .where(and(eq(dashboardPasswordResets.tokenHash, tokenHash), gt(dashboardPasswordResets.expiresAt, now)))
    .for('update', { of: dashboardPasswordResets });
  return row;
}

export async function deletePasswordResetsOfUser(db: Db, workspaceId: string, userId: string) {
  await db
    .delete(dashboardPasswordResets)
    .where(
      and(eq(dashboardPasswordResets.workspaceId, workspaceId), eq(dashboardPasswordResets.userId, userId)),
    );
}

/** Deletes up to `rowsMax` password resets past their expiry (no link opens them); answers how many. */
export async function pruneExpiredPasswordResets(db: Db, now: Date, rowsMax: number): Promise<number> {
  const expired = db
    .select({ id: dashboardPasswordResets.id })
    .from(dashboardPasswordResets)
    .where(lte(dashboardPasswordResets.expiresAt, now))
    .limit(rowsMax);
  const deleted = await db
    .delete(dashboardPasswordResets)
    .where(inArray(dashboardPasswordResets.id, expired))
    .returning({ id: dashboardPasswordResets.id });
  return deleted.length;
}
