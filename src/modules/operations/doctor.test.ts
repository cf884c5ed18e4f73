import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryOne, type Database } from '../../db/connection.js';
import { engineAdvice } from '../../db/engine-advice.js';
import {
  createTestApp,
  createTestShop,
  openPrivateTestDatabase,
  type TestApp,
  type TestShop,
} from '../../testing/index.js';
import { resolveCustomerId } from '../customers/index.js';
import { earnPoints } from '../loyalty/index.js';
import { drainConsumers } from '../events/index.js';
import { consumers } from '../../server/consumers.js';

let database: Database;
let testApp: TestApp;
beforeAll(async () => {
  // Its own database: the backlog it counts is the whole log's, which other files append to.
  database = await openPrivateTestDatabase();
  testApp = await createTestApp(database);
});
afterAll(async () => {
  await testApp.app.close();
  await database.close();
});

async function customerWithPoints(shop: TestShop, points: number): Promise<string> {
  const at = new Date('2026-03-01T00:00:00Z');
  const customerId = await resolveCustomerId(database.db, shop.workspace.id, { userId: 'doctor-user' }, at);
  await database.db.transaction((tx) =>
    earnPoints(tx, {
      workspaceId: shop.workspace.id,
      customerId,
      points,
      kind: 'adjust',
      reason: 'doctor test',
      source: { type: 'test', id: 'doctor' },
      idempotencyKey: `doctor-${shop.workspace.id}`,
      at,
    }),
  );
  return customerId;
}

describe('GET /v1/doctor', () => {
  it('reports a consistent ledger, current migrations and every consumer', async () => {
    const shop = await createTestShop(testApp);
    await customerWithPoints(shop, 120);
    const response = await shop.request({ method: 'GET', url: '/v1/doctor' });
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.migrations).toBe('current');
    expect(report.ledger).toEqual({ ok: true, problems: [] });
    // The engine, its version and where its data is; never the connection's credentials. Test files
    // connect by URL, even to the run's embedded server (the embedded report is in db/embedded).
    const url = new URL(database.pool.options.connectionString!);
    expect(report.database).toMatchObject({
      engine: 'external',
      location: `${url.host}${url.pathname}`,
      version: expect.stringMatching(/^\d+\.\d+/),
      settings: { synchronous_commit: 'on', fsync: 'on', autovacuum: expect.stringMatching(/^(on|off)$/) },
    });
    // The advice is the server's own settings judged: the same settings give the same advice.
    const { settings, databaseBytes } = report.database;
    expect(databaseBytes).toBeGreaterThan(0);
    const sharedBufferBytes = Number(
      (await queryOne<{ bytes: string }>(
        database.db,
        sql`select pg_size_bytes(current_setting('shared_buffers'))::text as bytes`,
      ))!.bytes,
    );
    expect(report.database.advice).toEqual(engineAdvice(settings, { sharedBufferBytes, databaseBytes }));
    expect(report.database.advice.some((line: string) => line.startsWith('autovacuum'))).toBe(
      settings.autovacuum === 'off',
    );
    expect(JSON.stringify(report.database)).not.toMatch(/password|postgres:\/\//);
    for (const consumer of report.consumers) {
      expect(consumer).toEqual({
        consumer: expect.any(String),
        eventsBehind: expect.any(Number),
        failures: expect.any(Number),
        updatedAt: expect.any(String),
      });
    }
  });

  it('finds a cached balance that disagrees with the ledger', async () => {
    const shop = await createTestShop(testApp);
    const customerId = await customerWithPoints(shop, 80);
    // Corrupt the cache behind the ledger's back: exactly what doctor exists to catch.
    await database.db.execute(
      sql`update points_accounts set balance = balance + 7 where workspace_id = ${shop.workspace.id}`,
    );
    const report = (await shop.request({ method: 'GET', url: '/v1/doctor' })).json();
    expect(report.healthy).toBe(false);
    expect(report.ledger.ok).toBe(false);
    expect(report.ledger.problems).toContainEqual(
      expect.objectContaining({ workspaceId: shop.workspace.id, customerId }),
    );
  });

  it('counts the events a consumer has not applied yet', async () => {
    const shop = await createTestShop(testApp);
    await drainConsumers(database.db, consumers);
    const response = await shop.request({
      method: 'POST',
      url: '/v1/track',
      payload: { userId: 'u-doc', event: 'Page Viewed', messageId: `doc-${shop.workspace.id}` },
    });
    expect(response.statusCode).toBe(200);
    const report = (await shop.request({ method: 'GET', url: '/v1/doctor' })).json();
    const behind = new Map(
      (report.consumers as { consumer: string; eventsBehind: number }[]).map((c) => [
        c.consumer,
        c.eventsBehind,
      ]),
    );
    for (const consumer of consumers) expect(behind.get(consumer.name)).toBeGreaterThanOrEqual(1);
    await drainConsumers(database.db, consumers);
    const caughtUp = (await shop.request({ method: 'GET', url: '/v1/doctor' })).json();
    for (const consumer of caughtUp.consumers as { eventsBehind: number }[])
      expect(consumer.eventsBehind).toBe(0);
  });
});
