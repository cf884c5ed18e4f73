import crypto from 'node:crypto';
import { RetainError, invalidParameter, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { emailLengthMax, invitationLifetimeDays, nameLengthMax } from '../../core/limits.js';
import { dayMs } from '../../core/time.js';
import type { Db } from '../../db/connection.js';
import { recheckKeysOfCreator } from '../auth/index.js';
import { checkPassword, hashPassword, spendDecoyVerification, verifyPassword } from './passwords.js';
import {
  countOwners,
  countUsers,
  deleteInvitation,
  deleteSetupToken,
  deleteUser,
  findUser,
  findUserByEmail,
  insertInvitation,
  insertUser,
  listOpenInvitations,
  listUsersOfWorkspace,
  lockOpenInvitation,
  lockWorkspaceUsers,
  markInvitationAccepted,
  setUserLanguage,
  setUserRole,
  type InvitationRow,
  type Role,
  type UserRow,
} from './queries.js';
import { startSession, type SessionGrant } from './sessions.js';
import { spendSetupToken } from './setup-tokens.js';

export interface DashboardUser {
  object: 'dashboard_user';
  id: string;
  email: string;
  name: string | null;
  role: Role;
  /** The dashboard language the person chose; null until they choose (the browser's is used). */
  language: DashboardLanguage | null;
  created: string;
}

export interface Invitation {
  object: 'invitation';
  id: string;
  email: string;
  role: Role;
  created: string;
  expires: string;
}

/** Who changes accounts: a signed-in user, or a secret API key acting with its own role. */
export interface Actor {
  role: Role;
  id: string;
  /** A signed-in person rather than a key: only a person may make or manage owners. */
  session: boolean;
}

export function presentUser(row: UserRow): DashboardUser {
  return {
    object: 'dashboard_user',
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    language: isDashboardLanguage(row.language) ? row.language : null,
    created: row.createdAt.toISOString(),
  };
}

function presentInvitation(row: InvitationRow): Invitation {
  return {
    object: 'invitation',
    id: row.id,
    email: row.email,
    role: row.role,
    created: row.createdAt.toISOString(),
    expires: row.expiresAt.toISOString(),
  };
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkEmail(email: string): string {
  const normalised = email.trim().toLowerCase();
  if (normalised.length > emailLengthMax || !emailPattern.test(normalised)) {
    throw invalidParameter('email', `'${email}' is not an email address.`);
  }
  return normalised;
}

function checkName(name: string | undefined): string | null {
  const trimmed = name?.trim();
  if (!trimmed) return null;
  if (trimmed.length > nameLengthMax)
    throw invalidParameter('name', `name must be at most ${nameLengthMax} characters.`);
  return trimmed;
}

/** The languages the dashboard is written in. */
export const dashboardLanguages = ['en', 'vi', 'th', 'ja'] as const;
type DashboardLanguage = (typeof dashboardLanguages)[number];

function isDashboardLanguage(value: string | null | undefined): value is DashboardLanguage {
  return (dashboardLanguages as readonly (string | null | undefined)[]).includes(value);
}

function checkLanguage(language: string | undefined): DashboardLanguage | null {
  if (language === undefined) return null;
  if (!isDashboardLanguage(language)) {
    throw invalidParameter(
      'language',
      `'${language}' is not a dashboard language: one of ${dashboardLanguages.join(', ')}.`,
    );
  }
  return language;
}

export interface Credentials {
  email: string;
  password: string;
  name?: string | undefined;
  /** The language chosen on the sign-up screen, kept for the person's next sign-ins. */
  language?: string | undefined;
}

export async function needsOwner(db: Db, workspaceId: string): Promise<boolean> {
  return (await countUsers(db, workspaceId)) === 0;
}

async function createUser(db: Db, workspaceId: string, fields: Credentials, role: Role, now: Date) {
  const email = checkEmail(fields.email);
  const name = checkName(fields.name);
  const language = checkLanguage(fields.language);
  const passwordHash = await hashPassword(checkPassword(fields.password, email));
  if (await findUserByEmail(db, email)) {
    throw new RetainError('email_taken', `An account with ${email} exists.`, { param: 'email' });
  }
  return insertUser(db, {
    id: newId('user'),
    workspaceId,
    email,
    name,
    passwordHash,
    role,
    language,
    createdAt: now,
    updatedAt: now,
  });
}

/** Inside a transaction: holds the workspace's accounts still, and refuses once it has one. */
async function lockFirstOwner(tx: Db, workspaceId: string): Promise<void> {
  await lockWorkspaceUsers(tx, workspaceId);
  if (!(await needsOwner(tx, workspaceId))) {
    throw new RetainError('owner_exists', 'This workspace already has an owner; sign in instead.');
  }
}

async function createOwner(tx: Db, workspaceId: string, fields: Credentials, now: Date) {
  return startSession(tx, await createUser(tx, workspaceId, fields, 'owner', now), now);
}

/**
 * Creates the workspace's owner and signs them in, without a setup token: for commands run by
 * whoever has the machine (`retain demo`), never for the HTTP route.
 */
export async function signUpOwner(
  db: Db,
  workspaceId: string,
  fields: Credentials,
  now: Date,
): Promise<SessionGrant> {
  return db.transaction(async (tx) => {
    await lockFirstOwner(tx, workspaceId);
    await deleteSetupToken(tx, workspaceId);
    return createOwner(tx, workspaceId, fields, now);
  });
}

/** The first visit: the owner's sign-up spends the setup token that `retain start` printed. */
export async function signUpOwnerWithSetupToken(
  db: Db,
  workspaceId: string,
  fields: Credentials,
  setupToken: string | undefined,
  now: Date,
): Promise<SessionGrant> {
  return db.transaction(async (tx) => {
    await lockFirstOwner(tx, workspaceId);
    await spendSetupToken(tx, workspaceId, setupToken);
    return createOwner(tx, workspaceId, fields, now);
  });
}

export async function signIn(db: Db, fields: Credentials, now: Date): Promise<SessionGrant> {
  const user = await findUserByEmail(db, fields.email.trim().toLowerCase());
  const valid = user ? await verifyPassword(user.passwordHash, fields.password) : false;
  if (!user) await spendDecoyVerification(fields.password);
  if (!user || !valid) throw new RetainError('credentials_invalid', 'The email or password is wrong.');
  return startSession(db, user, now);
}

export async function listUsers(db: Db, workspaceId: string): Promise<DashboardUser[]> {
  return (await listUsersOfWorkspace(db, workspaceId)).map(presentUser);
}

/** Owners manage everyone, signed in; admins manage admins and analysts; analysts manage no one. */
function checkMayManage(actor: Actor, role: Role): void {
  if (role === 'owner' && actor.role === 'owner' && !actor.session) {
    throw new RetainError('session_required', 'Only a signed-in owner can manage owner accounts.');
  }
  if (actor.role === 'owner' || (actor.role === 'admin' && role !== 'owner')) return;
  throw new RetainError('role_forbidden', `A ${actor.role} cannot manage ${role} accounts.`);
}

export async function changeUserRole(
  db: Db,
  workspaceId: string,
  actor: Actor,
  id: string,
  role: Role,
  now: Date,
): Promise<DashboardUser> {
  return db.transaction(async (tx) => {
    await lockWorkspaceUsers(tx, workspaceId);
    const user = await findUser(tx, workspaceId, id);
    if (!user) throw notFound('dashboard user', id);
    checkMayManage(actor, user.role);
    checkMayManage(actor, role);
    if (user.role === 'owner' && role !== 'owner' && (await countOwners(tx, workspaceId)) === 1) {
      throw new RetainError('last_owner', 'This is the only owner; make someone else owner first.');
    }
    await recheckKeysOfCreator(tx, workspaceId, id);
    return presentUser((await setUserRole(tx, workspaceId, id, role, now))!);
  });
}

export async function removeUser(
  db: Db,
  workspaceId: string,
  actor: Actor,
  id: string,
): Promise<DashboardUser> {
  return db.transaction(async (tx) => {
    await lockWorkspaceUsers(tx, workspaceId);
    const user = await findUser(tx, workspaceId, id);
    if (!user) throw notFound('dashboard user', id);
    checkMayManage(actor, user.role);
    if (user.role === 'owner' && (await countOwners(tx, workspaceId)) === 1) {
      throw new RetainError('last_owner', 'This is the only owner; make someone else owner first.');
    }
    await recheckKeysOfCreator(tx, workspaceId, id);
    await deleteUser(tx, workspaceId, id);
    return presentUser(user);
  });
}

export function tokenHash(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** Creates an invitation; its token is in this answer only (the link the inviter passes on). */
export async function inviteUser(
  db: Db,
  workspaceId: string,
  actor: Actor,
  fields: { email: string; role: Role },
  now: Date,
): Promise<Invitation & { token: string }> {
  checkMayManage(actor, fields.role);
  const email = checkEmail(fields.email);
  if (await findUserByEmail(db, email)) {
    throw new RetainError('email_taken', `An account with ${email} exists.`, { param: 'email' });
  }
  const token = crypto.randomBytes(32).toString('base64url');
  const row = await insertInvitation(db, {
    id: newId('invitation'),
    workspaceId,
    email,
    role: fields.role,
    tokenHash: tokenHash(token),
    invitedBy: actor.id,
    createdAt: now,
    expiresAt: new Date(now.getTime() + invitationLifetimeDays * dayMs),
  });
  return { ...presentInvitation(row), token };
}

export async function listInvitations(db: Db, workspaceId: string, now: Date): Promise<Invitation[]> {
  return (await listOpenInvitations(db, workspaceId, now)).map(presentInvitation);
}

export async function revokeInvitation(db: Db, workspaceId: string, id: string): Promise<void> {
  if (!(await deleteInvitation(db, workspaceId, id))) throw notFound('open invitation', id);
}

/** The invited person sets a password: the account is created with the invited role, signed in. */
export async function acceptInvitation(
  db: Db,
  fields: { token: string; password: string; name?: string | undefined; language?: string | undefined },
  now: Date,
): Promise<SessionGrant> {
  return db.transaction(async (tx) => {
    const invitation = await lockOpenInvitation(tx, tokenHash(fields.token), now);
    if (!invitation) throw new RetainError('invitation_invalid', 'This invitation is not valid any more.');
    const user = await createUser(
      tx,
      invitation.workspaceId,
      { email: invitation.email, password: fields.password, name: fields.name, language: fields.language },
      invitation.role,
      now,
    );
    await markInvitationAccepted(tx, invitation.id, now);
    return startSession(tx, user, now);
  });
}

/** The signed-in person's own dashboard language, followed on every browser they sign in from. */
export async function changeLanguage(
  db: Db,
  user: UserRow,
  language: string,
  now: Date,
): Promise<DashboardUser> {
  const valid = checkLanguage(language)!;
  return presentUser((await setUserLanguage(db, user, valid, now))!);
}
