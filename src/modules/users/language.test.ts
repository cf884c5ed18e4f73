import { describe, expect, it } from 'vitest';
import {
  browserOf,
  createTestShop,
  password,
  uniqueEmail,
  useTestApp,
  type Browser,
} from '../../testing/index.js';
import { issueSetupToken } from './setup-tokens.js';

const testApp = useTestApp();

/** A fresh shop the dashboard signs into, and its setup token. */
async function newShop(): Promise<string> {
  const shop = await createTestShop(testApp());
  testApp().ctx.defaultWorkspaceId = shop.workspace.id;
  return (await issueSetupToken(testApp().ctx.db, shop.workspace.id, new Date()))!;
}

function post(url: string, payload: object) {
  return testApp().app.inject({ method: 'POST', url, payload });
}

function me(browser: Browser, payload?: object, csrf = browser.csrf) {
  return testApp().app.inject({
    method: payload ? 'PATCH' : 'GET',
    url: '/auth/me',
    headers: { cookie: browser.cookie, 'x-retain-csrf': csrf },
    ...(payload ? { payload } : {}),
  });
}

describe("the dashboard user's language", () => {
  it('is the one chosen at sign-up, on every later sign-in', async () => {
    const setupToken = await newShop();
    const email = uniqueEmail('owner');
    const signedUp = await post('/auth/sign-up-owner', {
      email,
      password,
      language: 'vi',
      setup_token: setupToken,
    });
    expect(signedUp.statusCode).toBe(201);
    expect(signedUp.json().user.language).toBe('vi');

    // Another browser: nothing of the first one's storage, only the account.
    const signedIn = await post('/auth/sign-in', { email, password });
    expect(signedIn.json().user.language).toBe('vi');
    expect((await me(browserOf(signedIn))).json().user.language).toBe('vi');
  });

  it('refuses an unknown language at sign-up naming it, creating no account', async () => {
    const setupToken = await newShop();
    const refused = await post('/auth/sign-up-owner', {
      email: uniqueEmail('owner'),
      password,
      language: 'fr',
      setup_token: setupToken,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ code: 'parameter_invalid', param: 'language' });
    expect(refused.json().error.message).toBe("'fr' is not a dashboard language: one of en, vi, th, ja.");
    expect((await testApp().app.inject({ method: 'GET', url: '/auth/setup' })).json()).toEqual({
      needs_owner: true,
    });
  });

  it('is null until chosen, then changed by the signed-in person with the CSRF token', async () => {
    const setupToken = await newShop();
    const email = uniqueEmail('owner');
    const owner = browserOf(await post('/auth/sign-up-owner', { email, password, setup_token: setupToken }));
    expect((await me(owner)).json().user.language).toBeNull();

    const changed = await me(owner, { language: 'th' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ user: { language: 'th' }, csrf_token: owner.csrf });

    const unknown = await me(owner, { language: 'english' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'parameter_invalid', param: 'language' });
    const forged = await me(owner, { language: 'ja' }, 'not-the-token');
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('csrf_token_invalid');

    const later = browserOf(await post('/auth/sign-in', { email, password }));
    expect((await me(later)).json().user.language).toBe('th');
  });

  it('is the one chosen when accepting an invitation', async () => {
    const setupToken = await newShop();
    const owner = browserOf(
      await post('/auth/sign-up-owner', { email: uniqueEmail('owner'), password, setup_token: setupToken }),
    );
    const invitation = await testApp().app.inject({
      method: 'POST',
      url: '/v1/dashboard/invitations',
      headers: { cookie: owner.cookie, 'x-retain-csrf': owner.csrf },
      payload: { email: uniqueEmail('analyst'), role: 'analyst' },
    });
    const accepted = await post('/auth/invitations/accept', {
      token: invitation.json().token,
      password,
      language: 'ja',
    });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json().user.language).toBe('ja');
  });
});
