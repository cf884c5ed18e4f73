import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../core/clock.js';
import { rateLimitRetentionMs, rateLimitWindowMs } from '../core/limits.js';
import type { Database } from '../db/connection.js';
import { createTestApp, createTestShop, openPrivateTestDatabase, type TestApp } from '../testing/index.js';
import { runMaintenance } from './maintenance.js';

// Two apps on one database stand for two retain processes: the budget lives in PostgreSQL.
const limits = { api: 4, ingestion: 6, publishable: 3, signIn: 3 };
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

  it('gives each address its own budget of a publishable key, apart from the secret key’s', async () => {
    clock.set(start);
    const shop = await createTestShop(apps[0]!);
    const proxied = await createTestApp(database, {
      clock,
      app: { rateLimits: limits, trustedProxies: ['10.1.0.0/16'] },
    });
    const send = (key: string, forwardedFor: string) =>
      proxied.app.inject({
        method: 'POST',
        url: '/v1/track',
        remoteAddress: '10.1.2.3',
        headers: { authorization: `Bearer ${key}`, 'x-forwarded-for': forwardedFor },
        payload: { type: 'track', event: 'Viewed', anonymousId: 'visitor' },
      });
    try {
      const visitor = [];
      for (let i = 0; i < limits.publishable; i += 1)
        visitor.push((await send(shop.publishableKey, '198.51.100.30')).statusCode);
      expect(visitor).toEqual(Array(limits.publishable).fill(200));
      const refused = await send(shop.publishableKey, '198.51.100.30');
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['retry-after']).toBe('1');
      expect(refused.json().error).toMatchObject({ type: 'rate_limit_error', code: 'rate_limited' });

      // Another visitor behind the same proxy, and the shop's server with its secret key, go on.
      expect((await send(shop.publishableKey, '198.51.100.31')).statusCode).toBe(200);
      expect((await send(shop.secretKey, '198.51.100.30')).statusCode).toBe(200);
      // The other process counts the same visitor's address into the same budget.
      const elsewhere = await apps[1]!.app.inject({
        method: 'POST',
        url: '/v1/track',
        remoteAddress: '198.51.100.30',
        headers: { authorization: `Bearer ${shop.publishableKey}` },
        payload: { type: 'track', event: 'Viewed', anonymousId: 'visitor' },
      });
      expect(elsewhere.statusCode).toBe(429);
    } finally {
      await proxied.app.close();
    }
  });

  it('counts sign-in attempts from one address in every process together, a minute at a time', async () => {
    clock.set(start);
    const attempt = (i: number, remoteAddress = '203.0.113.40') =>
      apps[i % 2]!.app.inject({
        method: 'POST',
        url: '/auth/sign-in',
        remoteAddress,
        payload: { email: 'nobody@example.com', password: 'wrong password here' },
      });
    const answers = [];
    for (let i = 0; i < limits.signIn; i += 1) answers.push((await attempt(i)).statusCode);
    expect(answers).toEqual(Array(limits.signIn).fill(401));
    for (const i of [0, 1]) {
      const refused = await attempt(i);
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['retry-after']).toBe('60');
      expect(refused.json()).toEqual({
        error: {
          type: 'rate_limit_error',
          code: 'rate_limited',
          message: 'Too many attempts from this address: at most 3 a minute; retry in 60 s.',
        },
      });
    }
    expect((await attempt(0, '203.0.113.41')).statusCode).toBe(401);

    clock.set(new Date(start.getTime() + 50_000));
    expect((await attempt(1)).statusCode).toBe(429);
    clock.set(new Date(start.getTime() + 60_000));
    expect((await attempt(1)).statusCode).toBe(401);
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
