import { invalidParameter } from '../../core/errors.js';
import { liabilityPeriodDaysDefault } from '../../core/limits.js';
import type { Db } from '../../db/connection.js';
import { getWorkspace } from '../workspaces/index.js';
import { addDays } from './arithmetic.js';
import { getProgramSettings, pointsValueMinor } from './program.js';
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
  return {
    object: 'loyalty_liability' as const,
    currency,
    points_name: settings.points_name,
    outstanding: {
      points: outstanding.posted,
      value_minor: pointsValueMinor(settings, outstanding.posted),
      pending_points: outstanding.pending,
      pending_value_minor: pointsValueMinor(settings, outstanding.pending),
      negative_points: outstanding.negative,
      customers: outstanding.customers,
      store_credit_minor: await outstandingCreditMinor(db, workspaceId),
    },
    by_expiry_month: byMonth.map((m) => ({
      month: m.month,
      points: m.points,
      value_minor: pointsValueMinor(settings, m.points),
    })),
    period: {
      from: from.toISOString(),
      to: to.toISOString(),
      issued: flows.issued,
      redeemed: flows.redeemed,
      expired: flows.expired,
      clawed_back: flows.clawedBack,
      adjusted_down: flows.adjustedDown,
      breakage_rate: left === 0 ? null : Math.round((flows.expired / left) * 10_000) / 10_000,
    },
  };
}
