import { describe, expect, it } from 'vitest';
import { fixedClock } from '../core/clock.js';
import { idempotencyKeyRetentionHours, invitationLifetimeDays, sessionLifetimeDays } from '../core/limits.js';
import { dayMs, hourMs, minuteMs } from '../core/time.js';
import { issueSetupToken } from '../modules/users/index.js';
import { runMaintenance } from './maintenance.js';
import { createTestShop, type TestShop, useTestApp } from '../testing/index.js';

const start = new Date('2026-06-01T08:00:00Z');
const clock = fixedClock(start);
// The sweep prunes every workspace's expired rows (rate-limit counters of other files' fixed
// clocks included): on PostgreSQL this file takes a database of its own.
const testApp = useTestApp({ clock, privateDatabase: true });
const after = (ms: number) => new Date(start.getTime() + ms);

const createKey = (shop: TestShop, name: string, idempotencyKey: string) =>
  shop.request({
    method: 'POST',
    url: '/v1/api_keys',
    payload: { name },
    headers: { 'idempotency-key': idempotencyKey },
  });

const cookieOf = (response: { headers: Record<string, unknown> }) =>
  String(response.headers['set-cookie']).split(';')[0]!;

async function signedIn(cookie: string): Promise<boolean> {
  const me = await testApp().app.inject({ method: 'GET', url: '/auth/me', headers: { cookie } });
  return me.json().user !== null;
}

describe('the maintenance sweep', () => {
  it('prunes Idempotency-Keys past the retention in one pass; newer stay; a pruned one runs anew', async () => {
    const shop = await createTestShop(testApp());
    clock.set(start);
    const old = await createKey(shop, 'old', 'k-old');
    clock.set(after((idempotencyKeyRetentionHours - 1) * hourMs));
    const recent = await createKey(shop, 'recent', 'k-recent');

    clock.set(after(idempotencyKeyRetentionHours * hourMs + minuteMs));
    expect(await runMaintenance(testApp().ctx.db, clock.now())).toMatchObject({ idempotencyKeys: 1 });
    expect(await runMaintenance(testApp().ctx.db, clock.now())).toMatchObject({ idempotencyKeys: 0 });

    const replayed = await createKey(shop, 'recent', 'k-recent');
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    // A replay answers the same key, without the secret (replayed-secrets.test.ts).
    expect(replayed.json()).toEqual({ ...recent.json(), key: null });
    const anew = await createKey(shop, 'old', 'k-old');
    expect(anew.statusCode).toBe(201);
    expect(anew.headers).not.toHaveProperty('idempotent-replayed');
    expect(anew.json().id).not.toBe(old.json().id);
    const keys = (await shop.request({ method: 'GET', url: '/v1/api_keys' })).json().data;
    expect(keys.filter((key: { name: string }) => key.name === 'old')).toHaveLength(2);
  });

  it('prunes expired dashboard sessions and unaccepted invitations, and keeps live ones', async () => {
    const shop = await createTestShop(testApp());
    testApp().ctx.defaultWorkspaceId = shop.workspace.id;
    const signIn = { email: `owner.${shop.workspace.id}@example.com`, password: 'correct horse battery' };
    clock.set(start);
    const owner = await testApp().app.inject({
      method: 'POST',
      url: '/auth/sign-up-owner',
      payload: {
        ...signIn,
        name: 'Owner',
        setup_token: await issueSetupToken(testApp().ctx.db, shop.workspace.id, clock.now()),
      },
    });
    const cookie = cookieOf(owner);
    const invited = await testApp().app.inject({
      method: 'POST',
      url: '/v1/dashboard/invitations',
      headers: { cookie, 'x-retain-csrf': owner.json().csrf_token },
      payload: { email: `analyst.${shop.workspace.id}@example.com`, role: 'analyst' },
    });
    expect(invited.statusCode).toBe(201);

    clock.set(after((sessionLifetimeDays - 1) * dayMs));
    const later = await testApp().app.inject({ method: 'POST', url: '/auth/sign-in', payload: signIn });
    const laterCookie = cookieOf(later);

    clock.set(after(Math.max(sessionLifetimeDays, invitationLifetimeDays) * dayMs + minuteMs));
    expect(await runMaintenance(testApp().ctx.db, clock.now())).toMatchObject({
      sessions: 1,
      invitations: 1,
    });
    expect(await signedIn(laterCookie)).toBe(true);
    expect(await signedIn(cookie)).toBe(false);
  });
});
