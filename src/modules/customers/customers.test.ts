import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connection.js';
import {
  createTestApp,
  createTestShop,
  identify,
  ingest,
  openTestDatabase,
  type TestApp,
  type TestShop,
  track,
} from '../../testing/index.js';
import { identityLengthMax, pathParamLengthMax } from '../../core/limits.js';
import type { NewEvent } from '../events/index.js';

let database: Database;
let testApp: TestApp;
beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await createTestApp(database);
});
afterAll(async () => {
  await testApp.app.close();
  await database.close();
});

const send = (shop: TestShop, events: NewEvent[]) => ingest(database.db, shop.workspace.id, events);
const get = async (shop: TestShop, url: string) => {
  const response = await shop.request({ method: 'GET', url });
  return { status: response.statusCode, body: response.json() };
};
const day = (n: number) => new Date(Date.UTC(2026, 0, n, 12));

describe("a customer by the shop's own userId", () => {
  it('is found for the longest userId ingestion accepts, percent-encoded Thai, and a longer path is a 414', async () => {
    const shop = await createTestShop(testApp);
    const userId = 'ก'.repeat(identityLengthMax);
    await send(shop, [identify({ userId, occurredAt: day(2), traits: { email: 'long@example.com' } })]);
    const found = await get(shop, `/v1/customers/${encodeURIComponent(userId)}`);
    expect(found).toMatchObject({ status: 200, body: { user_id: userId, email: 'long@example.com' } });
    const tooLong = await shop.request({
      method: 'DELETE',
      url: `/v1/customers/${'a'.repeat(pathParamLengthMax + 1)}`,
    });
    expect(tooLong.statusCode).toBe(414);
    expect(tooLong.json().error).toMatchObject({ code: 'url_too_long' });
  });
});

describe('customers projection', () => {
  it('builds a profile from identify: valid traits kept, invalid ones ignored, seen times tracked', async () => {
    const shop = await createTestShop(testApp);
    await send(shop, [
      identify({
        userId: 'u1',
        occurredAt: day(2),
        traits: {
          email: 'Lan@Example.com',
          first_name: 'Lan',
          lastName: 'Nguyễn',
          timezone: 'Not/AZone',
          locale: 'vi-vn',
          birthday: '1991-07-15',
          plan: 'gold',
        },
      }),
      track('Product Viewed', { userId: 'u1', occurredAt: day(5) }),
      identify({
        userId: 'u1',
        occurredAt: day(1),
        traits: { email: 'older@example.com', plan: 'free', vip: true },
      }),
    ]);
    const { status, body } = await get(shop, '/v1/customers/u1');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      object: 'customer',
      user_id: 'u1',
      email: 'lan@example.com',
      first_name: 'Lan',
      last_name: 'Nguyễn',
      name: null,
      timezone: null,
      locale: 'vi-VN',
      birthday: '1991-07-15',
      traits: { plan: 'gold', vip: true },
      first_seen: day(1).toISOString(),
      last_seen: day(5).toISOString(),
      erased_at: null,
      identities: { userIds: ['u1'], anonymousIds: [] },
      orders: { count: 0, currency: 'USD', revenue_minor: 0, refunded_minor: 0, currency_mismatch_count: 0 },
    });
    expect(body.id).toMatch(/^cus_/);
    expect((await get(shop, `/v1/customers/${body.id}`)).body.email).toBe('lan@example.com');
  });

  it('merges anonymous browsing into the known customer when identify carries both ids', async () => {
    const shop = await createTestShop(testApp);
    await send(shop, [
      identify({ userId: 'u2', occurredAt: day(1), traits: { email: 'mai@example.com', plan: 'gold' } }),
      track('Page Viewed', { anonymousId: 'anon-2', occurredAt: day(3) }),
      identify({
        anonymousId: 'anon-2',
        occurredAt: day(3),
        traits: { plan: 'trial', phone: '+84 90 1234' },
      }),
      track('Product Viewed', { anonymousId: 'anon-2', occurredAt: day(4) }),
    ]);
    expect((await get(shop, '/v1/customers?limit=10')).body.data).toHaveLength(2);
    await send(shop, [identify({ userId: 'u2', anonymousId: 'anon-2', occurredAt: day(6) })]);
    await send(shop, [track('Cart Viewed', { anonymousId: 'anon-2', occurredAt: day(7) })]);

    const list = (await get(shop, '/v1/customers?limit=10')).body;
    expect(list.data).toHaveLength(1);
    const customer = (await get(shop, '/v1/customers/u2')).body;
    expect(customer).toMatchObject({
      email: 'mai@example.com',
      phone: '+84 90 1234',
      traits: { plan: 'gold' },
      first_seen: day(1).toISOString(),
      last_seen: day(7).toISOString(),
      identities: { userIds: ['u2'], anonymousIds: ['anon-2'] },
    });
    const events = (await get(shop, `/v1/customers/${customer.id}/events?limit=100`)).body;
    expect(events.data.map((e: { name: string | null; type: string }) => e.name ?? e.type)).toEqual([
      'Cart Viewed',
      'Customers Merged',
      'identify',
      'Product Viewed',
      'identify',
      'Page Viewed',
      'identify',
    ]);
    expect(events.has_more).toBe(false);
  });

  it('merges on alias (userId + previousId) and emits Customers Merged once', async () => {
    const shop = await createTestShop(testApp);
    await send(shop, [
      identify({ userId: 'u3', occurredAt: day(1) }),
      track('Page Viewed', { anonymousId: 'anon-3', occurredAt: day(2) }),
      { ...identify({ userId: 'u3', occurredAt: day(3) }), type: 'alias', previousId: 'anon-3' },
    ]);
    const customer = (await get(shop, '/v1/customers/u3')).body;
    const events = (await get(shop, `/v1/customers/${customer.id}/events`)).body.data;
    expect(events.map((e: { type: string; name: string | null }) => e.name ?? e.type)).toEqual([
      'Customers Merged',
      'alias',
      'Page Viewed',
      'identify',
    ]);
    const merged = events[0];
    expect(merged.source).toBe('retain');
    expect(merged.properties.into_customer_id).toBe(customer.id);
    expect(merged.message_id).toBe(`retain:customers-merged:${merged.properties.from_customer_id}`);
    const tombstone = await get(shop, `/v1/customers/${merged.properties.from_customer_id}`);
    expect(tombstone.body.id).toBe(customer.id);
  });

  it('keeps two accounts apart when they share a device', async () => {
    const shop = await createTestShop(testApp);
    await send(shop, [
      identify({ userId: 'alice', anonymousId: 'device', occurredAt: day(1) }),
      identify({ userId: 'bob', occurredAt: day(2) }),
      identify({ userId: 'bob', anonymousId: 'device', occurredAt: day(3) }),
    ]);
    expect((await get(shop, '/v1/customers?limit=10')).body.data).toHaveLength(2);
    // A userId never seen before, on a device already signed in as alice, is someone new too.
    await send(shop, [
      identify({ userId: 'carol', anonymousId: 'device', occurredAt: day(4), traits: { name: 'Carol' } }),
    ]);
    expect((await get(shop, '/v1/customers?limit=10')).body.data).toHaveLength(3);
    expect((await get(shop, '/v1/customers/carol')).body.identities).toEqual({
      userIds: ['carol'],
      anonymousIds: [],
    });
    expect((await get(shop, '/v1/customers/alice')).body).toMatchObject({
      name: null,
      identities: { userIds: ['alice'], anonymousIds: ['device'] },
    });
  });

  it('answers 404 in the error shape for an unknown customer', async () => {
    const shop = await createTestShop(testApp);
    for (const url of [
      '/v1/customers/cus_nope',
      '/v1/customers/nobody/events',
      '/v1/customers/nobody/export',
    ]) {
      const response = await get(shop, url);
      expect(response.status).toBe(404);
      expect(response.body.error).toMatchObject({
        type: 'not_found_error',
        code: 'resource_missing',
        param: 'id',
      });
    }
    const response = await shop.request({ method: 'DELETE', url: '/v1/customers/nobody' });
    expect(response.json()).toEqual({
      error: {
        type: 'not_found_error',
        code: 'resource_missing',
        message: "No customer with id 'nobody'.",
        param: 'id',
      },
    });
  });
});

