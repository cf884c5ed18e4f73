import { beforeEach, describe, expect, it } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { fixedClock } from '../../core/clock.js';
import { passwordResetLifetimeHours } from '../../core/limits.js';
import { hourMs, minuteMs } from '../../core/time.js';
import { runMaintenance } from '../../server/maintenance.js';
import {
  type Browser,
  browserOf,
  createTestShop,
  openDashboard,
  password,
  uniqueEmail,
  useTestApp,
} from '../../testing/index.js';
import { issueSetupToken } from './setup-tokens.js';

const start = new Date('2026-06-01T08:00:00Z');
const clock = fixedClock(start);
// Its sweep prunes every workspace's expired rows: on PostgreSQL this file takes a database of its own.
const testApp = useTestApp({ clock, privateDatabase: true });
beforeEach(() => clock.set(start));

const common = 'qwertyuiop';
const newPassword = 'a brand new passphrase';

/** Unauthenticated /auth calls are rate-limited per address: each from its own. */
function send(options: InjectOptions): Promise<LightMyRequestResponse> {
  const address = `198.19.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;
  return testApp().app.inject({ remoteAddress: address, ...options });
}

function expectPasswordRefused(response: LightMyRequestResponse, message: RegExp): void {
  expect(response.statusCode, response.body).toBe(400);
  expect(response.json().error).toMatchObject({ code: 'parameter_invalid', param: 'password' });
  expect(response.json().error.message).toMatch(message);
}

async function signedIn(browser: Browser): Promise<boolean> {
  const me = await send({ method: 'GET', url: '/auth/me', headers: { cookie: browser.cookie } });
  return me.json().user !== null;
}

async function emailOf(browser: Browser): Promise<string> {
  const me = await send({ method: 'GET', url: '/auth/me', headers: { cookie: browser.cookie } });
  return me.json().user.email;
}

const signIn = (email: string, secret: string) =>
  send({ method: 'POST', url: '/auth/sign-in', payload: { email, password: secret } });

async function requestReset(owner: Browser, as: Dashboard['as'], userId: string, key?: string) {
  return as(owner, {
    method: 'POST',
    url: `/v1/dashboard/users/${userId}/password-reset`,
    ...(key ? { headers: { 'idempotency-key': key } } : {}),
  });
}

const acceptReset = (token: string, secret: string) =>
  send({ method: 'POST', url: '/auth/password-reset/accept', payload: { token, password: secret } });

type Dashboard = Awaited<ReturnType<typeof openDashboard>>;

describe('the password policy', () => {
  it('refuses a common password, whatever its case, and the email or its local part at sign-up', async () => {
    const shop = await createTestShop(testApp());
    testApp().ctx.defaultWorkspaceId = shop.workspace.id;
    const setupToken = await issueSetupToken(testApp().ctx.db, shop.workspace.id, clock.now());
    const email = uniqueEmail('owner');
    const signUp = (secret: string) =>
      send({
        method: 'POST',
        url: '/auth/sign-up-owner',
        payload: { email, password: secret, setup_token: setupToken },
      });
    expectPasswordRefused(await signUp(common.toUpperCase()), /most common passwords/);
    expectPasswordRefused(await signUp(email.toUpperCase()), /email/);
    expectPasswordRefused(await signUp(email.split('@')[0]!), /email/);
    expect((await signUp(password)).statusCode).toBe(201);
  });

  it('refuses a common password when accepting an invitation, and the invitation stays open', async () => {
    const dashboard = await openDashboard(testApp());
    const invitation = await dashboard.as(dashboard.owner, {
      method: 'POST',
      url: '/v1/dashboard/invitations',
      payload: { email: uniqueEmail('analyst'), role: 'analyst' },
    });
    const { token } = invitation.json();
    const accept = (secret: string) =>
      send({ method: 'POST', url: '/auth/invitations/accept', payload: { token, password: secret } });
    expectPasswordRefused(await accept(common), /most common passwords/);
    expect((await accept(password)).statusCode).toBe(201);
  });
});

describe('changing one’s password', () => {
  const change = (dashboard: Dashboard, browser: Browser, current: string, next: string) =>
    dashboard.as(browser, {
      method: 'POST',
      url: '/auth/password',
      payload: { current_password: current, new_password: next },
    });

  it('refuses a wrong current password with 403 and a common or email new one with 400; nothing changes', async () => {
    const dashboard = await openDashboard(testApp());
    const email = await emailOf(dashboard.owner);
    const wrong = await change(dashboard, dashboard.owner, 'not my password', newPassword);
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error).toMatchObject({ code: 'password_incorrect', param: 'current_password' });
    expectPasswordRefused(await change(dashboard, dashboard.owner, password, common), /most common/);
    expectPasswordRefused(await change(dashboard, dashboard.owner, password, email), /email/);
    expect((await signIn(email, password)).statusCode).toBe(200);
    expect((await signIn(email, newPassword)).statusCode).toBe(401);
  });

  it('needs the CSRF header', async () => {
    const dashboard = await openDashboard(testApp());
    const refused = await dashboard.as(dashboard.owner, {
      method: 'POST',
      url: '/auth/password',
      headers: { 'x-retain-csrf': 'forged' },
      payload: { current_password: password, new_password: newPassword },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('csrf_token_invalid');
  });

  it('sets the new password and signs out the other sessions, not this one', async () => {
    const dashboard = await openDashboard(testApp());
    const email = await emailOf(dashboard.owner);
    const elsewhere = browserOf(await signIn(email, password));
    const changed = await change(dashboard, dashboard.owner, password, newPassword);
    expect(changed.statusCode, changed.body).toBe(204);
    expect(await signedIn(dashboard.owner)).toBe(true);
    expect(await signedIn(elsewhere)).toBe(false);
    expect((await signIn(email, password)).statusCode).toBe(401);
    expect((await signIn(email, newPassword)).statusCode).toBe(200);
  });
});

describe('signing out everywhere', () => {
  it('ends every session of the user, this one too, and no one else’s', async () => {
    const dashboard = await openDashboard(testApp());
    const admin = await dashboard.invite('admin');
    const elsewhere = browserOf(await signIn(await emailOf(dashboard.owner), password));
    const out = await dashboard.as(dashboard.owner, { method: 'POST', url: '/auth/sign-out-everywhere' });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
    expect(await signedIn(dashboard.owner)).toBe(false);
    expect(await signedIn(elsewhere)).toBe(false);
    expect(await signedIn(admin)).toBe(true);
  });
});

describe("an owner's password reset", () => {
  it('sets the password once with the token, ends the account’s sessions, and a reused token is refused', async () => {
    const dashboard = await openDashboard(testApp());
    const analyst = await dashboard.invite('analyst');
    const email = await emailOf(analyst);
    const requested = await requestReset(dashboard.owner, dashboard.as, analyst.userId);
    expect(requested.statusCode, requested.body).toBe(201);
    const reset = requested.json();
    expect(reset).toMatchObject({ object: 'password_reset', user_id: analyst.userId });
    expect(Date.parse(reset.expires) - start.getTime()).toBe(passwordResetLifetimeHours * hourMs);

    expectPasswordRefused(await acceptReset(reset.token, common), /most common/);
    expectPasswordRefused(await acceptReset(reset.token, email), /email/);
    expect(await signedIn(analyst)).toBe(true);
    expect((await acceptReset(reset.token, newPassword)).statusCode).toBe(204);
    expect(await signedIn(analyst)).toBe(false);
    expect((await signIn(email, newPassword)).statusCode).toBe(200);
    expect(await signedIn(dashboard.owner)).toBe(true);

    const reused = await acceptReset(reset.token, 'yet another passphrase');
    expect(reused.statusCode).toBe(404);
    expect(reused.json().error.code).toBe('password_reset_invalid');
    expect((await signIn(email, newPassword)).statusCode).toBe(200);
  });

  it('refuses an expired token, and the maintenance sweep prunes it', async () => {
    const dashboard = await openDashboard(testApp());
    const analyst = await dashboard.invite('analyst');
    const { token } = (await requestReset(dashboard.owner, dashboard.as, analyst.userId)).json();
    clock.set(new Date(start.getTime() + passwordResetLifetimeHours * hourMs + minuteMs));
    const expired = await acceptReset(token, newPassword);
    expect(expired.statusCode).toBe(404);
    expect(expired.json().error.code).toBe('password_reset_invalid');
    const swept = await runMaintenance(testApp().ctx.db, clock.now());
    expect(swept.passwordResets).toBeGreaterThanOrEqual(1);
    expect((await runMaintenance(testApp().ctx.db, clock.now())).passwordResets).toBe(0);
  });

  it('is for a signed-in owner only, and for a user of the workspace', async () => {
    const dashboard = await openDashboard(testApp());
    const admin = await dashboard.invite('admin');
    const analyst = await dashboard.invite('analyst');
    const byAdmin = await requestReset(admin, dashboard.as, analyst.userId);
    expect(byAdmin.statusCode).toBe(403);
    expect(byAdmin.json().error.code).toBe('role_forbidden');
    const byOwnersKey = await dashboard.withKey(await dashboard.keyOf(dashboard.owner), {
      method: 'POST',
      url: `/v1/dashboard/users/${analyst.userId}/password-reset`,
    });
    expect(byOwnersKey.statusCode).toBe(403);
    const stranger = await requestReset(dashboard.owner, dashboard.as, 'usr_nobody');
    expect(stranger.statusCode).toBe(404);
  });

  it('replays a retried request with an Idempotency-Key without the token, which still works once', async () => {
    const dashboard = await openDashboard(testApp());
    const analyst = await dashboard.invite('analyst');
    const first = await requestReset(dashboard.owner, dashboard.as, analyst.userId, 'reset-1');
    const replayed = await requestReset(dashboard.owner, dashboard.as, analyst.userId, 'reset-1');
    expect(replayed.statusCode).toBe(201);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expect(replayed.json()).toEqual({ ...first.json(), token: null });
    expect((await acceptReset(first.json().token, newPassword)).statusCode).toBe(204);
  });
});
