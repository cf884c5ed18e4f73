import crypto from 'node:crypto';
import { newId } from '../../core/ids.js';
import { invalidParameter, notFound } from '../../core/errors.js';
import { nameLengthMax } from '../../core/limits.js';
import type { Db } from '../../db/connection.js';
import type { Principal } from '../../http/principal.js';
import {
  findActiveKeyByHash,
  insertApiKey,
  listKeysOfWorkspace,
  markKeyRevoked,
  notifyKeyRevoked,
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
    created: row.createdAt.toISOString(),
    revoked: row.revokedAt ? row.revokedAt.toISOString() : null,
  };
}

/** Creates a key and answers it in the clear: the only time it is ever shown. */
export async function createApiKey(
  db: Db,
  workspaceId: string,
  options: { kind?: ApiKeyKind; name?: string } = {},
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
  });
  return { ...presentKey(row), key };
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

export async function authenticateApiKey(db: Db, key: string): Promise<Principal | null> {
  const keyHash = hashApiKey(key);
  const cached = cachedPrincipal(keyHash);
  if (cached !== undefined) return cached;
  const row = await findActiveKeyByHash(db, keyHash);
  const principal = row ? { workspaceId: row.workspaceId, keyId: row.id, kind: row.kind } : null;
  rememberPrincipal(keyHash, principal);
  return principal;
}
