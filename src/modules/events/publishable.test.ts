import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { queryRows } from '../../db/connection.js';
import { orderEventNames } from '../orders/index.js';
import { createTestShop, type TestShop, useTestApp } from '../../testing/index.js';
import { serverOnlyEvents } from './server-only.js';

const testApp = useTestApp();
const shopOrigin = 'https://shop.example';

async function loggedNames(shop: TestShop): Promise<(string | null)[]> {
  const rows = await queryRows<{ name: string | null }>(
    testApp().ctx.db,
    sql`select name from events where workspace_id = ${shop.workspace.id} order by id`,
  );
  return rows.map((row) => row.name);
}

/** A shop whose storefront at https://shop.example may use its publishable key. */
async function storefront(): Promise<TestShop> {
  const shop = await createTestShop(testApp());
  const patched = await shop.request({
    method: 'PATCH',
    url: '/v1/workspace',
    payload: { allowed_origins: [shopOrigin, 'http://localhost:3000'] },
  });
  expect(patched.statusCode).toBe(200);
  return shop;
}

/** What analytics.js sends: the key in the body, labelled text/plain so the browser asks nothing first. */
function fromAnalyticsJs(url: string, body: Record<string, unknown>, origin = shopOrigin) {
  return testApp().app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'text/plain', origin },
    payload: JSON.stringify(body),
  });
}

const track = (event: string) => ({ event, anonymousId: 'anon-1', properties: {} });
const basic = (key: string) => `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
const preflight = (origin: string): InjectOptions => ({
  method: 'OPTIONS',
  url: '/v1/t',
  headers: {
    origin,
    'access-control-request-method': 'POST',
    'access-control-request-headers': 'content-type',
  },
});

describe('a publishable key', () => {
  it("writes analytics.js's text/plain body with writeKey, on the short path, answering CORS to its origin", async () => {
    const shop = await storefront();
    const answer = await fromAnalyticsJs('/v1/t', {
      ...track('Product Viewed'),
      writeKey: shop.publishableKey,
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['access-control-allow-origin']).toBe(shopOrigin);
    expect(answer.headers.vary).toContain('Origin');
    const batch = await fromAnalyticsJs('/v1/b', {
      writeKey: shop.publishableKey,
      batch: [{ type: 'page', anonymousId: 'anon-1', name: 'Home' }],
    });
    expect(batch.statusCode).toBe(200);
    expect(await loggedNames(shop)).toEqual(['Product Viewed', 'Home']);
  });

  it('writes with Basic and Bearer auth from a server, which sends no Origin', async () => {
    const shop = await createTestShop(testApp());
    for (const authorization of [basic(shop.publishableKey), `Bearer ${shop.publishableKey}`]) {
      const answer = await testApp().app.inject({
        method: 'POST',
        url: '/v1/track',
        headers: { authorization },
        payload: track('Product Viewed'),
      });
      expect(answer.statusCode).toBe(200);
    }
    expect(await loggedNames(shop)).toEqual(['Product Viewed', 'Product Viewed']);
  });

  it('reads nothing', async () => {
    const shop = await createTestShop(testApp());
    const answer = await testApp().app.inject({
      method: 'GET',
      url: '/v1/workspace',
      headers: { authorization: `Bearer ${shop.publishableKey}` },
    });
    expect(answer.statusCode).toBe(403);
    expect(answer.json().error.code).toBe('secret_key_required');
  });

  it('is refused from a browser on an origin the workspace does not allow, and nothing is logged', async () => {
    const shop = await storefront();
    const answer = await fromAnalyticsJs(
      '/v1/track',
      { ...track('Product Viewed'), writeKey: shop.publishableKey },
      'https://evil.example',
    );
    expect(answer.statusCode).toBe(403);
    expect(answer.json().error.code).toBe('origin_not_allowed');
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    expect(await loggedNames(shop)).toEqual([]);
  });

  it('cannot send an order, naming the event; a secret key can', async () => {
    const shop = await storefront();
    const order = { ...track('Order Completed'), properties: { order_id: 'o-1', total: 10 } };
    const single = await fromAnalyticsJs('/v1/track', { ...order, writeKey: shop.publishableKey });
    expect(single.statusCode).toBe(403);
    expect(single.json().error).toMatchObject({ code: 'event_server_only', param: 'event' });
    const batch = await fromAnalyticsJs('/v1/batch', {
      writeKey: shop.publishableKey,
      batch: [
        { ...track('Product Viewed'), type: 'track' },
        { ...order, type: 'track' },
      ],
    });
    expect(batch.json().error).toMatchObject({ code: 'event_server_only', param: 'batch[1].event' });
    expect(await loggedNames(shop)).toEqual([]);
    const server = await shop.request({ method: 'POST', url: '/v1/track', payload: order });
    expect(server.statusCode).toBe(200);
    expect(await loggedNames(shop)).toEqual(['Order Completed']);
  });

  it("keeps every order event the orders module reads among the server's own", () => {
    for (const name of orderEventNames) expect(serverOnlyEvents.has(name)).toBe(true);
  });
});

describe('CORS preflight on the ingestion paths', () => {
  it('answers an origin some workspace allows, cached two hours', async () => {
    await storefront();
    const answer = await testApp().app.inject(preflight(shopOrigin));
    expect(answer.statusCode).toBe(204);
    expect(answer.headers).toMatchObject({
      'access-control-allow-origin': shopOrigin,
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'Content-Type, Authorization',
      'access-control-max-age': '7200',
      vary: 'Origin',
    });
  });

  it('answers any other origin without CORS headers, which the browser takes as no', async () => {
    await storefront();
    const answer = await testApp().app.inject(preflight('https://evil.example'));
    expect(answer.statusCode).toBe(204);
    expect(Object.keys(answer.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });
});
