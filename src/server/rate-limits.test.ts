import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../core/clock.js';
import { rateLimitRetentionMs, rateLimitWindowMs } from '../core/limits.js';
import type { Database } from '../db/connection.js';
import { createTestApp, createTestShop, openPrivateTestDatabase, type TestApp } from '../testing/index.js';
import { runMaintenance } from './maintenance.js';

// Two apps on one database stand for two retain processes: the budget lives in PostgreSQL.
const limits = { api: 4, ingestion: 6 };
const start = new Date('2026-06-01T08:00:00.250Z');
const clock = fixedClock(start);

let database: Database;
let apps: TestApp[];
beforeAll(async () => {
  // Budgets are counted by bucket, not workspace, and another file's maintenance sweep (its clock
  // months later) would prune them mid-test on a shared PostgreSQL database.
  database = await openPrivateTestDatabase();
  apps = [
    await createTestApp(database, { clock, app: { rateLimits: limits } }),
    await createTestApp(database, { clock, app: { rateLimits: limits } }),
  ];
});
afterAll(async () => {
  for (const { app } of apps) await app.close();
  await database.close();
});

/** `count` requests with the key, alternating between the two apps; the status codes. */
async function alternate(key: string, count: number, url = '/v1/customers'): Promise<number[]> {
  const statuses = [];
  for (let i = 0; i < count; i += 1) {
    const ingestion = url !== '/v1/customers';
    const response = await apps[i % 2]!.app.inject({
      method: ingestion ? 'POST' : 'GET',
      url,
      headers: { authorization: `Bearer ${key}` },
      ...(ingestion ? { payload: { type: 'track', event: 'Viewed', userId: 'u1' } } : {}),
    });
    statuses.push(response.statusCode);
  }
  return statuses;
}

describe('rate limits shared by all processes', () => {
  it('refuses a key past its budget on either app, with Retry-After in the error shape', async () => {
    clock.set(start);
    const shop = await createTestShop(apps[0]!);
    expect(await alternate(shop.secretKey, limits.api)).toEqual(Array(limits.api).fill(200));

    for (const { app } of apps) {
      const refused = await app.inject({
        method: 'GET',
        url: '/v1/customers',
        headers: { authorization: `Bearer ${shop.secretKey}` },
      });
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['retry-after']).toBe('1');
      expect(refused.json()).toEqual({
        error: {
          type: 'rate_limit_error',
          code: 'rate_limited',
          message: 'Over the budget of 4 api requests per 1 s; retry in 1 s.',
        },
      });
    }
  });

  it('keeps another key’s budget, and ingestion’s, apart', async () => {
    clock.set(start);
    const spent = await createTestShop(apps[0]!);
    await alternate(spent.secretKey, limits.api + 1);

    const other = await createTestShop(apps[1]!);
    expect(await alternate(other.secretKey, limits.api)).toEqual(Array(limits.api).fill(200));
    expect(await alternate(spent.secretKey, limits.ingestion + 1, '/v1/track')).toEqual([
      ...Array(limits.ingestion).fill(200),
      429,
    ]);
  });

  it('counts a write key sent in the body, and an address without a key', async () => {
    clock.set(start);
    const shop = await createTestShop(apps[0]!);
    const track = (i: number) =>
      apps[i % 2]!.app.inject({
        method: 'POST',
        url: '/v1/track',
        payload: { writeKey: shop.secretKey, type: 'track', event: 'Viewed', userId: 'u1' },
      });
    const tracked = [];
    for (let i = 0; i <= limits.ingestion; i += 1) tracked.push((await track(i)).statusCode);
    expect(tracked).toEqual([...Array(limits.ingestion).fill(200), 429]);

    const health = (i: number) =>
      apps[i % 2]!.app.inject({ method: 'GET', url: '/healthz', remoteAddress: '198.51.100.9' });
    const checked = [];
    for (let i = 0; i <= limits.api; i += 1) checked.push((await health(i)).statusCode);
    expect(checked).toEqual([...Array(limits.api).fill(200), 429]);
  });

  it('starts over when the window ends, and the sweep prunes counters gone quiet', async () => {
    clock.set(start);
    const shop = await createTestShop(apps[0]!);
    expect((await alternate(shop.secretKey, limits.api + 1)).at(-1)).toBe(429);

    clock.set(new Date(start.getTime() + rateLimitWindowMs));
    expect(await alternate(shop.secretKey, limits.api)).toEqual(Array(limits.api).fill(200));

    const later = new Date(start.getTime() + rateLimitWindowMs + rateLimitRetentionMs + 1);
    const swept = await runMaintenance(database.db, later);
    expect(swept.rateLimits).toBeGreaterThanOrEqual(1);
    expect((await runMaintenance(database.db, later)).rateLimits).toBe(0);
  });
});
