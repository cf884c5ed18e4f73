import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../../db/connection.js';
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

const personal = {
  traits: { email: 'hoa@example.com', name: 'Phạm Hoa', phone: '+84 91 555', plan: 'gold' },
  context: {
    ip: '203.0.113.9',
    userAgent: 'Mozilla/5.0',
    traits: { email: 'hoa@example.com' },
    locale: 'vi-VN',
  },
};

async function shopWithPerson(): Promise<TestShop> {
  const shop = await createTestShop(testApp);
  await ingest(database.db, shop.workspace.id, [
    track('Page Viewed', { anonymousId: 'visitor', context: personal.context, properties: { path: '/' } }),
    identify({ userId: 'hoa', anonymousId: 'visitor', ...personal }),
    track('Order Completed', {
      userId: 'hoa',
      context: personal.context,
      properties: {
        order_id: 'H-1',
        total: 42.5,
        email: 'hoa@example.com',
        shipping_address: { name: 'Phạm Hoa', city: 'Huế' },
        products: [{ product_id: 'p1', name: 'Nón lá', price: 42.5 }],
      },
    }),
  ]);
  return shop;
}

/** The log rows of one workspace, as stored. */
const logRows = (shop: TestShop) =>
  queryRows<{ properties: object; traits: object; context: object }>(
    database.db,
    sql`select properties, traits, context from events where workspace_id = ${shop.workspace.id} order by id`,
  );

describe('GET /v1/customers/{id}/export', () => {
  it('answers the profile, identities, events and orders of the person', async () => {
    const shop = await shopWithPerson();
    const response = await shop.request({ method: 'GET', url: '/v1/customers/hoa/export' });
    expect(response.statusCode).toBe(200);
    const data = response.json();
    expect(data.object).toBe('customer_export');
    expect(data.customer).toMatchObject({
      email: 'hoa@example.com',
      name: 'Phạm Hoa',
      traits: { plan: 'gold' },
    });
    expect(
      data.identities.map((i: { type: string; value: string }) => `${i.type}:${i.value}`).sort(),
    ).toEqual(['anonymous_id:visitor', 'user_id:hoa']);
    expect(data.events.map((e: { name: string | null; type: string }) => e.name ?? e.type)).toEqual([
      'Order Completed',
      'identify',
      'Page Viewed',
    ]);
    expect(data.events_truncated).toBe(false);
    expect(data.modules.orders).toHaveLength(1);
    expect(data.modules.orders[0]).toMatchObject({
      order_id: 'H-1',
      total_minor: 4250,
      lines: [{ name: 'Nón lá' }],
    });
  });
});

describe('DELETE /v1/customers/{id}', () => {
  it('erases personal data from the profile, the log and the orders, and keeps the amounts', async () => {
    const shop = await shopWithPerson();
    const response = await shop.request({ method: 'DELETE', url: '/v1/customers/hoa' });
    expect(response.statusCode).toBe(200);
    const erasure = response.json();
    expect(erasure).toMatchObject({
      object: 'customer_erasure',
      erased: { profile: 1, events: 3, 'orders.properties_cleared': 1 },
    });

    const customer = (await shop.request({ method: 'GET', url: `/v1/customers/${erasure.customer}` })).json();
    expect(customer).toMatchObject({
      email: null,
      name: null,
      phone: null,
      traits: {},
      erased_at: erasure.erased_at,
      orders: { count: 1, revenue_minor: 4250 },
    });
    const rows = await logRows(shop);
    const stored = JSON.stringify(rows);
    for (const secret of ['hoa@example.com', 'Phạm Hoa', '+84 91 555', '203.0.113.9', 'Mozilla']) {
      expect(stored).not.toContain(secret);
    }
    expect(rows[0]).toEqual({ properties: { path: '/' }, traits: {}, context: { locale: 'vi-VN' } });
    expect(rows[2]!.properties).toEqual({
      order_id: 'H-1',
      total: 42.5,
      shipping_address: { city: 'Huế' },
      products: [{ product_id: 'p1', name: 'Nón lá', price: 42.5 }],
    });
    const order = (await shop.request({ method: 'GET', url: '/v1/orders/H-1' })).json();
    expect(order).toMatchObject({ total_minor: 4250, customer: customer.id, properties: {} });
    expect(order.placed_at).toBeTruthy();

    // Later identifies with the same userId are a new person: the erased profile stays empty.
    await ingest(database.db, shop.workspace.id, [
      identify({ userId: 'hoa', traits: { email: 'again@example.com' } }),
    ]);
    const erased = (await shop.request({ method: 'GET', url: `/v1/customers/${erasure.customer}` })).json();
    expect(erased.email).toBeNull();
  });

  it('is idempotent: erasing twice changes nothing more', async () => {
    const shop = await shopWithPerson();
    const first = (await shop.request({ method: 'DELETE', url: '/v1/customers/hoa' })).json();
    const second = await shop.request({ method: 'DELETE', url: `/v1/customers/${first.customer}` });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toEqual({
      ...first,
      erased: {
        profile: 0,
        events: 0,
        events_pseudonymised: 0,
        identities: 0,
        'orders.properties_cleared': 0,
        'loyalty.profiles_cleared': 0,
        'messages.consents_deleted': 0,
        'messages.consent_changes_deleted': 0,
        'messages.push_subscriptions_deleted': 0,
        'messages.messages_stopped': 0,
        'messages.messages_scrubbed': 0,
        'segments.memberships_closed': 0,
        'journeys.runs_ended': 0,
      },
    });
  });
});
