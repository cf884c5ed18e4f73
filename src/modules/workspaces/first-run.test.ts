import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createTestShop, ingest, track, useTestApp } from '../../testing/index.js';
import { createApiKey } from '../auth/index.js';
import { createWorkspace } from './workspaces.js';

const testApp = useTestApp();

interface Shop {
  workspaceId: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

/** A shop as its first start makes it (ensureDefaultWorkspace): the defaults, not onboarded, no orders. */
async function newShop(): Promise<Shop> {
  const { db } = testApp().ctx;
  const workspace = await createWorkspace(db, {}, { onboarded: false });
  const secretKey = (await createApiKey(db, workspace.id)).key;
  return {
    workspaceId: workspace.id,
    request: (options) =>
      testApp().app.inject({ ...options, headers: { authorization: `Bearer ${secretKey}` } }),
  };
}

const get = async (shop: Pick<Shop, 'request'>) =>
  (await shop.request({ method: 'GET', url: '/v1/workspace' })).json();
const patch = (shop: Shop, payload: object) =>
  shop.request({ method: 'PATCH', url: '/v1/workspace', payload });

describe('first run of a new shop', () => {
  it('starts not onboarded with the defaults, and is onboarded once the owner chooses', async () => {
    const shop = await newShop();
    expect(await get(shop)).toMatchObject({
      name: 'My shop',
      currency: 'USD',
      timezone: 'UTC',
      locale: 'en',
      onboarded: null,
      currency_locked: false,
    });
    const renamed = await patch(shop, { name: 'Cà phê Sáng' });
    expect(renamed.json().onboarded).toBeNull();

    const chosen = await patch(shop, {
      name: 'Cà phê Sáng',
      currency: 'VND',
      timezone: 'Asia/Ho_Chi_Minh',
      locale: 'vi-VN',
    });
    expect(chosen.statusCode).toBe(200);
    const onboarded = chosen.json().onboarded;
    expect(Date.parse(onboarded)).not.toBeNaN();
    expect(await get(shop)).toMatchObject({ currency: 'VND', locale: 'vi-VN', onboarded });

    // A later change in settings keeps the first run's time.
    const later = await patch(shop, { timezone: 'Asia/Bangkok' });
    expect(later.json()).toMatchObject({ timezone: 'Asia/Bangkok', onboarded });
  });

  it.each([
    [{ currency: 'VNX' }, 'currency', "'VNX' is not an ISO 4217 currency code."],
    [{ timezone: 'Asia/Saigon City' }, 'timezone', "'Asia/Saigon City' is not an IANA time zone"],
    [{ locale: 'xx-YY' }, 'locale', "'xx-YY' is not a BCP 47 locale of a known language"],
    [{ locale: 'not a locale' }, 'locale', "'not a locale' is not a BCP 47 locale"],
  ])('refuses %j naming the field, and changes nothing', async (bad, param, message) => {
    const shop = await newShop();
    const good = { name: 'ร้านกาแฟ', currency: 'THB', timezone: 'Asia/Bangkok', locale: 'th-TH' };
    const refused = await patch(shop, { ...good, ...bad });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ code: 'parameter_invalid', param });
    expect(refused.json().error.message).toContain(message);
    expect(await get(shop)).toMatchObject({
      name: 'My shop',
      currency: 'USD',
      timezone: 'UTC',
      locale: 'en',
      onboarded: null,
    });
  });

  it('locks the currency with the first order: 422 currency_locked, the rest still changes', async () => {
    const shop = await newShop();
    await ingest(testApp().ctx.db, shop.workspaceId, [
      track('Order Completed', { userId: 'u-1', properties: { order_id: 'o-1', total: 12.5 } }),
    ]);
    expect(await get(shop)).toMatchObject({ currency: 'USD', currency_locked: true, onboarded: null });

    const refused = await patch(shop, { name: 'Renamed', currency: 'VND', timezone: 'Asia/Ho_Chi_Minh' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({
      type: 'business_rule_error',
      code: 'currency_locked',
      param: 'currency',
    });
    expect(await get(shop)).toMatchObject({ name: 'My shop', currency: 'USD', timezone: 'UTC' });

    // The first run on a shop whose orders came first confirms the currency it has.
    const confirmed = await patch(shop, { currency: 'usd', timezone: 'Asia/Ho_Chi_Minh', locale: 'vi' });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({ currency: 'USD', currency_locked: true });
    expect(confirmed.json().onboarded).not.toBeNull();
  });

  it('counts a workspace made by code as onboarded', async () => {
    const shop = await createTestShop(testApp(), { currency: 'JPY' });
    expect((await get(shop)).onboarded).not.toBeNull();
  });
});
