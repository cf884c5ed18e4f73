import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestShop, type TestShop, useTestApp } from '../../testing/index.js';
import { countUsers } from './queries.js';
import { dashboardSetupTokens } from './schema.js';
import { issueSetupToken } from './setup-tokens.js';
import { signUpOwner } from './users.js';

const testApp = useTestApp();

const password = 'correct horse battery';

/** A fresh shop that the dashboard signs into (each test its own, so they never meet), as started. */
async function dashboardShop(): Promise<TestShop & { setupToken: string }> {
  const shop = await createTestShop(testApp());
  testApp().ctx.defaultWorkspaceId = shop.workspace.id;
  return { ...shop, setupToken: (await newSetupToken(shop))! };
}

function newSetupToken(shop: TestShop): Promise<string | null> {
  return issueSetupToken(testApp().ctx.db, shop.workspace.id, new Date());
}

function uniqueEmail(who: string): string {
  return `${who}.${Math.random().toString(36).slice(2)}@example.com`;
}

interface Browser {
  cookie: string;
  csrf: string;
}

async function signUp(email: string, setupToken: string): Promise<Browser> {
  const response = await testApp().app.inject({
    method: 'POST',
    url: '/auth/sign-up-owner',
    payload: { email, password, name: 'Owner', setup_token: setupToken },
  });
  expect(response.statusCode).toBe(201);
  return browserOf(response);
}

function browserOf(response: { headers: Record<string, unknown>; json(): { csrf_token: string } }): Browser {
  const setCookie = String(response.headers['set-cookie']);
  return { cookie: setCookie.split(';')[0]!, csrf: response.json().csrf_token };
}

function asBrowser(
  browser: Browser,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
) {
  return testApp().app.inject({
    method,
    url,
    headers: { cookie: browser.cookie, 'x-retain-csrf': browser.csrf },
    ...(payload ? { payload } : {}),
  });
}

