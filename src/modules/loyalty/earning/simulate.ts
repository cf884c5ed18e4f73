import { invalidParameter } from '../../../core/errors.js';
import { earnRuleSimulationDaysDefault, earnRuleSimulationEventsMax } from '../../../core/limits.js';
import { dayMs } from '../../../core/time.js';
import type { Db } from '../../../db/connection.js';
import { findCustomerRef } from '../../customers/index.js';
import { readEventsByName } from '../../events/index.js';
import { getWorkspace } from '../../workspaces/index.js';
import { addDays } from '../arithmetic.js';
import { findTraits } from './consumer.queries.js';
import {
  parseDefinition,
  periodStart,
  readOrderCompleted,
  getProgramSettings,
  pointsValueMinor,
  applyMultiplier,
  conditionsHold,
  rewardPoints,
  withinDates,
  type RuleDefinition,
  tierMultiplierPercent,
  listTiers,
} from '../program/index.js';
import { baseEarnedPoints, birthdayProfiles } from './simulate.queries.js';

// The backtest: a draft rule replayed over past events, with its limits applied in memory in the
// order the events happened. Traits and tier multipliers are today's (history keeps neither), so
// the answer is an estimate of cost, stated as such.

interface Tally {
  perCustomer: Map<string, Date[]>;
  points: number;
  matched: number;
}

/** How far a backtest has gone: the events (or birthday profiles) replayed out of those it read. */
export interface SimulationProgress {
  object: 'earn_rule_simulation_progress';
  events_scanned: number;
  events_total: number;
}

export type OnProgress = (progress: SimulationProgress) => void;

/** About a hundred reports over a scan, whatever its size: enough for a bar, few enough to send. */
function progressReporter(total: number, onProgress: OnProgress | undefined) {
  const every = Math.max(1, Math.ceil(total / 100));
  return (scanned: number) => {
    if (onProgress && (scanned % every === 0 || scanned === total))
      onProgress({ object: 'earn_rule_simulation_progress', events_scanned: scanned, events_total: total });
  };
}

function limitedPoints(
  definition: RuleDefinition,
  tally: Tally,
  customer: string,
  points: number,
  at: Date,
): number {
  const limits = definition.limits;
  const past = tally.perCustomer.get(customer) ?? [];
  if (limits.once_per_customer && past.length > 0) return 0;
  if (limits.max_per_period) {
    const since = periodStart(limits.max_per_period.period, at);
    if (past.filter((d) => d >= since).length >= limits.max_per_period.count) return 0;
  }
  const left = limits.budget_points === undefined ? points : limits.budget_points - tally.points;
  return Math.max(0, Math.min(points, left));
}

function award(tally: Tally, customer: string, points: number, at: Date): void {
  if (points <= 0) return;
  tally.points += points;
  tally.matched++;
  tally.perCustomer.set(customer, [...(tally.perCustomer.get(customer) ?? []), at]);
}

async function overEvents(
  db: Db,
  workspaceId: string,
  definition: RuleDefinition,
  event: string,
  from: Date,
  to: Date,
  tally: Tally,
  onProgress: OnProgress | undefined,
) {
  const { currency } = await getWorkspace(db, workspaceId);
  const events = await readEventsByName(db, workspaceId, [event], {
    from,
    to,
    limit: earnRuleSimulationEventsMax,
  });
  const report = progressReporter(events.length, onProgress);
  let scanned = 0;
  // Read once: each customer's multiplier looks their tier up in them.
  const tiers = await listTiers(db, workspaceId);
  const customers = new Map<
    string,
    { id: string | null; traits: Record<string, unknown>; multiplier: number }
  >();
  for (const past of events) {
    report(++scanned);
    const identity = past.userId ?? past.anonymousId;
    if (!identity) continue;
    let customer = customers.get(identity);
    if (!customer) {
      const id = past.userId ? await findCustomerRef(db, workspaceId, past.userId) : null;
      customer = {
        id,
        traits: id ? await findTraits(db, workspaceId, id) : {},
        multiplier: id ? await tierMultiplierPercent(db, workspaceId, id, tiers) : 100,
      };
      customers.set(identity, customer);
    }
    if (!withinDates(definition, past.occurredAt)) continue;
    if (!conditionsHold(definition.conditions, past.properties, customer.traits)) continue;
    const order = event === 'Order Completed' ? readOrderCompleted(past.properties, currency) : null;
    const base = rewardPoints(definition, order);
    const points = definition.apply_tier_multiplier ? applyMultiplier(base, customer.multiplier) : base;
    award(
      tally,
      identity,
      limitedPoints(definition, tally, identity, points, past.occurredAt),
      past.occurredAt,
    );
  }
  return events.length;
}

async function overBirthdays(
  db: Db,
  workspaceId: string,
  definition: RuleDefinition,
  from: Date,
  to: Date,
  tally: Tally,
  onProgress: OnProgress | undefined,
) {
  const profiles = await birthdayProfiles(db, workspaceId, earnRuleSimulationEventsMax);
  const report = progressReporter(Math.ceil((to.getTime() - from.getTime()) / dayMs), onProgress);
  let daysDone = 0;
  for (let day = from; day < to; day = addDays(day, 1)) {
    report(++daysDone);
    const monthDay = day.toISOString().slice(5, 10);
    for (const profile of profiles) {
      if (profile.monthDay !== monthDay || !withinDates(definition, day)) continue;
      if (!conditionsHold(definition.conditions, {}, profile.traits)) continue;
      const points = rewardPoints(definition, null);
      award(
        tally,
        profile.customerId,
        limitedPoints(definition, tally, profile.customerId, points, day),
        day,
      );
    }
  }
  return profiles.length;
}

export interface SimulationInput {
  definition: unknown;
  from?: Date | undefined;
  to?: Date | undefined;
}

/** A backtest's rule and window, checked before anything runs: bad input is refused naming the field. */
export function simulationPlan(input: SimulationInput, now: Date) {
  const definition = parseDefinition(input.definition);
  const to = input.to ?? now;
  const from = input.from ?? addDays(to, -earnRuleSimulationDaysDefault);
  if (from >= to) throw invalidParameter('from', 'from must be before to.');
  return { definition, from, to };
}

/**
 * POST /v1/loyalty/earn-rules/simulate: what a draft rule would have issued, to whom, at what
 * value, beside what the base earn rate issued over the same window (a rule always adds to it).
 */
export async function simulateRule(
  db: Db,
  workspaceId: string,
  input: SimulationInput,
  now: Date,
  onProgress?: OnProgress,
) {
  const { definition, from, to } = simulationPlan(input, now);
  const tally: Tally = { perCustomer: new Map(), points: 0, matched: 0 };
  const scanned =
    definition.trigger.type === 'birthday'
      ? await overBirthdays(db, workspaceId, definition, from, to, tally, onProgress)
      : await overEvents(db, workspaceId, definition, definition.trigger.event, from, to, tally, onProgress);
  const settings = await getProgramSettings(db, workspaceId);
  const { currency } = await getWorkspace(db, workspaceId);
  const basePoints = await baseEarnedPoints(db, workspaceId, from, to);
  return {
    object: 'earn_rule_simulation' as const,
    from: from.toISOString(),
    to: to.toISOString(),
    events_scanned: scanned,
    truncated: scanned >= earnRuleSimulationEventsMax,
    awards: tally.matched,
    points: tally.points,
    customers: tally.perCustomer.size,
    value_minor: pointsValueMinor(settings, tally.points),
    base_points: basePoints,
    base_value_minor: pointsValueMinor(settings, basePoints),
    currency,
  };
}
