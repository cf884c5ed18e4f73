import crypto from 'node:crypto';
import { newId } from '../../core/ids.js';
import { invalidParameter, notFound } from '../../core/errors.js';
import { apiKeyCacheEntriesMax, apiKeyCacheTtlMs, nameLengthMax } from '../../core/limits.js';
import type { Db } from '../../db/connection.js';
import type { Principal } from '../../http/principal.js';
import {
  findActiveKeyByHash,
  insertApiKey,
  listKeysOfWorkspace,
  markKeyRevoked,
  type ApiKeyRow,
} from './queries.js';

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

export async function revokeApiKey(db: Db, workspaceId: string, id: string): Promise<ApiKey> {
  const row = await markKeyRevoked(db, workspaceId, id);
  if (!row) throw notFound('active api key', id);
  keyCache.clear();
  return presentKey(row);
}

// Ingestion authenticates every request; a short-lived cache keeps that off the database.
// A revoked key stops working on this process at once and on other processes within the TTL.
const keyCache = new Map<string, { principal: Principal | null; expiresAt: number }>();

export async function authenticateApiKey(db: Db, key: string): Promise<Principal | null> {
  const keyHash = hashApiKey(key);
  const cached = keyCache.get(keyHash);
  if (cached && cached.expiresAt > Date.now()) return cached.principal;
  const row = await findActiveKeyByHash(db, keyHash);
  const principal = row ? { workspaceId: row.workspaceId, keyId: row.id, kind: row.kind } : null;
  if (keyCache.size >= apiKeyCacheEntriesMax) keyCache.clear();
  keyCache.set(keyHash, { principal, expiresAt: Date.now() + apiKeyCacheTtlMs });
  return principal;
}
