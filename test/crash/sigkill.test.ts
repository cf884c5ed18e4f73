import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/connection.js';
import { embeddedServerRunning } from '../../src/db/embedded/server.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { drainConsumers } from '../../src/modules/events/index.js';
import { createApiKey } from '../../src/modules/auth/index.js';
import { createWorkspace } from '../../src/modules/workspaces/index.js';
import { consumers } from '../../src/server/consumers.js';
import {
  createTestApp,
  inBatches,
  processStorage,
  projectionSnapshot,
  type SegmentEvent,
  type ServerProcess,
  shopStream,
  spawnServer,
  stopServer,
} from '../../src/testing/index.js';

// On the embedded engine the servers run on a data directory of their own: the embedded
// PostgreSQL outlives the killed retain process, and the restarted one connects to it.
const { storage, remove } = processStorage();
afterAll(remove);

const open = async (): Promise<Database> => {
  const database = await openDatabase(storage);
  await migrateDatabase(database);
  return database;
};

async function sendBatch(url: string, key: string, batch: SegmentEvent[]): Promise<boolean> {
  try {
    const response = await fetch(`${url}/v1/batch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ batch }),
    });
    if (response.status !== 200)
      throw new Error(`batch answered ${response.status}: ${await response.text()}`);
    return true;
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('batch answered')) throw error;
    return false;
  }
}

async function createShop(): Promise<{ workspaceId: string; key: string }> {
  const database = await open();
  try {
    const workspace = await createWorkspace(database.db);
    return { workspaceId: workspace.id, key: (await createApiKey(database.db, workspace.id)).key };
  } finally {
    await database.close();
  }
}

describe('exactly once across a crash', () => {
  it('a server killed with SIGKILL mid-stream and restarted ends with the projections of an uninterrupted run', async () => {
    const batches = inBatches(shopStream(150), 25);
    const crashed = await createShop();
    const killAfter = Math.floor(batches.length / 3);

    let server: ServerProcess = await spawnServer(storage);
    let next = 0;
    for (; next < killAfter; next += 1)
      expect(await sendBatch(server.url, crashed.key, batches[next]!)).toBe(true);
    // One more batch in flight, then SIGKILL while it and the consumers are working.
    const inFlight = sendBatch(server.url, crashed.key, batches[next]!);
    await new Promise((resolve) => setTimeout(resolve, 5));
    server.child.kill('SIGKILL');
    expect(await server.exited).toBe('SIGKILL');
    await inFlight;
    // The embedded PostgreSQL is its own process: the crash leaves it running for the next start.
    if (storage.dataDir) expect(embeddedServerRunning(storage.dataDir)).toBe(true);

    server = await spawnServer(storage);
    // The client does not know whether the in-flight batch committed, so it sends it again.
    for (; next < batches.length; next += 1)
      expect(await sendBatch(server.url, crashed.key, batches[next]!)).toBe(true);
    expect(await stopServer(server)).toBe(0);

    const database = await open();
    try {
      await drainConsumers(database.db, consumers);
      const testApp = await createTestApp(database);
      const reference = await createWorkspace(database.db);
      const referenceKey = (await createApiKey(database.db, reference.id)).key;
      for (const batch of batches) {
        const response = await testApp.app.inject({
          method: 'POST',
          url: '/v1/batch',
          headers: { authorization: `Bearer ${referenceKey}` },
          payload: { batch },
        });
        expect(response.statusCode).toBe(200);
      }
      await drainConsumers(database.db, consumers);
      await testApp.app.close();

      const afterCrash = await projectionSnapshot(database.db, crashed.workspaceId);
      const uninterrupted = await projectionSnapshot(database.db, reference.id);
      expect(afterCrash.orders).toHaveLength(300);
      expect(afterCrash.customers).toHaveLength(150);
      expect(afterCrash.refunds.length).toBeGreaterThan(0);
      expect(afterCrash).toEqual(uninterrupted);
    } finally {
      await database.close();
    }
  }, 300_000);
});
