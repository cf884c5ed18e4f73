import { randomBytes } from 'node:crypto';
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

// Unique per run, so a hit anywhere in the database can only be this person's.
const tag = randomBytes(4).toString('hex');
const person = {
  email: `mai.${tag}@example.com`,
  phone: `+84 9${parseInt(tag, 16) % 1_000_000}`.padEnd(11, '7'),
  firstName: 'Mai',
  lastName: `Trần${tag}`,
  get name() {
    return `${this.firstName} ${this.lastName}`;
  },
};

async function shopWithPerson(): Promise<TestShop> {
  const shop = await createTestShop(testApp);
  const { email, phone, name } = person;
  const address = { address1: '12 Lê Lợi', city: 'Huế' };
  await ingest(database.db, shop.workspace.id, [
    track('Page Viewed', {
      anonymousId: 'anon-mai',
      properties: { url: `https://shop.example/checkout?email=${email}` },
    }),
    identify({
      userId: email,
      anonymousId: 'anon-mai',
      traits: { email, phone, name, first_name: person.firstName, last_name: person.lastName, address },
    }),
    track('Checkout Started', {
      userId: email,
      properties: {
        customer_email: email,
        shipping_address: address,
        billing_name: name,
        contact_phone: phone,
        mobilePhone: phone,
        note: `Call ${phone} before delivery`,
        products: [{ product_id: 'g1', name: `Gift card for ${email}`, price: 50 }],
      },
    }),
    track('Order Completed', {
      userId: email,
      properties: { order_id: `M-${tag}`, total: 50, email, products: [{ product_id: 'g1', price: 50 }] },
    }),
  ]);
  return shop;
}

