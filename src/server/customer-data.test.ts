import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { dayMs } from '../core/time.js';
import type { Database } from '../db/connection.js';
import { createTestApp, createTestShop, openTestDatabase, type TestApp } from '../testing/index.js';
import { appendEvents, drainConsumers } from '../modules/events/index.js';
import { consumers } from './consumers.js';

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

describe("every module's part of a customer", () => {
  it('shows orders and analytics on the profile and in the export', async () => {
    const shop = await createTestShop(testApp);
    // Yesterday: a one-order customer is 'new' until their own rhythm says they are overdue.
    const at = new Date(Date.now() - dayMs);
    await appendEvents(database.db, shop.workspace.id, [
      {
        messageId: 'i1',
        type: 'identify',
        userId: 'mai',
        traits: { email: 'mai@example.com' },
        occurredAt: at,
        receivedAt: at,
      },
      {
        messageId: 'o1',
        type: 'track',
        name: 'Order Completed',
        userId: 'mai',
        properties: { order_id: 'A-1', total: 25.5, currency: 'USD' },
        occurredAt: at,
        receivedAt: at,
      },
    ]);
    await drainConsumers(database.db, consumers);

    const profile = (await shop.request({ method: 'GET', url: '/v1/customers/mai' })).json();
    expect(profile.orders).toMatchObject({ count: 1 });
    expect(profile.analytics).toMatchObject({ stage: 'new' });

    const exported = (await shop.request({ method: 'GET', url: '/v1/customers/mai/export' })).json();
    expect(Object.keys(exported.modules)).toEqual(expect.arrayContaining(['orders', 'analytics']));
    expect(exported.modules.analytics.scores).toMatchObject({ stage: 'new' });
  });

  it("exports the points ledger and forgets loyalty's copy of traits on erasure", async () => {
    const shop = await createTestShop(testApp);
    await shop.request({
      method: 'PUT',
      url: '/v1/loyalty/program',
      payload: { earn_points: 1, earn_per_amount_minor: 100, pending_days: 0 },
    });
    const at = new Date(Date.now() - dayMs);
    await appendEvents(database.db, shop.workspace.id, [
      {
        messageId: 'i2',
        type: 'identify',
        userId: 'binh',
        traits: { email: 'binh@example.com', birthday: '1990-07-14', plan: 'member' },
        occurredAt: at,
        receivedAt: at,
      },
      {
        messageId: 'o2',
        type: 'track',
        name: 'Order Completed',
        userId: 'binh',
        properties: { order_id: 'B-1', total: 42, currency: 'USD' },
        occurredAt: at,
        receivedAt: at,
      },
    ]);
    await drainConsumers(database.db, consumers);

    const profile = (await shop.request({ method: 'GET', url: '/v1/customers/binh' })).json();
    expect(profile.loyalty).toEqual({ points: 42, pending: 0, tier: null });
    const exported = (await shop.request({ method: 'GET', url: '/v1/customers/binh/export' })).json();
    expect(exported.modules.loyalty.status.points.balance).toBe(42);
    expect(
      exported.modules.loyalty.points_transactions.map((entry: { points: number }) => entry.points),
    ).toContain(42);

    const erased = (await shop.request({ method: 'DELETE', url: '/v1/customers/binh' })).json();
    expect(erased.erased['loyalty.profiles_cleared']).toBe(1);
    const after = await database.db.execute(
      sql`select traits, month_day from loyalty_profiles where workspace_id = ${shop.workspace.id}`,
    );
    expect((after as unknown as { rows: unknown[] }).rows).toEqual([{ traits: {}, month_day: null }]);
  });
});
