import crypto from 'node:crypto';
import { RetainError } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { sessionLifetimeDays } from '../../core/limits.js';
import { dayMs } from '../../core/time.js';
import type { Db } from '../../db/connection.js';
import type { Principal } from '../../http/principal.js';
import {
  deleteSessionByHash,
  deleteSessionsOfUser,
  findLiveSession,
  insertSession,
  type UserRow,
} from './queries.js';

/**
 * Sessions and CSRF. The browser holds a random token in the httpOnly cookie `retain_session`;
 * the database keeps only its SHA-256. CSRF scheme: a synchronizer token derived from the
 * session token (SHA-256 of "csrf:" + token), handed to the page in the body of /auth/me and
 * sign-in, and required in the `X-Retain-CSRF` header of every mutating request made with the
 * cookie. Another site can make the browser send the cookie, but cannot read the token.
 */
export const sessionCookieName = 'retain_session';
export const csrfHeaderName = 'x-retain-csrf';

export interface SessionGrant {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: UserRow;
}

const mutatingMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sha256(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

export function csrfTokenOf(sessionToken: string): string {
  return crypto.createHash('sha256').update(`csrf:${sessionToken}`).digest('base64url');
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

export async function startSession(db: Db, user: UserRow, now: Date): Promise<SessionGrant> {
  // 32 random bytes = 256 bits: unguessable; base64url is cookie-safe.
  const token = crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + sessionLifetimeDays * dayMs);
  await insertSession(db, {
    id: newId('session'),
    workspaceId: user.workspaceId,
    userId: user.id,
    tokenHash: sha256(token),
    createdAt: now,
    expiresAt,
  });
  return { token, csrfToken: csrfTokenOf(token), expiresAt, user };
}

export async function findSessionUser(db: Db, token: string, now: Date): Promise<UserRow | null> {
  return (await findLiveSession(db, sha256(token), now))?.user ?? null;
}

async function sessionUser(db: Db, token: string, now: Date): Promise<UserRow> {
  const user = await findSessionUser(db, token, now);
  if (!user) throw new RetainError('session_invalid', 'The session has expired or was signed out.');
  return user;
}

export async function endSession(db: Db, token: string): Promise<void> {
  await deleteSessionByHash(db, sha256(token));
}

/** After a password change: the user's other browsers must sign in again with the new one. */
export async function endOtherSessions(db: Db, user: UserRow, keptToken: string): Promise<void> {
  await deleteSessionsOfUser(db, user.workspaceId, user.id, sha256(keptToken));
}

export async function endAllSessions(db: Db, user: UserRow): Promise<void> {
  await deleteSessionsOfUser(db, user.workspaceId, user.id);
}

function checkCsrf(token: string, csrfToken: string | null | undefined): void {
  if (!csrfToken || !sameToken(csrfToken, csrfTokenOf(token))) {
    throw new RetainError('csrf_token_invalid', 'Missing or wrong X-Retain-CSRF header.');
  }
}

/** A change to one's own account under /auth: the live session's user, its CSRF token checked. */
export async function sessionUserForChange(
  db: Db,
  token: string | null,
  csrfToken: string | null | undefined,
  now: Date,
): Promise<UserRow> {
  if (!token) throw new RetainError('session_invalid', 'Sign in first.');
  const user = await sessionUser(db, token, now);
  checkCsrf(token, csrfToken);
  return user;
}

export interface CookieRequest {
  token: string;
  csrfToken: string | null;
  method: string;
}

/** Authenticates a /v1 request made with the session cookie: live session, then CSRF token. */
export async function authenticateSession(db: Db, request: CookieRequest, now: Date): Promise<Principal> {
  const user = await sessionUser(db, request.token, now);
  if (mutatingMethods.has(request.method)) checkCsrf(request.token, request.csrfToken);
  return {
    workspaceId: user.workspaceId,
    keyId: user.id,
    kind: 'secret',
    role: user.role,
    userId: user.id,
    session: true,
  };
}
