import { invalidParameter } from '../../../core/errors.js';
import { liabilityPeriodDaysDefault } from '../../../core/limits.js';
import type { Db } from '../../../db/connection.js';
import { getWorkspace } from '../../workspaces/index.js';
import { addDays } from '../arithmetic.js';
import { getProgramSettings, type ProgramSettings } from '../program/index.js';
import {
  flowsBetween,
  outstandingCreditMinor,
  outstandingPoints,
  pointsByExpiryMonth,
} from './reports.queries.js';

/**
 * GET /v1/loyalty/liability: what the program owes and what it cost over a period.
 * Value = points × redemption_value_minor ÷ redemption_points, rounded down.
 * Breakage rate = expired ÷ (redeemed + expired) over the period: of the points that left the
 * program, the share that left unredeemed (the usual definition in loyalty accounting, e.g.
 * IFRS 15's expected-breakage estimates). Null when no points left in the period.
 *
 * Each balance is bounded (limits.ts) but the number of customers is not, so the workspace's
 * totals can pass 2^53: they are summed as numeric in SQL and kept as bigint here. Every total is
 * answered as a JSON number (exact up to 2^53, the nearest double beyond), and the outstanding
 * liability, the figure that is booked, also exactly as decimal strings in `outstanding.exact`.
 */
export async function liability(
  db: Db,
  workspaceId: string,
  period: { from?: Date | undefined; to?: Date | undefined },
  now: Date,
) {
  const to = period.to ?? now;
  const from = period.from ?? addDays(to, -liabilityPeriodDaysDefault);
  if (from >= to) throw invalidParameter('from', 'from must be before to.');
  const settings = await getProgramSettings(db, workspaceId);
  const { currency } = await getWorkspace(db, workspaceId);
  const outstanding = await outstandingPoints(db, workspaceId);
  const inactivityMonths = settings.expiry.policy === 'inactivity' ? settings.expiry.months : null;
  const byMonth = await pointsByExpiryMonth(db, workspaceId, inactivityMonths);
  const flows = await flowsBetween(db, workspaceId, from, to);
  const left = flows.redeemed + flows.expired;
  const storeCredit = await outstandingCreditMinor(db, workspaceId);
  const owed = {
    points: outstanding.posted,
    value_minor: valueMinor(settings, outstanding.posted),
    pending_points: outstanding.pending,
    pending_value_minor: valueMinor(settings, outstanding.pending),
    negative_points: outstanding.negative,
    store_credit_minor: storeCredit,
  };
  return {
    object: 'loyalty_liability' as const,
    currency,
    points_name: settings.points_name,
    outstanding: {
      ...mapValues(owed, Number),
      customers: outstanding.customers,
      exact: mapValues(owed, String),
    },
    by_expiry_month: byMonth.map((m) => ({
      month: m.month,
      points: Number(m.points),
      value_minor: Number(valueMinor(settings, m.points)),
    })),
    period: {
      from: from.toISOString(),
      to: to.toISOString(),
      issued: Number(flows.issued),
      redeemed: Number(flows.redeemed),
      expired: Number(flows.expired),
      clawed_back: Number(flows.clawedBack),
      adjusted_down: Number(flows.adjustedDown),
      breakage_rate: left === 0n ? null : Number((20_000n * flows.expired + left) / (2n * left)) / 10_000,
    },
  };
}

/** pointsValueMinor (program.ts) over a workspace's total, which may pass 2^53. */
function valueMinor(settings: ProgramSettings, points: bigint): bigint {
  if (points <= 0n) return 0n;
  return (points * BigInt(settings.redemption_value_minor)) / BigInt(settings.redemption_points);
}

function mapValues<K extends string, T>(record: Record<K, bigint>, to: (value: bigint) => T): Record<K, T> {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [key, to(value as bigint)]),
  ) as Record<K, T>;
}
