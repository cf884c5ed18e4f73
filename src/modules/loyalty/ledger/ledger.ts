import { assert, InvariantViolation } from '../../../core/assert.js';
import { newId } from '../../../core/ids.js';
import { RetainError, invalidParameter, notFound } from '../../../core/errors.js';
import { pointsAmountMax, pointsBalanceMax } from '../../../core/limits.js';
import type { Db } from '../../../db/connection.js';
import { findCustomerRef } from '../../customers/index.js';
import { appendEvents, type NewEvent } from '../../events/index.js';
import { pointsEvent } from '../points-event.js';
import { lotExpiry, type ProgramSettings } from '../program/index.js';
import { callEarnPoints, callSpendPoints } from './ledger-calls.queries.js';
import {
  allocationsOf,
  findAccount,
  findEntry,
  findEntryByKey,
  findReversalOf,
  lockAccount,
  readAfterLock,
  wasMergedAway,
  type EntryWrite,
  type AccountRow,
  type EntryRow,
} from './ledger.queries.js';
import { creditLots, drawFromLots, planEntryWrite, shortDraw, writeEntry } from './ledger-write.js';
import { moveOpenPoints } from './move-lots.js';

export interface Source {
  type: string;
  id: string;
}

export interface EarnInput {
  workspaceId: string;
  customerId: string;
  points: number;
  kind: 'earn' | 'adjust' | 'bonus';
  reason: string;
  source: Source;
  idempotencyKey: string;
  /** Held until then (e.g. the return window); null or absent: posted at once. */
  pendingUntil?: Date | null;
  at: Date;
  actor?: string;
  /** The earn rule and version that produced these points (refunds reverse exactly these). */
  rule?: { id: string; version: number };
  /** The program's settings when the caller has read them already (the consumer's page). */
  settings?: ProgramSettings;
  /**
   * When given, `Points Earned` is added here instead of appended at once: the caller appends the
   * page's events in one statement, in the same transaction (their messageIds stay deterministic).
   */
  emitInto?: NewEvent[];
}

export interface SpendInput {
  workspaceId: string;
  customerId: string;
  points: number;
  reason: string;
  source: Source;
  idempotencyKey: string;
  at: Date;
}

export type SpendResult =
  | { ok: true; entryId: string; replayed: boolean; balance: number }
  | { ok: false; code: 'insufficient_points'; balance: number };

export interface ReturnInput {
  workspaceId: string;
  spendEntryId: string;
  idempotencyKey: string;
  reason: string;
  at: Date;
  /** The dashboard user or API key that asked for it (a cancelled redemption). */
  actor?: string;
}

function assertWholePoints(points: number, allowNegative: boolean): void {
  if (!Number.isSafeInteger(points) || points === 0 || (!allowNegative && points < 0)) {
    throw invalidParameter(
      'points',
      allowNegative ? 'points must be a non-zero whole number.' : 'points must be a positive whole number.',
    );
  }
  // Routes bound what a client asks for; an order's rate times its total, or a tier's multiplier,
  // can still ask for more.
  if (Math.abs(points) > pointsAmountMax) {
    throw invalidParameter(
      'points',
      `points must be at most ${pointsAmountMax} in one entry; got ${points}.`,
    );
  }
}

const balanceLimitReached = (held: number, points: number) =>
  new RetainError(
    'points_balance_limit_reached',
    `The customer holds ${held} points; ${points} more would pass the most one balance may hold, ${pointsBalanceMax}.`,
    { param: 'points' },
  );

/**
 * Refuses points that would take what the customer holds (posted and pending) past the bound; the
 * caller checks under the account's lock, so racing postings are judged one after the other.
 */
function assertRoomForPoints(held: number, points: number): void {
  if (held + points > pointsBalanceMax) throw balanceLimitReached(held, points);
}

/** TigerBeetle's `exists` vs `exists_with_different_*`: a key names one request, forever. */
function replayOrThrow(
  existing: { id: string },
  same: boolean,
  key: string,
): { entryId: string; replayed: true } {
  if (!same) {
    throw new RetainError(
      'idempotency_key_reused',
      `The idempotency key '${key}' was used for a different points entry (${existing.id}).`,
      { param: 'idempotency_key' },
    );
  }
  return { entryId: existing.id, replayed: true };
}

const sameSource = (entry: Pick<EntryRow, 'sourceType' | 'sourceId'>, source: Source) =>
  entry.sourceType === source.type && entry.sourceId === source.id;

/** What an earning's entry says about itself, whichever way its points move. */
function earningEntry(input: Omit<EarnInput, 'settings' | 'emitInto'>) {
  return {
    kind: input.kind,
    reason: input.reason,
    source: input.source,
    idempotencyKey: input.idempotencyKey,
    ruleId: input.rule?.id ?? null,
    ruleVersion: input.rule?.version ?? null,
    actor: input.actor ?? null,
    at: input.at,
  };
}

