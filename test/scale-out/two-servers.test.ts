import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { createApiKey } from '../../src/modules/auth/index.js';
import { drainConsumers } from '../../src/modules/events/index.js';
import { createWorkspace } from '../../src/modules/workspaces/index.js';
import { consumers } from '../../src/server/consumers.js';
import {
  inBatches,
  processStorage,
  projectionSnapshot,
  shopStream,
  spawnServer,
  stopServer,
} from '../../src/testing/index.js';

// Several retain processes share one database: the embedded server of one data directory, or
// one PostgreSQL database.
const { storage, remove } = processStorage();
afterAll(remove);

describe('several processes on one database', () => {
  it('two servers take events together and every event takes effect once', async () => {
    const database = await openDatabase(storage);
    await migrateDatabase(database);
    let held: { release(): void } | undefined;
    try {
      const workspace = await createWorkspace(database.db);
      const key = (await createApiKey(database.db, workspace.id)).key;
      // The last retain process to leave stops the embedded server when no client is connected:
      // this test is one of its clients, so it holds a connection (its pool closes idle ones) until
      // it has read what the servers did.
      held = await database.pool.connect();
      const servers = await Promise.all([spawnServer(storage), spawnServer(storage)]);
      const batches = inBatches(shopStream(120), 20);
      await Promise.all(
        batches.map(async (batch, i) => {
          const response = await fetch(`${servers[i % 2]!.url}/v1/batch`, {
            method: 'POST',
            headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
            body: JSON.stringify({ batch }),
          });
          expect(response.status).toBe(200);
        }),
      );
      for (const server of servers) expect(await stopServer(server)).toBe(0);
      await drainConsumers(database.db, consumers);

      const snapshot = await projectionSnapshot(database.db, workspace.id);
      expect(snapshot.customers).toHaveLength(120);
      expect(snapshot.orders).toHaveLength(240);
      expect(new Set(snapshot.orders.map((o) => (o as { order_id: string }).order_id)).size).toBe(240);
    } finally {
      held?.release();
      await database.close();
    }
  }, 300_000);
});
