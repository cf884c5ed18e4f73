import { demoAppendBatchEvents, demoRedeemersMax } from '../core/limits.js';
import { dayMs, hourMs } from '../core/time.js';
import type { Database } from '../db/connection.js';
import { analyticsConsumer, recomputeAll, recomputeConnections } from '../modules/analytics/index.js';
import { appendEvents, drainConsumers, type Consumer } from '../modules/events/index.js';
import { catchUpConsumers, zoneOffsetMs } from '../modules/imports/index.js';
import { runLoyaltySchedule, type SweepResult } from '../modules/loyalty/index.js';
import { consumers } from '../server/consumers.js';
import { shopCalendar } from './calendar.js';
import {
  configureDemoChallenges,
  configureDemoEarnRules,
  demoRedemptions,
  seasonStart,
  settleDemoLedger,
  type DemoApi,
  type DemoReward,
} from './loyalty.js';
import { demoDays, type DemoShop } from './simulate.js';

// The demo's two years are lived, not only written. The log gets every event, and the consumers
// that act on an event at its own time (customers, orders, loyalty's earning and refunds,
// challenges) apply them at once, the season's challenges set up on the way at their day; the
// earn rules are set up today (configureDemoEarnRules says why). Then the replay walks the two years half a month at a time, doing with
// the clock at each stop what a running server would have done by then, through the same code:
// the loyalty schedule posts and expires what is due, members redeem, and on the first of each
// month the nightly recompute scores everyone as of that midnight, which records the lifecycle's
// stage history month by month. Analytics' own consumer, which scores as of the moment it runs,
// reads its backlog last, with the clock at today.

/**
 * Local days of the month the replay stops on: the loyalty schedule runs (and members redeem)
 * twice a month. Weekly stops cost the demo minutes more on a loaded 2-core machine.
 */
const stopDays = new Set([1, 16]);

interface ReplayStop {
  at: Date;
  /** Local midnight starting a month: the nightly recompute runs, as of that instant. */
  monthStart: boolean;
}

/** The stops: the 1st and 16th of every month in the shop's zone, then today. */
function replayStops(shop: DemoShop): ReplayStop[] {
  const { profile } = shop;
  const calendar = shopCalendar(profile, shop.to, demoDays);
  const stops: ReplayStop[] = [];
  calendar.dayStartsMs.forEach((startMs, day) => {
    if (day === 0) return;
    const dayOfMonth = new Date(startMs + zoneOffsetMs(profile.timezone, startMs)).getUTCDate();
    if (stopDays.has(dayOfMonth)) stops.push({ at: new Date(startMs), monthStart: dayOfMonth === 1 });
  });
  stops.push({ at: shop.to, monthStart: false });
  return stops;
}

/** The clock the demo's API and analytics consumer read: the instant the replay has reached. */
export interface ReplayClock {
  now(): Date;
  set(at: Date): void;
}

export function replayClock(start: Date): ReplayClock {
  let at = start;
  return { now: () => at, set: (next) => void (at = next) };
}

export type ReplayProgress =
  | { phase: 'append'; done: number; total: number }
  | { phase: 'apply'; done: number; total: number }
  | { phase: 'live'; done: number; total: number; at: Date };

export interface ReplayResult {
  /** The season's challenges, set up on the way, and the earn rules set up today. */
  earnRules: number;
  challenges: number;
  settled: SweepResult;
  redeemed: number;
  refusals: string[];
  recomputes: number;
}

/**
 * Writes the shop's events through the log and lives its history (above). `clock` must be the
 * one `api` was built with: redemptions happen at its time.
 */
export async function replayDemoHistory(
  database: Database,
  workspaceId: string,
  shop: DemoShop,
  options: {
    api: DemoApi;
    clock: ReplayClock;
    rewards: DemoReward[];
    redeemersMax?: number;
    onProgress?: (progress: ReplayProgress) => void;
  },
): Promise<ReplayResult> {
  const { db } = database;
  const { clock } = options;
  const report = options.onProgress ?? (() => undefined);
  const analytics = analyticsConsumer(clock);
  const atTheirTime = consumers.filter((consumer) => consumer.name !== analytics.name);
  const all: Consumer[] = [...atTheirTime, analytics];
  const settled: SweepResult = { posted: 0, expired: 0, announced: 0, tiersReviewed: 0, birthdays: 0 };
  const result: ReplayResult = {
    settled,
    redeemed: 0,
    refusals: [],
    recomputes: 0,
    earnRules: 0,
    challenges: 0,
  };

  // The events before the season, applied; the season's challenges set up; the rest.
  const { events } = shop;
  const season = seasonStart(shop).getTime();
  const seasonFrom = events.findIndex((event) => event.occurredAt!.getTime() >= season);
  const cut = seasonFrom === -1 ? events.length : seasonFrom;
  const expected = events.length * atTheirTime.length;
  let applied = 0;
  for (const [from, to] of [
    [0, cut],
    [cut, events.length],
  ] as const) {
    for (let start = from; start < to; start += demoAppendBatchEvents) {
      const batch = events.slice(start, Math.min(to, start + demoAppendBatchEvents));
      await db.transaction((tx) => appendEvents(tx, workspaceId, batch));
      report({ phase: 'append', done: start + batch.length, total: events.length });
    }
    const before = applied;
    applied += await catchUpConsumers(db, atTheirTime, (done) =>
      report({ phase: 'apply', done: before + done, total: expected }),
    );
    if (from === 0) {
      clock.set(new Date(season));
      result.challenges = await configureDemoChallenges(options.api, shop);
    }
  }

  const stops = replayStops(shop);
  const redeemersMax = options.redeemersMax ?? demoRedeemersMax;
  const redeemsAfter = (stop: ReplayStop) => stop.at.getTime() + dayMs <= shop.to.getTime();
  const redeemingStops = stops.filter(redeemsAfter).length;
  let redeemingStop = 0;
  for (const [index, stop] of stops.entries()) {
    const last = index === stops.length - 1;
    clock.set(stop.at);
    if (last) await drainConsumers(db, all);
    // One sweep a stop, as the server's every-minute sweep would have left it; the last stop
    // sweeps until nothing is due, so nothing overdue is left today.
    const swept = last
      ? await settleDemoLedger(db, workspaceId, stop.at)
      : await runLoyaltySchedule(db, stop.at, workspaceId);
    for (const key of Object.keys(settled) as (keyof SweepResult)[]) settled[key] += swept[key];
    if (stop.monthStart || last) {
      await recomputeAll(db, workspaceId, { asOf: stop.at, ...recomputeConnections() });
      result.recomputes += 1;
    }
    if (redeemsAfter(stop)) {
      redeemingStop += 1;
      const due = Math.round((redeemersMax * redeemingStop) / redeemingStops) - result.redeemed;
      if (due > 0) {
        // Members redeem on the day after the stop's local midnight, from 9:00 to 21:00.
        const { redeemed, refusals } = await demoRedemptions(
          options.api,
          db,
          workspaceId,
          options.rewards,
          due,
          {
            redeemedBefore: result.redeemed,
            beforeEach: (k, count) =>
              clock.set(new Date(stop.at.getTime() + 9 * hourMs + ((k + 0.5) * 12 * hourMs) / count)),
          },
        );
        result.redeemed += redeemed;
        result.refusals.push(...refusals);
      }
    }
    report({ phase: 'live', done: index + 1, total: stops.length, at: stop.at });
  }
  clock.set(shop.to);
  await drainConsumers(db, all);
  result.earnRules = await configureDemoEarnRules(options.api, shop);
  return result;
}