/**
 * Adds points (earn, bonus, positive adjust) as a new lot, in one call of loyalty_earn_points; or
 * removes them (negative adjust). A caller with nothing else to commit with it may pass the
 * database itself: the call is then its own transaction.
 */
export async function earnPoints(tx: Db, input: EarnInput): Promise<{ entryId: string; replayed: boolean }> {
  assertWholePoints(input.points, input.kind === 'adjust');
  if (input.points < 0) return takePoints(tx, input);
  const pending = input.pendingUntil != null && input.pendingUntil > input.at;
  const entryId = newId('pointsTransaction');
  const result = await callEarnPoints(tx, {
    workspaceId: input.workspaceId,
    customerId: input.customerId,
    points: input.points,
    kind: input.kind,
    reason: input.reason,
    sourceType: input.source.type,
    sourceId: input.source.id,
    idempotencyKey: input.idempotencyKey,
    pendingUntil: pending ? input.pendingUntil! : null,
    at: input.at,
    ruleId: input.rule?.id ?? null,
    ruleVersion: input.rule?.version ?? null,
    actor: input.actor ?? null,
    ...(input.settings ? { expiresAt: lotExpiry(input.settings, input.at) } : {}),
    entryId,
    lotId: newId('pointsLot'),
    eventId: input.emitInto ? null : newId('event'),
    heldMax: pointsBalanceMax,
  });
  if (result.held !== undefined) throw balanceLimitReached(result.held, input.points);
  if (result.existing) {
    const existing = result.existing;
    const same =
      existing.customerId === input.customerId &&
      existing.kind === input.kind &&
      existing.points + existing.pendingPoints === input.points &&
      sameSource(existing, input.source);
    return replayOrThrow(existing, same, input.idempotencyKey);
  }
  input.emitInto?.push(earnedEvent(input, entryId, pending, result.balance));
  return { entryId, replayed: false };
}

/** A negative adjustment: drawn from the lots like a spend, refused when the balance falls short. */
async function takePoints(tx: Db, input: EarnInput): Promise<{ entryId: string; replayed: boolean }> {
  const account = await lockAccount(tx, input.workspaceId, input.customerId);
  const read = await readAfterLock(tx, input.workspaceId, input.customerId, input.idempotencyKey, true);
  if (read.existing) {
    const existing = read.existing;
    const same =
      existing.customerId === input.customerId &&
      existing.kind === input.kind &&
      existing.points === input.points &&
      sameSource(existing, input.source);
    return replayOrThrow(existing, same, input.idempotencyKey);
  }
  const wanted = -input.points;
  if (account.balance < wanted) {
    throw new RetainError(
      'insufficient_points',
      `The customer has ${account.balance} points; an adjustment cannot take ${wanted}.`,
      { param: 'points' },
    );
  }
  const { allocations, drawn } = drawFromLots(read.lots, wanted);
  assert(drawn === wanted, shortDraw(drawn, wanted, input.customerId));
  const written = await writeEntry(tx, input.workspaceId, input.customerId, account, {
    ...earningEntry(input),
    points: input.points,
    pendingPoints: 0,
    allocations,
  });
  return { entryId: written.entryId, replayed: false };
}

function earnedEvent(
  input: Omit<EarnInput, 'settings' | 'emitInto'>,
  entryId: string,
  pending: boolean,
  balance: number,
): NewEvent {
  return pointsEvent('Points Earned', entryId, input.at, {
    customer_id: input.customerId,
    points: input.points,
    pending,
    kind: input.kind,
    reason: input.reason,
    source_type: input.source.type,
    source_id: input.source.id,
    balance,
  });
}

/**
 * The rows and the `Points Earned` event of a positive earning, from the customer's account as it
 * stands: pending points make a pending lot, posted points a posted one that first pays any debt.
 * Pure, so the consumer's page can plan many earnings and write them together.
 */
export function planEarning(
  account: AccountRow,
  input: Omit<EarnInput, 'settings' | 'emitInto'>,
  settings: ProgramSettings,
): { entryId: string; write: EntryWrite; event: NewEvent } {
  assertWholePoints(input.points, false);
  assertRoomForPoints(account.balance + account.pending, input.points);
  const pending = input.pendingUntil != null && input.pendingUntil > input.at;
  const lotId = newId('pointsLot');
  const entryId = newId('pointsTransaction');
  const { write } = planEntryWrite(input.workspaceId, input.customerId, account, {
    ...earningEntry(input),
    id: entryId,
    points: pending ? 0 : input.points,
    pendingPoints: pending ? input.points : 0,
    allocations: pending
      ? [{ lotId, points: input.points }]
      : creditLots([{ lotId, points: input.points }], account.balance),
    newLot: {
      id: lotId,
      customerId: input.customerId,
      originEntryId: entryId,
      amount: input.points,
      state: pending ? 'pending' : 'posted',
      pendingUntil: pending ? input.pendingUntil! : null,
      expiresAt: lotExpiry(settings, input.at),
    },
  });
  const event = earnedEvent(input, entryId, pending, write.account.balance);
  return { entryId, write, event };
}

