import type { Db } from '../../../db/connection.js';
import { addDays, addMonths } from '../arithmetic.js';
import { appendEvents, type NewEvent } from '../../events/index.js';
import { pointsEvent } from '../points-event.js';
import { getProgramSettings, type ProgramSettings } from './program.js';
import {
  clearCustomerTier,
  findCustomerTier,
  listTiers,
  pointsEarnedBetween,
  setCustomerTier,
  spendBetween,
  type TierRow,
} from './tiers.queries.js';

// VIP tiers: qualifying = spend (net of refunds) or points earned over the window — the rolling
// `tier_window_months` before now, or the calendar year so far. Reaching a higher tier upgrades at
// once. Nobody is downgraded mid-period: a tier is reviewed when its period ends plus
// `tier_grace_days`, against the window ending at the review, and then kept, lowered or removed.

export function qualifyingWindow(settings: ProgramSettings, end: Date): { from: Date; to: Date } {
  const from =
    settings.tier_period === 'calendar_year'
      ? new Date(Date.UTC(end.getUTCFullYear(), 0, 1))
      : addMonths(end, -settings.tier_window_months);
  return { from, to: end };
}

/** When a tier reached at `since` is next reviewed: its period end plus the grace days. */
export function reviewDate(settings: ProgramSettings, since: Date): Date {
  const periodEnd =
    settings.tier_period === 'calendar_year'
      ? new Date(Date.UTC(since.getUTCFullYear() + 1, 0, 1))
      : addMonths(since, settings.tier_window_months);
  return addDays(periodEnd, settings.tier_grace_days);
}

export async function qualifyingAmount(
  db: Db,
  workspaceId: string,
  customerId: string,
  settings: ProgramSettings,
  end: Date,
): Promise<number> {
  const { from, to } = qualifyingWindow(settings, end);
  // The end is inclusive: an order at this very instant counts.
  const until = new Date(to.getTime() + 1);
  return settings.tier_metric === 'spend'
    ? spendBetween(db, workspaceId, customerId, from, until)
    : pointsEarnedBetween(db, workspaceId, customerId, from, until);
}

/** The highest tier whose threshold the amount reaches, with its rank (1 = lowest). */
export function tierFor(tiers: TierRow[], amount: number): { tier: TierRow; rank: number } | null {
  for (let index = tiers.length - 1; index >= 0; index--) {
    if (amount >= tiers[index]!.threshold) return { tier: tiers[index]!, rank: index + 1 };
  }
  return null;
}

/** `Tier Changed`, named by customer, instant and tier, so a replay appends it once. */
export function tierChangedEvent(
  customerId: string,
  from: TierRow | null,
  to: TierRow | null,
  direction: 'up' | 'down',
  at: Date,
): NewEvent {
  return pointsEvent('Tier Changed', `${customerId}:${at.toISOString()}:${to?.id ?? 'none'}`, at, {
    customer_id: customerId,
    from_tier_id: from?.id ?? null,
    from_tier: from?.name ?? null,
    to_tier_id: to?.id ?? null,
    to_tier: to?.name ?? null,
    direction,
  });
}

async function changeTier(
  tx: Db,
  workspaceId: string,
  customerId: string,
  from: TierRow | null,
  to: TierRow | null,
  direction: 'up' | 'down',
  at: Date,
): Promise<void> {
  await appendEvents(tx, workspaceId, [tierChangedEvent(customerId, from, to, direction, at)]);
}

/** The workspace's tiers and settings when the caller has read them already (the consumer's page). */
export interface TierSetup {
  tiers: TierRow[];
  settings: ProgramSettings;
}

/** After an order or earning: upgrade at once when a higher tier is reached; never downgrade here. */
export async function upgradeTierIfQualified(
  tx: Db,
  workspaceId: string,
  customerId: string,
  at: Date,
  setup?: TierSetup,
): Promise<void> {
  const tiers = setup?.tiers ?? (await listTiers(tx, workspaceId));
  if (tiers.length === 0) return;
  const settings = setup?.settings ?? (await getProgramSettings(tx, workspaceId));
  const reached = tierFor(tiers, await qualifyingAmount(tx, workspaceId, customerId, settings, at));
  if (!reached) return;
  const current = await findCustomerTier(tx, workspaceId, customerId);
  const currentIndex = current ? tiers.findIndex((t) => t.id === current.tierId) : -1;
  if (reached.rank - 1 <= currentIndex) return;
  await setCustomerTier(tx, workspaceId, customerId, {
    tierId: reached.tier.id,
    since: at,
    reviewAt: reviewDate(settings, at),
  });
  await changeTier(
    tx,
    workspaceId,
    customerId,
    currentIndex >= 0 ? tiers[currentIndex]! : null,
    reached.tier,
    'up',
    at,
  );
}

/** A tier due for review: kept (with a new period), lowered, or removed, by the window ending now. */
export async function reviewTier(tx: Db, workspaceId: string, customerId: string, now: Date): Promise<void> {
  const current = await findCustomerTier(tx, workspaceId, customerId);
  if (!current || current.reviewAt > now) return;
  const tiers = await listTiers(tx, workspaceId);
  const settings = await getProgramSettings(tx, workspaceId);
  const reached = tierFor(tiers, await qualifyingAmount(tx, workspaceId, customerId, settings, now));
  const previous = tiers.find((t) => t.id === current.tierId) ?? null;
  if (!reached) {
    await clearCustomerTier(tx, workspaceId, customerId);
    await changeTier(tx, workspaceId, customerId, previous, null, 'down', now);
    return;
  }
  const since = reached.tier.id === current.tierId ? current.since : now;
  await setCustomerTier(tx, workspaceId, customerId, {
    tierId: reached.tier.id,
    since,
    reviewAt: reviewDate(settings, now),
  });
  if (reached.tier.id !== current.tierId) {
    const previousRank = previous ? tiers.indexOf(previous) + 1 : 0;
    await changeTier(
      tx,
      workspaceId,
      customerId,
      previous,
      reached.tier,
      reached.rank > previousRank ? 'up' : 'down',
      now,
    );
  }
}

/** After a merge: the merged profile has no tier of its own; the survivor may now reach a higher one. */
export async function reviewTierNow(
  tx: Db,
  workspaceId: string,
  fromId: string,
  intoId: string,
  at: Date,
): Promise<void> {
  await clearCustomerTier(tx, workspaceId, fromId);
  await upgradeTierIfQualified(tx, workspaceId, intoId, at);
}

/**
 * The earn multiplier of the customer's tier, in percent (100 without a tier). `tiers`, when
 * given, are the workspace's live tiers already read: none means no customer has a multiplier.
 */
export async function tierMultiplierPercent(
  db: Db,
  workspaceId: string,
  customerId: string,
  tiers?: TierRow[],
): Promise<number> {
  if (tiers?.length === 0) return 100;
  const current = await findCustomerTier(db, workspaceId, customerId);
  if (!current) return 100;
  const tier = (tiers ?? (await listTiers(db, workspaceId))).find((t) => t.id === current.tierId);
  return tier?.earnMultiplierPercent ?? 100;
}
