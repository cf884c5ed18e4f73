import type { Db } from '../../db/connection.js';
import { listPage, type ListPage } from '../../http/pagination.js';
import { customerBadges } from './challenges/index.js';
import { addDays, addMonths } from './arithmetic.js';
import {
  findAccount,
  openLots,
  customerIdOrThrow,
  presentEntry,
  type PointsTransaction,
  entriesPage,
  storeCreditBalance,
} from './ledger/index.js';
import {
  getProgramSettings,
  pointsValueMinor,
  qualifyingAmount,
  findCustomerTier,
  listTiers,
} from './program/index.js';

// A customer's loyalty status and transactions, read across the parts: the ledger's balances
// and lots, the program's tiers and settings, the challenges' badges.

const expiringWindowsDays = [30, 60, 90] as const;

/** Points expiring within 30/60/90 days of now, with the dates they expire on. */
async function expiring(db: Db, workspaceId: string, customerId: string, now: Date) {
  const settings = await getProgramSettings(db, workspaceId);
  const account = await findAccount(db, workspaceId, customerId);
  const dated: { expiresAt: Date; points: number }[] = [];
  if (settings.expiry.policy === 'inactivity' && account && account.balance > 0 && account.lastActivityAt) {
    dated.push({
      expiresAt: addMonths(account.lastActivityAt, settings.expiry.months),
      points: account.balance,
    });
  } else {
    for (const lot of await openLots(db, workspaceId, customerId)) {
      if (lot.state === 'posted' && lot.expiresAt)
        dated.push({ expiresAt: lot.expiresAt, points: lot.remaining });
    }
  }
  return expiringWindowsDays.map((days) => {
    const byDate = new Map<string, number>();
    for (const item of dated) {
      if (item.expiresAt > addDays(now, days)) continue;
      const key = item.expiresAt.toISOString();
      byDate.set(key, (byDate.get(key) ?? 0) + item.points);
    }
    const dates = [...byDate.entries()].sort().map(([expires_at, points]) => ({ expires_at, points }));
    return { within_days: days, points: dates.reduce((sum, d) => sum + d.points, 0), dates };
  });
}

async function tierStatus(db: Db, workspaceId: string, customerId: string, now: Date) {
  const tiers = await listTiers(db, workspaceId);
  if (tiers.length === 0) return { tier: null, next_tier: null };
  const settings = await getProgramSettings(db, workspaceId);
  const current = await findCustomerTier(db, workspaceId, customerId);
  const index = current ? tiers.findIndex((t) => t.id === current.tierId) : -1;
  const tier = index >= 0 ? tiers[index]! : null;
  const next = tiers[index + 1] ?? null;
  const progress = await qualifyingAmount(db, workspaceId, customerId, settings, now);
  return {
    tier: tier && {
      id: tier.id,
      name: tier.name,
      rank: index + 1,
      earn_multiplier_percent: tier.earnMultiplierPercent,
      free_shipping: tier.freeShipping,
      since: current!.since.toISOString(),
      review_at: current!.reviewAt.toISOString(),
    },
    next_tier: next && {
      id: next.id,
      name: next.name,
      rank: index + 2,
      metric: settings.tier_metric,
      threshold: next.threshold,
      progress,
      remaining: Math.max(0, next.threshold - progress),
      progress_percent:
        next.threshold > 0 ? Math.min(100, Math.floor((progress * 100) / next.threshold)) : 100,
    },
  };
}

/** GET /v1/customers/{id}/loyalty: everything a points widget shows. */
export async function loyaltyStatus(db: Db, workspaceId: string, ref: string, now: Date) {
  const customerId = await customerIdOrThrow(db, workspaceId, ref);
  const settings = await getProgramSettings(db, workspaceId);
  const account = await findAccount(db, workspaceId, customerId);
  const balance = account?.balance ?? 0;
  const credit = await storeCreditBalance(db, workspaceId, customerId);
  return {
    object: 'loyalty_status' as const,
    customer_id: customerId,
    points_name: settings.points_name,
    points: {
      balance,
      pending: account?.pending ?? 0,
      lifetime_earned: account?.lifetimeEarned ?? 0,
      lifetime_redeemed: account?.lifetimeRedeemed ?? 0,
      lifetime_expired: account?.lifetimeExpired ?? 0,
      value_minor: pointsValueMinor(settings, balance),
      negative_since: account?.negativeSince?.toISOString() ?? null,
    },
    ...(await tierStatus(db, workspaceId, customerId, now)),
    expiring: await expiring(db, workspaceId, customerId, now),
    store_credit: { balance_minor: credit.balanceMinor, currency: credit.currency },
    badges: await customerBadges(db, workspaceId, customerId),
  };
}

/** Newest first; `starting_after` is the last id of the previous page. */
export async function listTransactions(
  db: Db,
  workspaceId: string,
  ref: string,
  page: { limit: number; starting_after?: string | undefined },
): Promise<ListPage<PointsTransaction>> {
  const customerId = await customerIdOrThrow(db, workspaceId, ref);
  const rows = await entriesPage(db, workspaceId, customerId, page.limit, page.starting_after);
  return listPage(rows.map(presentEntry), page.limit);
}
