import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../core/clock.js';
import { signInAttemptsPerMinuteMax } from '../core/limits.js';
import type { Database } from '../db/connection.js';
import { createTestApp, openPrivateTestDatabase, type TestApp } from '../testing/index.js';
import { rateLimits } from './rate-limits.js';

// The sign-in limiter keys on request.ip: X-Forwarded-For may name the client only when the peer
// that sent it is a configured proxy, else anyone could pick a fresh address for every guess.

const proxy = '10.1.2.3';

let database: Database;
let direct: TestApp;
let proxied: TestApp;
beforeAll(async () => {
  // The attempts are counted in PostgreSQL by the minute: a fixed clock keeps them in one minute,
  // and a database of its own keeps another file's sweep from pruning them.
  database = await openPrivateTestDatabase();
  const clock = fixedClock(new Date('2026-06-01T08:00:00Z'));
  direct = await createTestApp(database, { clock, app: { rateLimits } });
  proxied = await createTestApp(database, { clock, app: { rateLimits, trustedProxies: ['10.1.0.0/16'] } });
});
afterAll(async () => {
  await direct.app.close();
  await proxied.app.close();
  await database.close();
});

const wrongPassword = (testApp: TestApp, remoteAddress: string, forwardedFor: string) =>
  testApp.app.inject({
    method: 'POST',
    url: '/auth/sign-in',
    remoteAddress,
    headers: { 'x-forwarded-for': forwardedFor },
    payload: { email: 'nobody@example.com', password: 'wrong password here' },
  });

async function attempts(testApp: TestApp, remoteAddress: string, forwardedFor: (i: number) => string) {
  const statuses = [];
  for (let i = 0; i <= signInAttemptsPerMinuteMax; i += 1)
    statuses.push((await wrongPassword(testApp, remoteAddress, forwardedFor(i))).statusCode);
  return statuses;
}

const lockedOut = [...Array(signInAttemptsPerMinuteMax).fill(401), 429];

describe('the client address behind a reverse proxy', () => {
  it('ignores X-Forwarded-For from a peer that is no trusted proxy', async () => {
    expect(await attempts(direct, '203.0.113.5', (i) => `198.51.100.${i}`)).toEqual(lockedOut);
  });

  it('reads it from a trusted proxy: one client locked out, another behind it still signs in', async () => {
    expect(await attempts(proxied, proxy, () => '198.51.100.20')).toEqual(lockedOut);
    expect((await wrongPassword(proxied, proxy, '198.51.100.21')).statusCode).toBe(401);
  });
});
