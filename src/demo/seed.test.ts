import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryOne, type Database } from '../db/connection.js';
import { openTestDatabase } from '../testing/index.js';
import { drainConsumers } from '../modules/events/index.js';
import { createWorkspace, getWorkspace } from '../modules/workspaces/index.js';
import { consumers } from '../server/consumers.js';
import { configureDemoLoyalty, demoApi, demoRedemptions, settleDemoLedger } from './loyalty.js';
import { appendDemoEvents, demoMarker, prepareDemoWorkspace } from './seed.js';
import { simulateShop } from './simulate.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

describe('seeding the demo shop', () => {
  it(
    'lands its customers, orders and refunds in the projections through the log',
    { timeout: 300_000 },
    async () => {
      const { db } = database;
      const { id: ws } = await createWorkspace(db);
      const options = {
        customers: 300,
        seed: 11,
        currency: 'THB' as const,
        today: new Date('2026-11-22T10:00:00Z'),
      };
      const shop = simulateShop(options);
      await prepareDemoWorkspace(db, ws, shop, options);
      const api = await demoApi(database, ws, () => options.today);
      const { rewards } = await configureDemoLoyalty(api, 'THB');
      await appendDemoEvents(db, ws, shop);
      await drainConsumers(db, consumers);
      const settled = await settleDemoLedger(db, ws, options.today);
      const { redeemed, refusals } = await demoRedemptions(api, db, ws, rewards, 20);
      await drainConsumers(db, consumers);

      expect(await getWorkspace(db, ws)).toMatchObject({
        name: 'Baan Dee',
        currency: 'THB',
        timezone: 'Asia/Bangkok',
        locale: 'th-TH',
      });
      expect(await demoMarker(db, ws)).toMatchObject({
        seed: 11,
        customers: 300,
        currency: 'THB',
        status: 'seeding',
      });
      const counts = await queryOne<Record<string, number>>(
        db,
        sql`select
            (select count(*)::int from events where workspace_id = ${ws} and source = 'demo') as events,
            (select count(*)::int from customers where workspace_id = ${ws}) as customers,
            (select count(*)::int from orders where workspace_id = ${ws}) as orders,
            (select count(distinct customer_id)::int from orders where workspace_id = ${ws}) as buyers,
            (select count(*)::int from orders where workspace_id = ${ws} and status = 'refunded') as full_refunds,
            (select count(*)::int from orders where workspace_id = ${ws} and status = 'partially_refunded') as partial_refunds,
            (select count(*)::int from orders where workspace_id = ${ws} and currency_mismatch) as mismatched`,
      );
      const { stats } = shop;
      expect(counts).toEqual({
        events: shop.events.length,
        customers: stats.customers,
        orders: stats.orders,
        buyers: stats.buyers,
        full_refunds: stats.fullRefunds,
        partial_refunds: stats.partialRefunds,
        mismatched: 0,
      });
      const revenue = shop.events
        .filter((e) => e.name === 'Order Completed')
        .reduce((sum, e) => sum + Math.round((e.properties!.total as number) * 100), 0);
      const stored = await queryOne<{ satang: number }>(
        db,
        sql`select sum(total_minor)::int as satang from orders where workspace_id = ${ws}`,
      );
      expect(stored!.satang).toBe(revenue);

      const tiers = await api.call<{ data: { name: string }[] }>('GET', '/v1/loyalty/tiers');
      expect(tiers.data.map((tier) => tier.name)).toEqual(['Silver', 'Gold', 'Platinum']);
      // Settling posts every lot past its return window, however many sweeps that takes.
      expect(settled.posted).toBeGreaterThan(0);
      const overdue = await queryOne<{ n: number }>(
        db,
        sql`select count(*)::int as n from points_lots where workspace_id = ${ws}
            and state = 'pending' and remaining > 0 and pending_until <= ${options.today}`,
      );
      expect(overdue!.n).toBe(0);
      expect(refusals).toEqual([]);
      expect(redeemed).toBeGreaterThan(0);
      const redemptions = await queryOne<{ n: number }>(
        db,
        sql`select count(*)::int as n from events where workspace_id = ${ws} and source <> 'demo' and name = 'Reward Redeemed'`,
      );
      expect(redemptions!.n).toBe(redeemed);
      await api.close();
    },
  );
});
