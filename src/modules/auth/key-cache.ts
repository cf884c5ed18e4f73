import { apiKeyCacheEntriesMax, apiKeyCacheTtlMs } from '../../core/limits.js';
import type { Database } from '../../db/connection.js';
import { listen, type NotificationListener } from '../../db/notifications.js';
import type { Principal } from '../../http/principal.js';

// Ingestion authenticates every request; this cache keeps that off the database. A cached key must
// stop working everywhere the moment it is revoked (a revoked key that lived on for the cache's 30 s
// in another process could mint a permanent replacement), so the cache is used only while this
// process listens for revocations: every revocation notifies `keyRevokedChannel` in its own
// transaction, and each process evicts the key as the notification arrives, milliseconds after
// the commit. Without a listener (lost connection, tests, CLI) every request reads the key's row.
// A revocation version read on every request was the alternative: one more round trip a request.

export const keyRevokedChannel = 'retain_api_key_revoked';

const cache = new Map<string, { principal: Principal | null; expiresAt: number }>();
let listening = false;

export function cachedPrincipal(keyHash: string): Principal | null | undefined {
  if (!listening) return undefined;
  const cached = cache.get(keyHash);
  return cached && cached.expiresAt > Date.now() ? cached.principal : undefined;
}

export function rememberPrincipal(keyHash: string, principal: Principal | null): void {
  if (!listening) return;
  if (cache.size >= apiKeyCacheEntriesMax) cache.clear();
  cache.set(keyHash, { principal, expiresAt: Date.now() + apiKeyCacheTtlMs });
}

export function forgetKey(keyHash: string): void {
  cache.delete(keyHash);
}

/** Starts trusting the cache for as long as revocations reach this process (the server does this). */
export function listenForKeyRevocations(database: Database): NotificationListener {
  return listen(database, keyRevokedChannel, {
    notified: forgetKey,
    listening: (on) => {
      listening = on;
      if (!on) cache.clear();
    },
  });
}
