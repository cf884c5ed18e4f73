import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryOne, type Database } from '../db/connection.js';
import { openTestDatabase } from '../testing/index.js';
import { dayMs } from '../core/time.js';
import { createWorkspace, getWorkspace } from '../modules/workspaces/index.js';
import { replayClock, replayDemoHistory } from './history.js';
import { configureDemoLoyalty, demoApi, seasonStart } from './loyalty.js';
import { demoMarker, prepareDemoWorkspace } from './seed.js';
import { simulateShop } from './simulate.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

describe('seeding the demo shop', () => {
  it(
    'lives its two years through the log: projections, stage history, points and redemptions in their time',
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
      const clock = replayClock(shop.from);
      const api = await demoApi(database, ws, clock.now);
      const { rewards } = await configureDemoLoyalty(api, shop);
      const { settled, redeemed, refusals, recomputes } = await replayDemoHistory(database, ws, shop, {
        api,
        clock,
        rewards,
        redeemersMax: 20,
      });

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

      // Redemptions are spread over the two years, not made on the last day.
      const redeemMonths = await queryOne<{ n: number }>(
        db,
        sql`select count(distinct date_trunc('month', occurred_at))::int as n from points_entries
            where workspace_id = ${ws} and kind = 'redeem'`,
      );
      expect(redeemMonths!.n).toBeGreaterThan(6);

      // The lifecycle has a history: stages recorded as of many past months by the monthly
      // recomputes, and flows between stages other than a customer's first.
      expect(recomputes).toBeGreaterThan(20);
      const stageMonths = await queryOne<{ n: number; later: number }>(
        db,
        sql`select count(distinct date_trunc('month', changed_at))::int as n,
                   count(*) filter (where from_stage <> 'prospect')::int as later
            from customer_stage_history where workspace_id = ${ws}`,
      );
      expect(stageMonths!.n).toBeGreaterThan(12);
      expect(stageMonths!.later).toBeGreaterThan(0);

      // The first order earned at its own time, and its points posted when its return window
      // closed (at the first half-monthly sweep after it), not on the day the demo was built.
      const firstOrderAt = shop.events.find((e) => e.name === 'Order Completed')!.occurredAt!;
      const firstEarn = await queryOne<{ occurred_at: string; posted_at: string | null }>(
        db,
        sql`select e.occurred_at, (select p.occurred_at from points_entries p
                                   where p.workspace_id = e.workspace_id and p.related_entry_id = e.id and p.kind = 'post') as posted_at
            from points_entries e where e.workspace_id = ${ws} and e.kind = 'earn'
            order by e.occurred_at limit 1`,
      );
      expect(new Date(firstEarn!.occurred_at).getTime()).toBe(firstOrderAt.getTime());
      const postedAfterDays = (new Date(firstEarn!.posted_at!).getTime() - firstOrderAt.getTime()) / dayMs;
      expect(postedAfterDays).toBeGreaterThanOrEqual(14);
      expect(postedAfterDays).toBeLessThan(14 + 17);

      // Earn rules are configured (from today), and challenges, which have given points and badges.
      const rules = await api.call<{
        data: { active: boolean; limits: { starts_at?: string; ends_at?: string } }[];
      }>('GET', '/v1/loyalty/earn-rules');
      expect(rules.data.map((rule) => rule.active)).toEqual([true, true]);
      // Dated as a running shop's would be: the season began before today and ends after it,
      // the category promotion starts today for two weeks.
      const today = shop.to.getTime();
      const promotion = rules.data.find((rule) => rule.limits.ends_at)!.limits;
      expect(new Date(promotion.starts_at!).getTime()).toBe(today);
      expect(new Date(promotion.ends_at!).getTime()).toBe(today + 14 * dayMs);
      const challenges = await api.call<{ data: { active_from: string; active_until: string | null }[] }>(
        'GET',
        '/v1/loyalty/challenges',
      );
      expect(challenges.data).toHaveLength(2);
      for (const challenge of challenges.data) {
        expect(new Date(challenge.active_from).getTime()).toBe(seasonStart(shop).getTime());
        expect(new Date(challenge.active_until!).getTime()).toBe(today + 30 * dayMs);
      }
      const given = await queryOne<{ badges: number; first_badge: string }>(
        db,
        sql`select (select count(*)::int from loyalty_badges where workspace_id = ${ws}) as badges,
                   (select min(earned_at) from loyalty_badges where workspace_id = ${ws}) as first_badge`,
      );
      expect(given!.badges).toBeGreaterThan(0);
      expect(new Date(given!.first_badge).getTime()).toBeGreaterThanOrEqual(seasonStart(shop).getTime());
      await api.close();
    },
  );
});
