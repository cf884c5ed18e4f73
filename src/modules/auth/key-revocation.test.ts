import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { Database } from '../../db/connection.js';
import { openTestDatabase } from '../../testing/index.js';
import { dashboardUserRole } from '../users/index.js';
import { createWorkspace } from '../workspaces/index.js';
import { authenticateApiKey, createApiKey, hashApiKey, revokeApiKey } from './api-keys.js';
import { keyRevokedChannel, listenForKeyRevocations } from './key-cache.js';

// A key revoked by another process must stop working here at once (trust #3): it lived on for the
// cache's 30 s and could mint a permanent replacement meanwhile. "Another process" is a connection
// of its own that revokes the row as retain does, without touching this process's cache.
let database: Database;
let other: pg.Client;
beforeAll(async () => {
  database = await openTestDatabase();
  other = new pg.Client({ connectionString: database.pool.options.connectionString });
  await other.connect();
});
afterAll(async () => {
  await other.end();
  await database.close();
});

async function revokeElsewhere(key: string, notify: boolean): Promise<void> {
  await other.query('begin');
  await other.query('update api_keys set revoked_at = now() where key_hash = $1', [hashApiKey(key)]);
  if (notify) await other.query('select pg_notify($1, $2)', [keyRevokedChannel, hashApiKey(key)]);
  await other.query('commit');
}

/** Polls until the key is refused; answers how many tries it took (bounded, never a timing claim). */
async function refusedWithin(key: string, triesMax: number): Promise<number> {
  for (let tries = 1; tries <= triesMax; tries += 1) {
    if ((await authenticateApiKey(database.db, key, dashboardUserRole)) === null) return tries;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`the revoked key still worked after ${triesMax} tries`);
}

async function newKey(): Promise<string> {
  const workspace = await createWorkspace(database.db);
  return (await createApiKey(database.db, workspace.id)).key;
}

async function listeningOn(): Promise<{ stop(): Promise<void> }> {
  const listener = listenForKeyRevocations(database);
  // Listening shows in pg_stat_activity once its LISTEN ran; until then nothing is cached.
  for (let i = 0; i < 200; i += 1) {
    const listeners = await database.pool.query(
      `select 1 from pg_stat_activity where application_name = $1 and state = 'idle'`,
      [`retain-listen-${keyRevokedChannel}`],
    );
    if (listeners.rowCount) return listener;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the revocation listener never connected');
}

describe('API key revocation across processes', () => {
  it('does not cache keys in a process that does not listen for revocations', async () => {
    const key = await newKey();
    expect(await authenticateApiKey(database.db, key, dashboardUserRole)).not.toBeNull();
    await revokeElsewhere(key, false);
    expect(await authenticateApiKey(database.db, key, dashboardUserRole)).toBeNull();
  });

  it('caches while listening, and evicts a key revoked elsewhere when the revocation commits', async () => {
    const listener = await listeningOn();
    try {
      const cached = await newKey();
      expect(await authenticateApiKey(database.db, cached, dashboardUserRole)).not.toBeNull();
      // Revoked without a notification, the cached key still answers: the cache is really in use.
      await revokeElsewhere(cached, false);
      expect(await authenticateApiKey(database.db, cached, dashboardUserRole)).not.toBeNull();

      const key = await newKey();
      expect(await authenticateApiKey(database.db, key, dashboardUserRole)).not.toBeNull();
      await revokeElsewhere(key, true);
      expect(await refusedWithin(key, 100)).toBeGreaterThanOrEqual(1);
    } finally {
      await listener.stop();
    }
  });

  it('revokeApiKey notifies in its own transaction', async () => {
    const listener = await listeningOn();
    const heard: string[] = [];
    const spy = new pg.Client({ connectionString: database.pool.options.connectionString });
    await spy.connect();
    spy.on('notification', (message) => heard.push(message.payload ?? ''));
    await spy.query(`listen ${keyRevokedChannel}`);
    try {
      const workspace = await createWorkspace(database.db);
      const created = await createApiKey(database.db, workspace.id);
      await revokeApiKey(database.db, workspace.id, created.id);
      for (let i = 0; i < 200 && heard.length === 0; i += 1) await new Promise((r) => setTimeout(r, 10));
      expect(heard).toEqual([hashApiKey(created.key)]);
      expect(await authenticateApiKey(database.db, created.key, dashboardUserRole)).toBeNull();
    } finally {
      await spy.end();
      await listener.stop();
    }
  });

  it('stops trusting the cache the moment the listening connection is lost', async () => {
    const listener = await listeningOn();
    try {
      const key = await newKey();
      expect(await authenticateApiKey(database.db, key, dashboardUserRole)).not.toBeNull();
      await database.pool.query(
        `select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1`,
        [`retain-listen-${keyRevokedChannel}`],
      );
      // A revocation while the connection is down is never notified; the key must still be refused.
      await revokeElsewhere(key, false);
      expect(await refusedWithin(key, 100)).toBeGreaterThanOrEqual(1);
    } finally {
      await listener.stop();
    }
  });
});