describe('GET /v1/customers/{id}/events', () => {
  it('pages newest first without gaps or repeats, ties in time broken by id', async () => {
    const shop = await createTestShop(testApp);
    const sameTime = day(9);
    await send(shop, [
      ...Array.from({ length: 7 }, (_, i) =>
        track(`Same ${i}`, { anonymousId: 'pager', occurredAt: sameTime }),
      ),
      ...Array.from({ length: 5 }, (_, i) =>
        track(`Day ${i}`, { userId: 'pager-u', occurredAt: day(10 + i) }),
      ),
      identify({ userId: 'pager-u', anonymousId: 'pager', occurredAt: day(8) }),
    ]);
    const ids: string[] = [];
    const names: string[] = [];
    let after = '';
    for (let page = 0; page < 10; page++) {
      const { body } = await get(shop, `/v1/customers/pager-u/events?limit=4${after}`);
      ids.push(...body.data.map((e: { id: string }) => e.id));
      names.push(...body.data.map((e: { name: string | null; type: string }) => e.name ?? e.type));
      if (!body.has_more) break;
      after = `&starting_after=${body.data.at(-1).id}`;
    }
    expect(new Set(ids).size).toBe(14);
    expect(names).toEqual([
      'Day 4',
      'Day 3',
      'Day 2',
      'Day 1',
      'Day 0',
      ...[6, 5, 4, 3, 2, 1, 0].map((i) => `Same ${i}`),
      'Customers Merged',
      'identify',
    ]);
  });
});

describe('GET /v1/customers', () => {
  it('pages through every customer exactly once, newest first', async () => {
    const shop = await createTestShop(testApp);
    await send(
      shop,
      Array.from({ length: 23 }, (_, i) => identify({ userId: `p${i}` })),
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { body } = await get(shop, `/v1/customers?limit=5${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...body.data.map((c: { id: string }) => c.id));
      expect(body.total_count).toBe(23);
      cursor = body.next_cursor;
      if (!body.has_more) break;
    }
    expect(seen).toHaveLength(23);
    expect(new Set(seen).size).toBe(23);
    expect([...seen].sort().reverse()).toEqual(seen);
  });
});
