import crypto from 'node:crypto';
import { newId } from '../../core/ids.js';
import { RetainError, invalidParameter, notFound } from '../../core/errors.js';
import { nameLengthMax } from '../../core/limits.js';
import type { Db } from '../../db/connection.js';
import { roleAtLeast, type Principal, type Role } from '../../http/principal.js';
import {
  findActiveKeyByHash,
  insertApiKey,
  listKeysOfWorkspace,
  markKeyRevoked,
  notifyKeyRevoked,
  notifyKeysOfCreator,
  type ApiKeyRow,
} from './queries.js';
import { cachedPrincipal, forgetKey, keyRevokedChannel, rememberPrincipal } from './key-cache.js';

export type ApiKeyKind = Principal['kind'];

export interface ApiKey {
  object: 'api_key';
  id: string;
  kind: ApiKeyKind;
  name: string;
  redacted: string;
  role: Role;
  created_by: string | null;
  created: string;
  revoked: string | null;
}

const keyPrefix: Record<ApiKeyKind, string> = { secret: 'sk_', publishable: 'pk_' };

export function hashApiKey(key: string): string {
  return crypto.createHash('sha256').update(key).digest('hex');
}

function presentKey(row: ApiKeyRow): ApiKey {
  return {
    object: 'api_key',
    id: row.id,
    kind: row.kind,
    name: row.name,
    redacted: row.redacted,
    role: row.role,
    created_by: row.createdBy,
    created: row.createdAt.toISOString(),
    revoked: row.revokedAt ? row.revokedAt.toISOString() : null,
  };
}

export interface NewKeyOptions {
  kind?: ApiKeyKind | undefined;
  name?: string | undefined;
  /** The key's rights; the operator's keys (no `createdBy`) default to owner. */
  role?: Role | undefined;
  createdBy?: string | null | undefined;
}

/** Creates a key and answers it in the clear: the only time it is ever shown. */
export async function createApiKey(
  db: Db,
  workspaceId: string,
  options: NewKeyOptions = {},
): Promise<ApiKey & { key: string }> {
  const kind = options.kind ?? 'secret';
  const name = (options.name ?? `${kind} key`).trim();
  if (!name || name.length > nameLengthMax)
    throw invalidParameter('name', `name must be 1–${nameLengthMax} characters.`);
  // 24 random bytes = 192 bits, base64url: unguessable and safe in headers and URLs.
  const key = `${keyPrefix[kind]}${crypto.randomBytes(24).toString('base64url')}`;
  const row = await insertApiKey(db, {
    id: newId('apiKey'),
    workspaceId,
    kind,
    name,
    keyHash: hashApiKey(key),
    redacted: `${keyPrefix[kind]}…${key.slice(-4)}`,
    role: options.role ?? 'owner',
    createdBy: options.createdBy ?? null,
  });
  return { ...presentKey(row), key };
}

/**
 * A key made through the API: by whoever acts, with at most their rights. An owner-level key needs
 * a signed-in owner, so no key, however it leaked, can mint a key that outlives it as owner.
 */
export async function createApiKeyAs(
  db: Db,
  acting: Principal,
  options: { kind?: ApiKeyKind | undefined; name?: string | undefined; role?: Role | undefined },
): Promise<ApiKey & { key: string }> {
  const role = options.role ?? (acting.session ? acting.role : lesserOf(acting.role, 'admin'));
  if (!roleAtLeast(acting.role, role)) {
    throw new RetainError('role_forbidden', `A ${acting.role} cannot make a key with ${role} rights.`);
  }
  if (role === 'owner' && !acting.session) {
    throw new RetainError('session_required', 'Only a signed-in owner can make an owner key.');
  }
  return createApiKey(db, acting.workspaceId, { ...options, role, createdBy: acting.userId });
}

function lesserOf(role: Role, other: Role): Role {
  return roleAtLeast(role, other) ? other : role;
}

export async function listApiKeys(db: Db, workspaceId: string): Promise<ApiKey[]> {
  return (await listKeysOfWorkspace(db, workspaceId)).map(presentKey);
}

/** Revokes the key; every process that caches keys hears of it when the revocation commits. */
export async function revokeApiKey(db: Db, workspaceId: string, id: string): Promise<ApiKey> {
  const row = await db.transaction(async (tx) => {
    const revoked = await markKeyRevoked(tx, workspaceId, id);
    if (revoked) await notifyKeyRevoked(tx, keyRevokedChannel, revoked.keyHash);
    return revoked;
  });
  if (!row) throw notFound('active api key', id);
  forgetKey(row.keyHash);
  return presentKey(row);
}

/**
 * In the transaction that removes a user or changes their role: every process re-reads that user's
 * keys once it commits, so a key stops at once when its creator no longer holds its rights.
 */
export async function recheckKeysOfCreator(tx: Db, workspaceId: string, userId: string): Promise<void> {
  for (const keyHash of await notifyKeysOfCreator(tx, keyRevokedChannel, workspaceId, userId)) {
    forgetKey(keyHash);
  }
}

/** A key made by a user holds while the user exists with at least the key's role. */
function keyPrincipal(row: ApiKeyRow, creatorRole: Role | null): Principal | null {
  if (row.createdBy !== null && (creatorRole === null || !roleAtLeast(creatorRole, row.role))) return null;
  return {
    workspaceId: row.workspaceId,
    keyId: row.id,
    kind: row.kind,
    role: row.role,
    userId: row.createdBy,
    session: false,
  };
}

/**
 * A dashboard user's role now, null once removed. The users module owns the accounts and imports
 * this one, so the server hands its lookup in rather than auth importing users.
 */
export type CreatorRoleLookup = (db: Db, workspaceId: string, userId: string) => Promise<Role | null>;

export async function authenticateApiKey(
  db: Db,
  key: string,
  creatorRole: CreatorRoleLookup,
): Promise<Principal | null> {
  const keyHash = hashApiKey(key);
  const cached = cachedPrincipal(keyHash);
  if (cached !== undefined) return cached;
  const found = await findActiveKeyByHash(db, keyHash);
  const role = found?.createdBy ? await creatorRole(db, found.workspaceId, found.createdBy) : null;
  const principal = found ? keyPrincipal(found, role) : null;
  rememberPrincipal(keyHash, principal);
  return principal;
}
