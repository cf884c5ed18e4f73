import crypto from 'node:crypto';
import { RetainError, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { passwordResetLifetimeHours } from '../../core/limits.js';
import { hourMs } from '../../core/time.js';
import type { Db } from '../../db/connection.js';
import { checkPassword, hashPassword, verifyPassword } from './passwords.js';
import {
  deletePasswordResetsOfUser,
  findUser,
  insertPasswordReset,
  lockLivePasswordReset,
  setUserPassword,
  type UserRow,
} from './queries.js';
import { endAllSessions, endOtherSessions } from './sessions.js';
import { tokenHash } from './users.js';

export interface PasswordReset {
  object: 'password_reset';
  id: string;
  user_id: string;
  created: string;
  expires: string;
  token: string;
}

/**
 * The signed-in user replaces their password. Their other browsers are signed out: whoever knew
 * the old password may have signed in with it there.
 */
export async function changePassword(
  db: Db,
  user: UserRow,
  sessionToken: string,
  fields: { currentPassword: string; newPassword: string },
  now: Date,
): Promise<void> {
  if (!(await verifyPassword(user.passwordHash, fields.currentPassword))) {
    throw new RetainError('password_incorrect', 'The current password is wrong.', {
      param: 'current_password',
    });
  }
  const passwordHash = await hashPassword(checkPassword(fields.newPassword, user.email));
  await db.transaction(async (tx) => {
    await setUserPassword(tx, user, passwordHash, now);
    await endOtherSessions(tx, user, sessionToken);
  });
}

/** An owner's reset for someone who forgot their password; the token is in this answer only. */
export async function requestPasswordReset(
  db: Db,
  workspaceId: string,
  requestedBy: string,
  userId: string,
  now: Date,
): Promise<PasswordReset> {
  if (!(await findUser(db, workspaceId, userId))) throw notFound('dashboard user', userId);
  const token = crypto.randomBytes(32).toString('base64url');
  const row = await insertPasswordReset(db, {
    id: newId('passwordReset'),
    workspaceId,
    userId,
    tokenHash: tokenHash(token),
    requestedBy,
    createdAt: now,
    expiresAt: new Date(now.getTime() + passwordResetLifetimeHours * hourMs),
  });
  return {
    object: 'password_reset',
    id: row.id,
    user_id: userId,
    created: row.createdAt.toISOString(),
    expires: row.expiresAt.toISOString(),
    token,
  };
}

/**
 * The reset link's holder sets a new password. Every session of the account ends, and every reset
 * of it is spent: a leaked link or a session opened with the old password stops working.
 */
export async function acceptPasswordReset(
  db: Db,
  fields: { token: string; password: string },
  now: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    const live = await lockLivePasswordReset(tx, tokenHash(fields.token), now);
    if (!live) throw new RetainError('password_reset_invalid', 'This reset link is not valid any more.');
    const { user } = live;
    await setUserPassword(tx, user, await hashPassword(checkPassword(fields.password, user.email)), now);
    await deletePasswordResetsOfUser(tx, user.workspaceId, user.id);
    await endAllSessions(tx, user);
  });
}
