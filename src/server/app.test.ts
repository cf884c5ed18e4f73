import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/connection.js';
import { openTestDatabase } from '../db/test-helpers.js';
import { createTestApp, type TestApp } from './test-app.js';

let database: Database;
let testApp: TestApp;
beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await createTestApp(database);
});
afterAll(async () => {
  await testApp.app.close();
  await database.close();
});

describe('service basics', () => {
  it('answers health and readiness without a key', async () => {
    expect((await testApp.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await testApp.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'current' } });
  });

  it('serves the OpenAPI document generated from the validating schemas, and readable docs', async () => {
    const response = await testApp.app.inject({ url: '/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    const patch = document.paths['/v1/workspace'].patch;
    expect(Object.keys(patch.requestBody.content['application/json'].schema.properties)).toEqual([
      'name',
      'currency',
      'timezone',
      'locale',
    ]);
    const docs = await testApp.app.inject({ url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('<html');
  });
});