/**
 * Spends posted points, soonest-expiring lots first. The customer's account row is locked for
 * the rest of the transaction, so concurrent spends of one customer run one after another and
 * never spend the same points twice. Not enough points is a result, not an error. One call of
 * loyalty_spend_points: given the database itself rather than a transaction, it commits alone.
 */
export async function spendPoints(tx: Db, input: SpendInput): Promise<SpendResult> {
  assertWholePoints(input.points, false);
  const result = await callSpendPoints(tx, {
    workspaceId: input.workspaceId,
    customerId: input.customerId,
    points: input.points,
    reason: input.reason,
    sourceType: input.source.type,
    sourceId: input.source.id,
    idempotencyKey: input.idempotencyKey,
    at: input.at,
    entryId: newId('pointsTransaction'),
    eventId: newId('event'),
  });
  if (result.existing) {
    const existing = result.existing;
    const same =
      existing.customerId === input.customerId &&
      existing.kind === 'redeem' &&
      existing.points === -input.points &&
      sameSource(existing, input.source);
    const replay = replayOrThrow(existing, same, input.idempotencyKey);
    return { ok: true, ...replay, balance: result.balance };
  }
  if (result.insufficient) return { ok: false, code: 'insufficient_points', balance: result.balance };
  if (result.drawn !== undefined)
    throw new InvariantViolation(shortDraw(result.drawn, input.points, input.customerId));
  return { ok: true, entryId: result.entryId, replayed: false, balance: result.balance };
}

/**
 * Gives a spend's points back to the very lots it drew from, so they keep their original expiry
 * (a lot that expired meanwhile is expired again by the next sweep). A spend returns once. When
 * the profile that spent has since been merged away, the returned points follow the merge the way
 * the merge moved the rest: to lots of the same origin and expiry on the surviving profile.
 */
export async function returnSpentPoints(
  tx: Db,
  input: ReturnInput,
): Promise<{ entryId: string; replayed: boolean }> {
  const spend = await findEntry(tx, input.workspaceId, input.spendEntryId);
  if (!spend || spend.kind !== 'redeem') throw notFound('points spend', input.spendEntryId, 'spend_entry_id');
  const account = await lockAccount(tx, input.workspaceId, spend.customerId);
  const existing = await findEntryByKey(tx, input.workspaceId, input.idempotencyKey);
  if (existing) {
    const same = existing.kind === 'reversal' && existing.relatedEntryId === spend.id;
    return replayOrThrow(existing, same, input.idempotencyKey);
  }
  const prior = await findReversalOf(tx, input.workspaceId, spend.id);
  if (prior) {
    throw new RetainError('spend_already_returned', `Spend ${spend.id} was returned by ${prior.id}.`, {
      param: 'spend_entry_id',
    });
  }
  assertRoomForPoints(account.balance + account.pending, -spend.points);
  const drawnFrom = await allocationsOf(tx, spend.id);
  const credits = drawnFrom.map((a) => ({ lotId: a.lotId, points: -a.points }));
  const written = await writeEntry(tx, input.workspaceId, spend.customerId, account, {
    kind: 'reversal',
    points: -spend.points,
    pendingPoints: 0,
    reason: input.reason,
    source: { type: spend.sourceType, id: spend.sourceId },
    idempotencyKey: input.idempotencyKey,
    relatedEntryId: spend.id,
    actor: input.actor ?? null,
    at: input.at,
    allocations: creditLots(credits, account.balance),
  });
  await followMerge(tx, input, spend.customerId, written.account);
  return { entryId: written.entryId, replayed: false };
}

/** Points that came back to a merged-away profile move on to the live profile it became. */
async function followMerge(tx: Db, input: ReturnInput, customerId: string, from: AccountRow): Promise<void> {
  if (!(await wasMergedAway(tx, input.workspaceId, customerId))) return;
  const intoId = await findCustomerRef(tx, input.workspaceId, customerId);
  if (!intoId || intoId === customerId) return;
  const into = await lockAccount(tx, input.workspaceId, intoId);
  await moveOpenPoints(tx, {
    workspaceId: input.workspaceId,
    fromId: customerId,
    intoId,
    from,
    into,
    key: `${input.idempotencyKey}:merged`,
    at: input.at,
  });
}

export async function pointsBalance(
  db: Db,
  workspaceId: string,
  customerId: string,
): Promise<{ balance: number; pending: number }> {
  const account = await findAccount(db, workspaceId, customerId);
  return { balance: account?.balance ?? 0, pending: account?.pending ?? 0 };
}

/** Loyalty's events go into the log in the caller's transaction, with a deterministic messageId. */
export async function emitPointsEvent(
  tx: Db,
  workspaceId: string,
  name: string,
  uniqueId: string,
  at: Date,
  properties: Record<string, unknown>,
): Promise<void> {
  await appendEvents(tx, workspaceId, [pointsEvent(name, uniqueId, at, properties)]);
}