/** Every row of every table whose text, varchar, json or jsonb columns hold `needle`. */
async function everywhere(needle: string): Promise<string[]> {
  const columns = await queryRows<{ table_name: string; column_name: string }>(
    database.db,
    sql`select c.table_name, c.column_name from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
        where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
          and c.data_type in ('text', 'character varying', 'json', 'jsonb', 'ARRAY')`,
  );
  const hits: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const rows = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from ${sql.identifier(table)}
          where ${sql.identifier(column)}::text ilike ${`%${needle}%`}`,
    );
    if (rows[0]!.n > 0) hits.push(`${table}.${column}`);
  }
  return hits;
}

describe('erasure (trust #15.6)', () => {
  it('leaves no email, phone or name of the person in any table', async () => {
    const shop = await shopWithPerson();
    const before = await shop.request({ method: 'GET', url: `/v1/customers/${person.email}` });
    expect(before.json()).toMatchObject({ email: person.email, loyalty: { points: 50 } });
    expect(await everywhere(person.email)).not.toEqual([]);

    const erased = await shop.request({ method: 'DELETE', url: `/v1/customers/${person.email}` });
    expect(erased.statusCode).toBe(200);

    for (const secret of [person.email, person.phone, person.name, person.lastName]) {
      expect({ secret, tables: await everywhere(secret) }).toEqual({ secret, tables: [] });
    }
    const amounts = await shop.request({ method: 'GET', url: `/v1/customers/${before.json().id}` });
    expect(amounts.json()).toMatchObject({ orders: { count: 1, revenue_minor: 5000 } });
  });

  it('exports everything before erasure and nothing after', async () => {
    const shop = await shopWithPerson();
    const id = (await shop.request({ method: 'GET', url: `/v1/customers/${person.email}` })).json().id;
    const before = await shop.request({ method: 'GET', url: `/v1/customers/${id}/export` });
    expect(before.json().events).toHaveLength(4);
    expect(JSON.stringify(before.json())).toContain(person.phone);

    await shop.request({ method: 'DELETE', url: `/v1/customers/${id}` });
    const after = await shop.request({ method: 'GET', url: `/v1/customers/${id}/export` });
    expect(after.statusCode).toBe(404);
  });

  it('treats a later identify with the same email as a new person with no history', async () => {
    const shop = await shopWithPerson();
    const old = (await shop.request({ method: 'GET', url: `/v1/customers/${person.email}` })).json();
    await shop.request({ method: 'DELETE', url: `/v1/customers/${old.id}` });

    await ingest(database.db, shop.workspace.id, [
      identify({
        userId: person.email,
        anonymousId: 'anon-mai',
        traits: { email: person.email, plan: 'gold' },
        occurredAt: new Date(Date.now() + 60_000),
      }),
    ]);
    const fresh = (await shop.request({ method: 'GET', url: `/v1/customers/${person.email}` })).json();
    expect(fresh.id).not.toBe(old.id);
    expect(fresh).toMatchObject({ email: person.email, orders: { count: 0 }, loyalty: { points: 0 } });
    const events = (await shop.request({ method: 'GET', url: `/v1/customers/${fresh.id}/events` })).json();
    expect(events.data).toHaveLength(1);

    const erased = (await shop.request({ method: 'GET', url: `/v1/customers/${old.id}` })).json();
    expect(erased).toMatchObject({ email: null, traits: {}, identities: { userIds: [], anonymousIds: [] } });
    expect(erased.loyalty.points).toBe(50);
  });

  it('scrubs an event from before the erasure that arrives after it, as the erasure scrubbed the rest', async () => {
    const shop = await shopWithPerson();
    const ws = shop.workspace.id;
    const old = (await shop.request({ method: 'GET', url: `/v1/customers/${person.email}` })).json();
    await shop.request({ method: 'DELETE', url: `/v1/customers/${old.id}` });
    const { email, phone, name } = person;
    const late = [
      identify({
        userId: email,
        anonymousId: 'anon-mai-phone',
        traits: { email, phone, name, plan: 'gold' },
        context: { ip: '203.0.113.9', page: { url: `https://shop.example/account?email=${email}` } },
      }),
      track('Checkout Started', {
        userId: email,
        properties: {
          customer_email: email,
          note: `Call ${phone} before delivery`,
          url: `https://shop.example/checkout?email=${encodeURIComponent(email)}`,
          products: [{ product_id: 'g2', name: `Gift card for ${email}`, price: 20 }],
          coupon: 'TET2026',
        },
        context: { traits: { email, phone } },
      }),
      track('Order Completed', { userId: email, properties: { order_id: `S-${tag}`, total: 7 } }),
    ];
    const laterStill = identify({
      userId: email,
      traits: { email },
      occurredAt: new Date(Date.now() + 60_000),
    });
    await ingest(database.db, ws, [...late, laterStill]);

    const rows = await queryRows<{
      message_id: string;
      user_id: string | null;
      anonymous_id: string | null;
      properties: object;
      traits: object;
      context: object;
    }>(
      database.db,
      sql`select message_id, user_id, anonymous_id, properties, traits, context from events
          where workspace_id = ${ws} and message_id in (${late[0]!.messageId}, ${late[1]!.messageId})
          order by message_id = ${late[0]!.messageId} desc`,
    );
    expect(rows).toHaveLength(2);
    const pseudonym = expect.stringMatching(/^erased_[0-9a-f]{24}$/);
    expect(rows[0]).toMatchObject({ user_id: pseudonym, anonymous_id: pseudonym, traits: {} });
    expect(rows[0]!.context).toEqual({ page: { url: '[erased]' } });
    expect(rows[1]).toMatchObject({
      user_id: pseudonym,
      anonymous_id: null,
      traits: {},
      properties: {
        note: '[erased]',
        url: '[erased]',
        products: [{ product_id: 'g2', name: '[erased]', price: 20 }],
        coupon: 'TET2026',
      },
      context: {},
    });
    for (const secret of [email, phone, name, 'anon-mai-phone'])
      expect(JSON.stringify(rows)).not.toContain(secret);

    // They joined the empty erased profile, the order too, though the orders consumer read it with
    // the pseudonym for its userId; an event from after the erasure is a new person's, kept.
    expect(rows[0]!.user_id).toBe(rows[1]!.user_id);
    const erased = (await shop.request({ method: 'GET', url: `/v1/customers/${old.id}` })).json();
    expect(erased).toMatchObject({
      email: null,
      traits: {},
      identities: { userIds: [], anonymousIds: [] },
      orders: { count: 2 },
    });
    const fresh = (await shop.request({ method: 'GET', url: `/v1/customers/${email}` })).json();
    expect(fresh.id).not.toBe(old.id);
    expect(fresh.email).toBe(email);
    const profiles = await queryRows(
      database.db,
      sql`select id from customers where workspace_id = ${ws} and external_id like 'erased_%'`,
    );
    expect(profiles).toEqual([]);
  });

  it('lets an event from before the erasure, delivered after it, join the empty erased profile', async () => {
    const shop = await shopWithPerson();
    const old = (await shop.request({ method: 'GET', url: `/v1/customers/${person.email}` })).json();
    await shop.request({ method: 'DELETE', url: `/v1/customers/${old.id}` });

    await ingest(database.db, shop.workspace.id, [
      identify({ userId: person.email, traits: { email: person.email } }),
      track('Order Completed', { userId: person.email, properties: { order_id: `L-${tag}`, total: 5 } }),
    ]);
    expect((await shop.request({ method: 'GET', url: `/v1/customers/${person.email}` })).statusCode).toBe(
      404,
    );
    const erased = (await shop.request({ method: 'GET', url: `/v1/customers/${old.id}` })).json();
    expect(erased).toMatchObject({ email: null, identities: { userIds: [], anonymousIds: [] } });
    expect(erased.orders.count).toBe(2);
    const loyalty = await queryRows<{ traits: object }>(
      database.db,
      sql`select traits from loyalty_profiles where workspace_id = ${shop.workspace.id} and customer_id = ${old.id}`,
    );
    expect(loyalty.map((row) => row.traits)).toEqual([{}]);
  });
});