describe('first visit and sign-in', () => {
  it('creates the owner once, with a hardened cookie, then only signs in', async () => {
    const { setupToken } = await dashboardShop();
    const before = await testApp().app.inject({ method: 'GET', url: '/auth/setup' });
    expect(before.json()).toEqual({ needs_owner: true });

    const email = uniqueEmail('Owner');
    const created = await testApp().app.inject({
      method: 'POST',
      url: '/auth/sign-up-owner',
      payload: { email, password, setup_token: setupToken },
    });
    expect(created.statusCode).toBe(201);
    const cookie = String(created.headers['set-cookie']);
    expect(cookie).toMatch(/^retain_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
    expect(created.json().user).toMatchObject({ email: email.toLowerCase(), role: 'owner' });

    const after = await testApp().app.inject({ method: 'GET', url: '/auth/setup' });
    expect(after.json()).toEqual({ needs_owner: false });
    const second = await testApp().app.inject({
      method: 'POST',
      url: '/auth/sign-up-owner',
      payload: { email: uniqueEmail('intruder'), password, setup_token: setupToken },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('owner_exists');

    const wrong = await testApp().app.inject({
      method: 'POST',
      url: '/auth/sign-in',
      payload: { email, password: 'not the password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('credentials_invalid');
    const signedIn = await testApp().app.inject({
      method: 'POST',
      url: '/auth/sign-in',
      payload: { email: email.toUpperCase(), password },
    });
    expect(signedIn.statusCode).toBe(200);
  });

  it('marks the cookie Secure behind https', async () => {
    const { setupToken } = await dashboardShop();
    const response = await testApp().app.inject({
      method: 'POST',
      url: '/auth/sign-up-owner',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email: uniqueEmail('secure'), password, setup_token: setupToken },
    });
    expect(String(response.headers['set-cookie'])).toContain('Secure');
  });

  it('refuses a short password and stores nothing', async () => {
    const { setupToken } = await dashboardShop();
    const response = await testApp().app.inject({
      method: 'POST',
      url: '/auth/sign-up-owner',
      payload: { email: uniqueEmail('short'), password: 'short', setup_token: setupToken },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'parameter_invalid', param: 'password' });
    expect((await testApp().app.inject({ method: 'GET', url: '/auth/setup' })).json()).toEqual({
      needs_owner: true,
    });
  });
});

describe('the setup token', () => {
  // Each test its own address: the sign-up's rate limit counts the other tests' attempts.
  const signUpFrom = (remoteAddress: string, setupToken?: string, email = uniqueEmail('owner')) =>
    testApp().app.inject({
      method: 'POST',
      url: '/auth/sign-up-owner',
      remoteAddress,
      payload: { email, password, ...(setupToken === undefined ? {} : { setup_token: setupToken }) },
    });
  const tokenRows = (shop: TestShop) =>
    testApp()
      .ctx.db.select()
      .from(dashboardSetupTokens)
      .where(eq(dashboardSetupTokens.workspaceId, shop.workspace.id));

  it('refuses a sign-up without it or with a wrong one, creating nothing and keeping the token', async () => {
    const shop = await dashboardShop();
    for (const token of [undefined, '', 'guessed-token', `${shop.setupToken}x`]) {
      const refused = await signUpFrom('192.0.2.1', token);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error).toMatchObject({
        type: 'permission_error',
        code: 'setup_token_invalid',
        param: 'setup_token',
      });
      expect(refused.headers).not.toHaveProperty('set-cookie');
    }
    expect(await countUsers(testApp().ctx.db, shop.workspace.id)).toBe(0);
    expect((await signUpFrom('192.0.2.1', shop.setupToken)).statusCode).toBe(201);
  });

  it('is spent by the sign-up that creates the owner: it works once, and no new one is issued', async () => {
    const shop = await dashboardShop();
    const [row] = await tokenRows(shop);
    expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.tokenHash).not.toContain(shop.setupToken);
    expect(shop.setupToken).toMatch(/^[A-Za-z0-9_-]{32}$/);

    expect((await signUpFrom('192.0.2.2', shop.setupToken)).statusCode).toBe(201);
    expect(await tokenRows(shop)).toEqual([]);
    const again = await signUpFrom('192.0.2.2', shop.setupToken);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('owner_exists');
    expect(await newSetupToken(shop)).toBeNull();
    expect(await countUsers(testApp().ctx.db, shop.workspace.id)).toBe(1);
  });

  it('is replaced by the next one issued (the next start), so a token in an old log stops working', async () => {
    const shop = await dashboardShop();
    const next = (await newSetupToken(shop))!;
    expect(next).not.toBe(shop.setupToken);
    expect((await signUpFrom('192.0.2.3', shop.setupToken)).statusCode).toBe(403);
    expect((await signUpFrom('192.0.2.3', next)).statusCode).toBe(201);
  });

  it('lets one of two concurrent sign-ups with the same token create the owner', async () => {
    const shop = await dashboardShop();
    const answers = await Promise.all([
      signUpFrom('192.0.2.4', shop.setupToken),
      signUpFrom('192.0.2.5', shop.setupToken),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409]);
    expect(await countUsers(testApp().ctx.db, shop.workspace.id)).toBe(1);
  });

  it('is issued by concurrent starts one after the other: the last one is the live one', async () => {
    const shop = await createTestShop(testApp());
    testApp().ctx.defaultWorkspaceId = shop.workspace.id;
    const tokens = await Promise.all([newSetupToken(shop), newSetupToken(shop), newSetupToken(shop)]);
    expect(await tokenRows(shop)).toHaveLength(1);
    const accepted = [];
    for (const token of tokens) accepted.push((await signUpFrom('192.0.2.6', token!)).statusCode);
    expect(accepted.filter((status) => status === 201)).toHaveLength(1);
  });

  it('is not needed by the owner a command creates in-process (retain demo), which ends it', async () => {
    const shop = await dashboardShop();
    await signUpOwner(
      testApp().ctx.db,
      shop.workspace.id,
      { email: uniqueEmail('demo'), password },
      new Date(),
    );
    expect(await tokenRows(shop)).toEqual([]);
    expect((await signUpFrom('192.0.2.7', shop.setupToken)).statusCode).toBe(409);
  });
});

describe('the session cookie on /v1', () => {
  it('authenticates as the workspace, needs the CSRF header to change things, and ends at sign-out', async () => {
    const shop = await dashboardShop();
    const browser = await signUp(uniqueEmail('owner'), shop.setupToken);

    const workspace = await testApp().app.inject({
      method: 'GET',
      url: '/v1/workspace',
      headers: { cookie: browser.cookie },
    });
    expect(workspace.statusCode).toBe(200);
    expect(workspace.json().id).toBe(shop.workspace.id);

    const forged = await testApp().app.inject({
      method: 'PATCH',
      url: '/v1/workspace',
      headers: { cookie: browser.cookie },
      payload: { name: 'Forged' },
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('csrf_token_invalid');
    const wrongToken = await testApp().app.inject({
      method: 'PATCH',
      url: '/v1/workspace',
      headers: { cookie: browser.cookie, 'x-retain-csrf': 'guess' },
      payload: { name: 'Forged' },
    });
    expect(wrongToken.statusCode).toBe(403);

    const renamed = await asBrowser(browser, 'PATCH', '/v1/workspace', { name: 'Real' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().name).toBe('Real');

    const me = await testApp().app.inject({
      method: 'GET',
      url: '/auth/me',
      headers: { cookie: browser.cookie },
    });
    expect(me.json()).toMatchObject({ user: { role: 'owner' }, csrf_token: browser.csrf });

    const signOut = await asBrowser(browser, 'POST', '/auth/sign-out');
    expect(signOut.statusCode).toBe(204);
    expect(signOut.body).toBe('');
    const meAfter = await testApp().app.inject({
      method: 'GET',
      url: '/auth/me',
      headers: { cookie: browser.cookie },
    });
    expect(meAfter.json()).toEqual({ object: 'session', user: null, csrf_token: null });
    const afterSignOut = await testApp().app.inject({
      method: 'GET',
      url: '/v1/workspace',
      headers: { cookie: browser.cookie },
    });
    expect(afterSignOut.statusCode).toBe(401);
    expect(afterSignOut.json().error.code).toBe('session_invalid');
  });
});

describe('invitations and roles', () => {
  it('lets an invited analyst read but not change anything, and make only a read-only key', async () => {
    const { setupToken } = await dashboardShop();
    const owner = await signUp(uniqueEmail('owner'), setupToken);
    const analystEmail = uniqueEmail('analyst');
    const invited = await asBrowser(owner, 'POST', '/v1/dashboard/invitations', {
      email: analystEmail,
      role: 'analyst',
    });
    expect(invited.statusCode).toBe(201);
    const { token, id } = invited.json();
    const open = await asBrowser(owner, 'GET', '/v1/dashboard/invitations');
    expect(open.json().data.map((i: { id: string }) => i.id)).toEqual([id]);
    expect(open.json().data[0]).not.toHaveProperty('token');

    const accepted = await testApp().app.inject({
      method: 'POST',
      url: '/auth/invitations/accept',
      payload: { token, password },
    });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json().user).toMatchObject({ email: analystEmail, role: 'analyst' });
    const again = await testApp().app.inject({
      method: 'POST',
      url: '/auth/invitations/accept',
      payload: { token, password },
    });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe('invitation_invalid');

    const analyst = browserOf(accepted);
    expect((await asBrowser(analyst, 'GET', '/v1/workspace')).statusCode).toBe(200);
    const change = await asBrowser(analyst, 'PATCH', '/v1/workspace', { name: 'Nope' });
    expect(change.statusCode).toBe(403);
    expect(change.json().error.code).toBe('role_forbidden');
    const key = await asBrowser(analyst, 'POST', '/v1/api_keys', { name: 'mine' });
    expect(key.json()).toMatchObject({ role: 'analyst' });
    const adminKey = await asBrowser(analyst, 'POST', '/v1/api_keys', { name: 'mine', role: 'admin' });
    expect(adminKey.statusCode).toBe(403);

    const users = await asBrowser(owner, 'GET', '/v1/dashboard/users');
    expect(users.json().data.map((u: { role: string }) => u.role)).toEqual(['owner', 'analyst']);
  });

  it('keeps the last owner and lets a promoted admin change settings at once', async () => {
    const { setupToken } = await dashboardShop();
    const owner = await signUp(uniqueEmail('owner'), setupToken);
    const me = (await asBrowser(owner, 'GET', '/auth/me')).json();
    const demote = await asBrowser(owner, 'PATCH', `/v1/dashboard/users/${me.user.id}`, { role: 'admin' });
    expect(demote.statusCode).toBe(422);
    expect(demote.json().error.code).toBe('last_owner');

    const invitation = (
      await asBrowser(owner, 'POST', '/v1/dashboard/invitations', {
        email: uniqueEmail('a'),
        role: 'analyst',
      })
    ).json();
    const analyst = browserOf(
      await testApp().app.inject({
        method: 'POST',
        url: '/auth/invitations/accept',
        payload: { token: invitation.token, password },
      }),
    );
    const analystId = (await asBrowser(analyst, 'GET', '/auth/me')).json().user.id;
    const promoted = await asBrowser(owner, 'PATCH', `/v1/dashboard/users/${analystId}`, { role: 'admin' });
    expect(promoted.json().role).toBe('admin');
    expect((await asBrowser(analyst, 'PATCH', '/v1/workspace', { name: 'By admin' })).statusCode).toBe(200);
    const ownerInvite = await asBrowser(analyst, 'POST', '/v1/dashboard/invitations', {
      email: uniqueEmail('o'),
      role: 'owner',
    });
    expect(ownerInvite.statusCode).toBe(403);

    const removed = await asBrowser(owner, 'DELETE', `/v1/dashboard/users/${analystId}`);
    expect(removed.statusCode).toBe(200);
    expect((await asBrowser(analyst, 'GET', '/v1/workspace')).statusCode).toBe(401);
  });

  it('revokes an open invitation, answering 204 without a body', async () => {
    const { setupToken } = await dashboardShop();
    const owner = await signUp(uniqueEmail('owner'), setupToken);
    const { id } = (
      await asBrowser(owner, 'POST', '/v1/dashboard/invitations', { email: uniqueEmail('r'), role: 'admin' })
    ).json();
    const revoked = await asBrowser(owner, 'DELETE', `/v1/dashboard/invitations/${id}`);
    expect(revoked.statusCode).toBe(204);
    expect(revoked.body).toBe('');
    expect((await asBrowser(owner, 'GET', '/v1/dashboard/invitations')).json().data).toEqual([]);
  });
});
