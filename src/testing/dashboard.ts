import { expect } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createTestShop, type TestApp, type TestShop } from './app.js';
import { issueSetupToken } from '../modules/users/index.js';

export const password = 'correct horse battery';

export interface Browser {
  cookie: string;
  csrf: string;
  userId: string;
}

export function uniqueEmail(who: string): string {
  return `${who}.${Math.random().toString(36).slice(2)}@example.com`;
}

/** Sign-in, sign-up and invitations are rate-limited per address: each call comes from its own. */
function someAddress(): string {
  return `198.18.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;
}

export function browserOf(response: LightMyRequestResponse): Browser {
  expect(response.statusCode, response.body).toBeLessThan(300);
  const setCookie = String(response.headers['set-cookie']);
  const { csrf_token: csrf, user } = response.json();
  return { cookie: setCookie.split(';')[0]!, csrf, userId: user.id };
}

/** The dashboard with a signed-in browser: a fresh shop whose owner signed up with the setup token. */
export interface Dashboard {
  shop: TestShop;
  owner: Browser;
  as(browser: Browser, options: InjectOptions): Promise<LightMyRequestResponse>;
  /** A user invited by the owner with this role, signed in. */
  invite(role: 'owner' | 'admin' | 'analyst'): Promise<Browser>;
  /** A secret key made through the API by this browser's user. */
  keyOf(browser: Browser, role?: string): Promise<string>;
  withKey(key: string, options: InjectOptions): Promise<LightMyRequestResponse>;
}

export async function openDashboard(testApp: TestApp): Promise<Dashboard> {
  const shop = await createTestShop(testApp);
  testApp.ctx.defaultWorkspaceId = shop.workspace.id;
  const setupToken = await issueSetupToken(testApp.ctx.db, shop.workspace.id, new Date());
  const inject = (options: InjectOptions) => testApp.app.inject({ remoteAddress: someAddress(), ...options });
  const owner = browserOf(
    await inject({
      method: 'POST',
      url: '/auth/sign-up-owner',
      payload: { email: uniqueEmail('owner'), password, setup_token: setupToken },
    }),
  );
  const as = (browser: Browser, options: InjectOptions) =>
    inject({
      ...options,
      headers: { cookie: browser.cookie, 'x-retain-csrf': browser.csrf, ...options.headers },
    });
  const withKey = (key: string, options: InjectOptions) =>
    inject({ ...options, headers: { authorization: `Bearer ${key}`, ...options.headers } });
  const invite = async (role: 'owner' | 'admin' | 'analyst') => {
    const invitation = await as(owner, {
      method: 'POST',
      url: '/v1/dashboard/invitations',
      payload: { email: uniqueEmail(role), role },
    });
    const { token } = invitation.json();
    return browserOf(
      await inject({ method: 'POST', url: '/auth/invitations/accept', payload: { token, password } }),
    );
  };
  const keyOf = async (browser: Browser, role?: string) => {
    const created = await as(browser, {
      method: 'POST',
      url: '/v1/api_keys',
      payload: { name: 'made in the dashboard', ...(role ? { role } : {}) },
    });
    expect(created.statusCode, created.body).toBe(201);
    return created.json().key as string;
  };
  return { shop, owner, as, invite, keyOf, withKey };
}
