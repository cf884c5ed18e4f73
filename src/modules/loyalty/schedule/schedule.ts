import type { Clock } from '../../../core/clock.js';
import { groupBy } from '../../../core/group-by.js';
import { repeatEvery, type Repeating } from '../../../core/repeat.js';
import { loyaltySweepIntervalMs, loyaltySweepRowsMax } from '../../../core/limits.js';
import type { Db } from '../../../db/connection.js';
import { addDays, addMonths } from '../arithmetic.js';
import {
  emitPointsEvent,
  expireInactiveMembers,
  expireLots,
  markAnnounced,
  markExpiryWarned,
  postLots,
  reasonText,
} from '../ledger/index.js';
import {
  programSettingsSchema,
  type ProgramSettings,
  reviewTier,
  tiersDueForReview,
} from '../program/index.js';
import { birthdays } from './birthdays.js';
import {
  dueExpiringLots,
  duePendingLots,
  inactiveAccounts,
  programsWithExpiry,
  unannouncedLots,
  type DueLot,
} from './schedule.queries.js';

// Loyalty's scheduled work is a sweep over due columns, not a job queue: pending lots carry
// `pending_until`, lots `expires_at` and `warned_at`, tiers `review_at`. The state that says what
// is due is the ledger itself, so it is durable and survives restarts with nothing to re-enqueue;
// a refund that voids a pending lot needs no job cancelled; every step re-reads its rows under
// the customer's account lock, so running twice, or in two processes, does the work once; and
// tests move the clock by passing another `now`.

export interface SweepResult {
  posted: number;
  expired: number;
  announced: number;
  tiersReviewed: number;
  birthdays: number;
}

const byCustomer = (lots: DueLot[]) => [
  ...groupBy(lots, (lot) => `${lot.workspaceId}\u0000${lot.customerId}`).values(),
];

/** Pending → posted once the pending period has passed (a voided remainder stays void). */
async function postDue(db: Db, now: Date, scope: string | null): Promise<number> {
  let posted = 0;
  for (const [workspaceId, due] of groupBy(
    await duePendingLots(db, now, loyaltySweepRowsMax, scope),
    (lot) => lot.workspaceId,
  )) {
    posted += await db.transaction((tx) => postLots(tx, workspaceId, due, now));
  }
  return posted;
}

async function expireDueLots(db: Db, now: Date, scope: string | null): Promise<number> {
  let expired = 0;
  for (const group of byCustomer(await dueExpiringLots(db, now, loyaltySweepRowsMax, scope))) {
    const { workspaceId, customerId } = group[0]!;
    const ids = new Set(group.map((g) => g.lotId));
    expired += await db.transaction((tx) =>
      expireLots(tx, workspaceId, customerId, ids, reasonText('lot_expired'), now),
    );
  }
  return expired;
}

/** Per-lot expiry: announce lots expiring within `expiring_soon_days`, once per lot. */
async function announcePerLot(
  db: Db,
  workspaceId: string,
  settings: ProgramSettings,
  now: Date,
): Promise<number> {
  const until = addDays(now, settings.expiring_soon_days);
  const groups = byCustomer(await unannouncedLots(db, workspaceId, until, loyaltySweepRowsMax));
  for (const group of groups) {
    const lots = group as Awaited<ReturnType<typeof unannouncedLots>>;
    await db.transaction(async (tx) => {
      await emitPointsEvent(
        tx,
        workspaceId,
        'Points Expiring Soon',
        `${lots[0]!.customerId}:${lots[0]!.lotId}`,
        now,
        {
          customer_id: lots[0]!.customerId,
          points: lots.reduce((sum, lot) => sum + lot.remaining, 0),
          expires_at: lots[0]!.expiresAt.toISOString(),
          points_name: settings.points_name,
        },
      );
      await markAnnounced(
        tx,
        workspaceId,
        lots.map((lot) => lot.lotId),
        now,
      );
    });
  }
  return groups.length;
}

/** Inactivity expiry: announce N days ahead, then expire every posted lot of inactive accounts. */
async function inactivity(db: Db, workspaceId: string, settings: ProgramSettings, now: Date, months: number) {
  let announced = 0;
  const warnBefore = addMonths(addDays(now, settings.expiring_soon_days), -months);
  const expireBefore = addMonths(now, -months);
  const accounts = await inactiveAccounts(db, workspaceId, warnBefore, expireBefore, loyaltySweepRowsMax);
  const lapsed = accounts.filter((account) => addMonths(account.lastActivityAt, months) <= now);
  const expired =
    lapsed.length === 0
      ? 0
      : await db.transaction((tx) =>
          expireInactiveMembers(
            tx,
            workspaceId,
            lapsed.map((account) => account.customerId),
            months,
            now,
          ),
        );
  for (const account of accounts) {
    const expiresAt = addMonths(account.lastActivityAt, months);
    if (expiresAt <= now) continue;
    await db.transaction(async (tx) => {
      await emitPointsEvent(
        tx,
        workspaceId,
        'Points Expiring Soon',
        `${account.customerId}:${expiresAt.toISOString()}`,
        now,
        {
          customer_id: account.customerId,
          points: account.balance,
          expires_at: expiresAt.toISOString(),
          points_name: settings.points_name,
        },
      );
      await markExpiryWarned(tx, workspaceId, account.customerId, now);
      announced++;
    });
  }
  return { announced, expired };
}

async function reviewTiers(db: Db, now: Date, scope: string | null): Promise<number> {
  const due = await tiersDueForReview(db, now, loyaltySweepRowsMax, scope);
  for (const { workspaceId, customerId } of due) {
    await db.transaction((tx) => reviewTier(tx, workspaceId, customerId, now));
  }
  return due.length;
}

/**
 * One pass of every due step; safe to run at any time, in any process, any number of times.
 * `workspaceId` limits the pass to one workspace (tests run beside other tests' workspaces).
 */
export async function runLoyaltySchedule(
  db: Db,
  now: Date,
  workspaceId: string | null = null,
): Promise<SweepResult> {
  const scope = workspaceId;
  const result: SweepResult = { posted: 0, expired: 0, announced: 0, tiersReviewed: 0, birthdays: 0 };
  result.posted = await postDue(db, now, scope);
  result.expired = await expireDueLots(db, now, scope);
  for (const program of await programsWithExpiry(db, scope)) {
    const settings = programSettingsSchema.parse(program.settings);
    if (settings.expiry.policy === 'per_lot') {
      result.announced += await announcePerLot(db, program.workspaceId, settings, now);
    } else if (settings.expiry.policy === 'inactivity') {
      const done = await inactivity(db, program.workspaceId, settings, now, settings.expiry.months);
      result.announced += done.announced;
      result.expired += done.expired;
    }
  }
  result.tiersReviewed = await reviewTiers(db, now, scope);
  result.birthdays = await birthdays(db, now, scope);
  return result;
}

export type LoyaltyScheduler = Repeating;

/** Runs the sweep every `loyaltySweepIntervalMs` until stopped (the server starts one). */
export function startLoyaltySchedule(
  db: Db,
  clock: Clock,
  onError: (error: unknown) => void,
  workspaceId: string | null = null,
): LoyaltyScheduler {
  return repeatEvery(loyaltySweepIntervalMs, () => runLoyaltySchedule(db, clock.now(), workspaceId), onError);
}
