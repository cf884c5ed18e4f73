import crypto from 'node:crypto';
import { demoSettleSweepsMax } from '../core/limits.js';
import { dayMs } from '../core/time.js';
import type { Database, Db } from '../db/connection.js';
import { membersWithPoints, runLoyaltySchedule, type SweepResult } from '../modules/loyalty/index.js';
import { buildApp } from '../server/app.js';
import type { DemoCurrency } from './profiles.js';
import type { DemoShop } from './simulate.js';
import { drainConsumers } from '../modules/events/index.js';
import { consumers } from '../server/consumers.js';

// The loyalty module exports no setup functions for its program, tiers and rewards; its public
// HTTP API does. The demo configures the program through that API (an app built in-process,
// never listening, called as the local owner), exactly as a merchant's script would.

export interface DemoApi {
  call<T>(method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown): Promise<T>;
  close(): Promise<void>;
}

export async function demoApi(database: Database, workspaceId: string, now: () => Date): Promise<DemoApi> {
  const adminToken = `rk_demo_${crypto.randomBytes(24).toString('base64url')}`;
  const app = await buildApp({
    database,
    db: database.db,
    clock: { now },
    wakeConsumers: () => undefined,
    applyPendingEvents: () => drainConsumers(database.db, consumers),
    adminToken,
    defaultWorkspaceId: workspaceId,
  });
  await app.ready();
  return {
    async call<T>(method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown): Promise<T> {
      const response = await app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${adminToken}` },
        ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
      });
      if (response.statusCode >= 300) {
        throw new Error(`${method} ${url} answered ${response.statusCode}: ${response.body}`);
      }
      return response.json() as T;
    },
    close: () => app.close(),
  };
}

/** Per currency, in minor units: what earns a point, what 100 points are worth, tier spends, rewards. */
const programs: Record<
  DemoCurrency,
  {
    perPointMinor: number;
    hundredPointsMinor: number;
    tiers: [number, number, number];
    amountOffMinor: number;
  }
> = {
  VND: {
    perPointMinor: 10_000,
    hundredPointsMinor: 50_000,
    tiers: [3_000_000, 8_000_000, 20_000_000],
    amountOffMinor: 50_000,
  },
  USD: { perPointMinor: 100, hundredPointsMinor: 500, tiers: [15_000, 40_000, 100_000], amountOffMinor: 500 },
  THB: {
    perPointMinor: 2_500,
    hundredPointsMinor: 12_500,
    tiers: [500_000, 1_500_000, 4_000_000],
    amountOffMinor: 10_000,
  },
  JPY: { perPointMinor: 100, hundredPointsMinor: 500, tiers: [20_000, 60_000, 150_000], amountOffMinor: 500 },
};

const tierNames = ['Silver', 'Gold', 'Platinum'];

/** How long before today the season's challenges were set up (configureDemoChallenges). */
const seasonDays = 30;

/**
 * How long after today the season's challenges and the category promotion run: a shop runs a
 * season and a promotion for a while and ends them, so the program screens show a start in the
 * past and an end ahead, never an open-ended or finished season.
 */
const seasonDaysLeft = 30;
const promotionDays = 14;

const daysAfter = (at: Date, days: number) => new Date(at.getTime() + days * dayMs).toISOString();

export const seasonStart = (shop: DemoShop) => new Date(shop.to.getTime() - seasonDays * dayMs);

export interface DemoReward {
  id: string;
  pointsCost: number;
}

/** Program settings, three spend tiers and four rewards; before the events, so history earns points. */
export async function configureDemoLoyalty(api: DemoApi, shop: DemoShop): Promise<{ rewards: DemoReward[] }> {
  const { currency } = shop.profile;
  const program = programs[currency];
  await api.call('PUT', '/v1/loyalty/program', {
    earn_points: 1,
    earn_per_amount_minor: program.perPointMinor,
    pending_days: 14,
    expiry: { policy: 'inactivity', months: 12 },
    redemption_points: 100,
    redemption_value_minor: program.hundredPointsMinor,
    tier_metric: 'spend',
    tier_period: 'rolling',
    tier_window_months: 12,
  });
  for (const [index, threshold] of program.tiers.entries()) {
    await api.call('POST', '/v1/loyalty/tiers', {
      name: tierNames[index],
      threshold,
      earn_multiplier_percent: [110, 125, 150][index],
      free_shipping: index === 2,
    });
  }
  const points = (valueMinor: number) => Math.round((valueMinor / program.hundredPointsMinor) * 100);
  const rewards = [
    {
      kind: 'amount_off',
      name: 'Voucher',
      amount_off: program.amountOffMinor,
      points_cost: points(program.amountOffMinor),
    },
    { kind: 'free_shipping', name: 'Free shipping', points_cost: points(program.amountOffMinor) },
    {
      kind: 'percent_off',
      name: '10% off',
      percent_off: 10,
      points_cost: points(program.amountOffMinor * 3),
    },
    {
      kind: 'store_credit',
      name: 'Store credit',
      credit_amount: program.amountOffMinor * 4,
      points_cost: points(program.amountOffMinor * 4),
    },
  ];
  const created: DemoReward[] = [];
  for (const reward of rewards) {
    const { id } = await api.call<{ id: string }>('POST', '/v1/loyalty/rewards', reward);
    created.push({ id, pointsCost: reward.points_cost });
  }
  return { rewards: created };
}

/**
 * Two earn rules, set up today: they reward orders from now on, the category's double points for
 * the next `promotionDays`. Not earlier: an order that some
 * rule rewards is applied on its own, several statements each, where the others are applied a
 * page at a time, and even one season of them made the demo minutes slower. Answers how many.
 */
export async function configureDemoEarnRules(api: DemoApi, shop: DemoShop): Promise<number> {
  const { profile } = shop;
  const category = profile.catalogue[0]!.name;
  const orderCompleted = { type: 'event', event: 'Order Completed' };
  const rules = [
    {
      name: `Double points on ${category}`,
      active: true,
      definition: {
        trigger: orderCompleted,
        reward: {
          type: 'per_amount',
          points: 1,
          per_amount_minor: programs[profile.currency].perPointMinor,
          category,
        },
        limits: { starts_at: shop.to.toISOString(), ends_at: daysAfter(shop.to, promotionDays) },
      },
    },
    {
      name: 'Big order bonus',
      active: true,
      definition: {
        trigger: orderCompleted,
        conditions: [{ source: 'property', path: 'total', operator: 'gte', value: bigOrderMajor(shop) }],
        reward: { type: 'fixed', points: 30 },
      },
    },
  ];
  for (const rule of rules) await api.call('POST', '/v1/loyalty/earn-rules', rule);
  return rules.length;
}

const bigOrderMajor = (shop: DemoShop) => shop.profile.freeShippingFromMajor * 2;

/**
 * This season's two challenges, counting the orders from `seasonDays` before today: a challenge
 * counts each qualifying order with a few statements of its own, so two years of them would
 * slow the demo down. Answers how many.
 */
export async function configureDemoChallenges(api: DemoApi, shop: DemoShop): Promise<number> {
  const challenges = [
    {
      name: 'Regular',
      event_name: 'Order Completed',
      events_required: 3,
      window_days: 30,
      bonus_points: 100,
      badge: { name: 'Regular' },
    },
    {
      name: 'Big basket',
      event_name: 'Order Completed',
      conditions: [{ path: 'total', operator: 'gte', value: bigOrderMajor(shop) }],
      events_required: 1,
      window_days: 1,
      bonus_points: 50,
      badge: { name: 'Big basket' },
    },
  ];
  const activeFrom = seasonStart(shop).toISOString();
  const activeUntil = daysAfter(shop.to, seasonDaysLeft);
  for (const challenge of challenges) {
    await api.call('POST', '/v1/loyalty/challenges', {
      ...challenge,
      active_from: activeFrom,
      active_until: activeUntil,
    });
  }
  return challenges.length;
}

/**
 * Runs the loyalty schedule, as the server would have every minute over the two years, until a
 * sweep finds nothing left to do: pending points past their return window are posted, inactive
 * members' points expire, tiers due are reviewed. Answers the sweeps' totals.
 */
export async function settleDemoLedger(db: Db, workspaceId: string, now: Date): Promise<SweepResult> {
  const total: SweepResult = { posted: 0, expired: 0, announced: 0, tiersReviewed: 0, birthdays: 0 };
  for (let sweep = 0; sweep < demoSettleSweepsMax; sweep++) {
    const result = await runLoyaltySchedule(db, now, workspaceId);
    for (const key of Object.keys(total) as (keyof SweepResult)[]) total[key] += result[key];
    if (Object.values(result).every((count) => count === 0)) return total;
  }
  throw new Error(`the loyalty schedule still had work after ${demoSettleSweepsMax} sweeps`);
}

/**
 * Members with enough points redeem a reward through the API: up to `max` of those who can afford
 * the cheapest one, picked evenly from the richest `max × 20`. Most take the cheapest reward
 * they can afford, every fourth (counting `redeemedBefore`) the dearest, as members do when they
 * save up. `beforeEach` runs before each redemption (the replay sets the clock there). Answers the redemptions made and the
 * refusals, which only a bug could cause: everyone asked can afford what they ask for.
 */
export async function demoRedemptions(
  api: DemoApi,
  db: Db,
  workspaceId: string,
  rewards: DemoReward[],
  max: number,
  turn: { redeemedBefore?: number; beforeEach?: (index: number, count: number) => void } = {},
): Promise<{ redeemed: number; refusals: string[] }> {
  const byCost = [...rewards].sort((a, b) => a.pointsCost - b.pointsCost);
  const able = await membersWithPoints(db, workspaceId, byCost[0]!.pointsCost, max * 20);
  const count = Math.min(max, able.length);
  const redeemers = Array.from({ length: count }, (_, k) => able[Math.floor((k * able.length) / count)]!);
  let redeemed = 0;
  const refusals: string[] = [];
  for (const [index, member] of redeemers.entries()) {
    const affordable = byCost.filter((reward) => reward.pointsCost <= member.balance);
    const nth = (turn.redeemedBefore ?? 0) + index;
    const reward = nth % 4 === 3 ? affordable.at(-1)! : affordable[nth % Math.min(2, affordable.length)]!;
    turn.beforeEach?.(index, count);
    try {
      await api.call('POST', `/v1/customers/${member.customerId}/redemptions`, { reward_id: reward.id });
      redeemed += 1;
    } catch (error) {
      refusals.push(`${member.customerId}: ${(error as Error).message}`);
    }
  }
  return { redeemed, refusals };
}
