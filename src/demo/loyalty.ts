import crypto from 'node:crypto';
import { demoSettleSweepsMax } from '../core/limits.js';
import type { Database, Db } from '../db/connection.js';
import { membersWithPoints, runLoyaltySchedule, type SweepResult } from '../modules/loyalty/index.js';
import { buildApp } from '../server/app.js';
import type { DemoCurrency } from './profiles.js';
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

/** Program settings, three spend tiers and four rewards; before the events, so history earns points. */
export interface DemoReward {
  id: string;
  pointsCost: number;
}

export async function configureDemoLoyalty(
  api: DemoApi,
  currency: DemoCurrency,
): Promise<{ rewards: DemoReward[] }> {
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
 * Members with enough points redeem a reward through the API: a quarter of those who can afford
 * the cheapest one (at most `max`), richest first. Most take the cheapest reward they can afford,
 * every fourth the dearest, as members do when they save up. Answers the redemptions made and
 * the refusals, which only a bug could cause: everyone asked can afford what they ask for.
 */
export async function demoRedemptions(
  api: DemoApi,
  db: Db,
  workspaceId: string,
  rewards: DemoReward[],
  max: number,
): Promise<{ redeemed: number; refusals: string[] }> {
  const byCost = [...rewards].sort((a, b) => a.pointsCost - b.pointsCost);
  const able = await membersWithPoints(db, workspaceId, byCost[0]!.pointsCost, max * 4);
  const redeemers = able.slice(0, Math.min(max, Math.ceil(able.length / 4)));
  let redeemed = 0;
  const refusals: string[] = [];
  for (const [index, member] of redeemers.entries()) {
    const affordable = byCost.filter((reward) => reward.pointsCost <= member.balance);
    const reward = index % 4 === 3 ? affordable.at(-1)! : affordable[index % Math.min(2, affordable.length)]!;
    try {
      await api.call('POST', `/v1/customers/${member.customerId}/redemptions`, { reward_id: reward.id });
      redeemed += 1;
    } catch (error) {
      refusals.push(`${member.customerId}: ${(error as Error).message}`);
    }
  }
  return { redeemed, refusals };
}
