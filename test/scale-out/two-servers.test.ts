import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection.js';
import { copyTemplate, testEngine } from '../../src/db/test-helpers.js';
import { createApiKey } from '../../src/modules/auth/index.js';
import { drainConsumers } from '../../src/modules/events/index.js';
import { createWorkspace } from '../../src/modules/workspaces/index.js';
import { consumers } from '../../src/server/consumers.js';
import { spawnServer, stopServer } from '../support/server-process.js';
import { inBatches, shopStream } from '../support/shop-stream.js';
import { projectionSnapshot } from '../support/projections.js';

const postgres = testEngine() === 'postgres';
const dataDir = postgres ? undefined : copyTemplate();
afterAll(() => {
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('several processes on one database', () => {
  it.runIf(!postgres)(
    'PGlite: a second retain start on the same data directory is refused, naming the first',
    async () => {
      const first = await spawnServer({ dataDir });
      try {
        await expect(spawnServer({ dataDir })).rejects.toThrow(
          new RegExp(
            `in use\\. A retain server \\(PID ${first.child.pid}\\) at ${first.url.replace(/\./g, '\\.')}`,
          ),
        );
        expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
      } finally {
        expect(await stopServer(first)).toBe(0);
      }
    },
    300_000,
  );

  it.runIf(postgres)(
    'PostgreSQL: two servers take events together and every event takes effect once',
    async () => {
      const storage = { databaseUrl: process.env.RETAIN_TEST_DATABASE_URL! };
      const database = await openDatabase(storage);
      try {
        const workspace = await createWorkspace(database.db);
        const key = (await createApiKey(database.db, workspace.id)).key;
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
        await database.close();
      }
    },
    300_000,
  );
});
