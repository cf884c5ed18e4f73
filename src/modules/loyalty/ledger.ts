import { newId } from '../../core/ids.js';
import { RetainError, invalidParameter, notFound } from '../../core/errors.js';
import type { Db } from '../../db/connection.js';
import { findCustomerRef } from '../customers/index.js';
import { appendEvents, type NewEvent } from '../events/index.js';
import './errors.js';
import { lotExpiry, settingsOrDefaults, type ProgramSettings } from './program.js';
import {
  allocationsOf,
  findAccount,
  findEntry,
  findEntryByKey,
  findReversalOf,
  lockAccount,
  lockAccountForEarning,
  readAfterLock,
  wasMergedAway,
  writeEntryRows,
  type EntryWrite,
  type AccountRow,
  type EntryRow,
} from './ledger.queries.js';
import { assertDrawn, creditLots, drawFromLots, planEntryWrite, writeEntry } from './ledger-write.js';
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
}

function assertWholePoints(points: number, allowNegative: boolean): void {
  if (!Number.isSafeInteger(points) || points === 0 || (!allowNegative && points < 0)) {
    throw invalidParameter(
      'points',
      allowNegative ? 'points must be a non-zero whole number.' : 'points must be a positive whole number.',
    );
  }
}

/** TigerBeetle's `exists` vs `exists_with_different_*`: a key names one request, forever. */
function replayOrThrow(existing: EntryRow, same: boolean, key: string): { entryId: string; replayed: true } {
  if (!same) {
    throw new RetainError(
      'idempotency_key_reused',
      `The idempotency key '${key}' was used for a different points entry (${existing.id}).`,
      { param: 'idempotency_key' },
    );
  }
  return { entryId: existing.id, replayed: true };
}

const sameSource = (entry: EntryRow, source: Source) =>
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

/** Adds points (earn, bonus, positive adjust) as a new lot, or removes them (negative adjust). */
export async function earnPoints(tx: Db, input: EarnInput): Promise<{ entryId: string; replayed: boolean }> {
  assertWholePoints(input.points, input.kind === 'adjust');
  const read =
    input.points < 0
      ? {
          account: await lockAccount(tx, input.workspaceId, input.customerId),
          ...(await readAfterLock(tx, input.workspaceId, input.customerId, input.idempotencyKey, true)),
        }
      : {
          ...(await lockAccountForEarning(tx, input.workspaceId, input.customerId, input.idempotencyKey)),
          lots: [],
        };
  const account = read.account;
  const existing = read.existing;
  if (existing) {
    const same =
      existing.customerId === input.customerId &&
      existing.kind === input.kind &&
      existing.points + existing.pendingPoints === input.points &&
      sameSource(existing, input.source);
    return replayOrThrow(existing, same, input.idempotencyKey);
  }
  if (input.points < 0) {
    const wanted = -input.points;
    if (account.balance < wanted) {
      throw new RetainError(
        'insufficient_points',
        `The customer has ${account.balance} points; an adjustment cannot take ${wanted}.`,
        { param: 'points' },
      );
    }
    const { allocations, drawn } = drawFromLots(read.lots, wanted);
    assertDrawn(drawn, wanted, input.customerId);
    const written = await writeEntry(tx, input.workspaceId, input.customerId, account, {
      ...earningEntry(input),
      points: input.points,
      pendingPoints: 0,
      allocations,
    });
    return { entryId: written.entryId, replayed: false };
  }

  const settings = input.settings ?? (await settingsOrDefaults(tx, input.workspaceId, read.settings));
  const planned = planEarning(account, input, settings);
  await writeEntryRows(tx, input.workspaceId, input.customerId, planned.write);
  if (input.emitInto) input.emitInto.push(planned.event);
  else await appendEvents(tx, input.workspaceId, [planned.event]);
  return { entryId: planned.entryId, replayed: false };
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
  const event = pointsEvent('Points Earned', entryId, input.at, {
    customer_id: input.customerId,
    points: input.points,
    pending,
    kind: input.kind,
    reason: input.reason,
    source_type: input.source.type,
    source_id: input.source.id,
    balance: write.account.balance,
  });
  return { entryId, write, event };
}

/**
 * Spends posted points, soonest-expiring lots first. The customer's account row is locked for
 * the rest of the transaction, so concurrent spends of one customer run one after another and
 * never spend the same points twice. Not enough points is a result, not an error.
 */
export async function spendPoints(tx: Db, input: SpendInput): Promise<SpendResult> {
  assertWholePoints(input.points, false);
  const account = await lockAccount(tx, input.workspaceId, input.customerId);
  const read = await readAfterLock(tx, input.workspaceId, input.customerId, input.idempotencyKey, true);
  const existing = read.existing;
  if (existing) {
    const same =
      existing.customerId === input.customerId &&
      existing.kind === 'redeem' &&
      existing.points === -input.points &&
      sameSource(existing, input.source);
    const replay = replayOrThrow(existing, same, input.idempotencyKey);
    return { ok: true, ...replay, balance: account.balance };
  }
  if (account.balance < input.points) {
    return { ok: false, code: 'insufficient_points', balance: account.balance };
  }
  const { allocations, drawn } = drawFromLots(read.lots, input.points);
  assertDrawn(drawn, input.points, input.customerId);
  const written = await writeEntry(tx, input.workspaceId, input.customerId, account, {
    kind: 'redeem',
    points: -input.points,
    pendingPoints: 0,
    reason: input.reason,
    source: input.source,
    idempotencyKey: input.idempotencyKey,
    at: input.at,
    allocations,
  });
  await emitPointsEvent(tx, input.workspaceId, 'Points Redeemed', written.entryId, input.at, {
    customer_id: input.customerId,
    points: input.points,
    reason: input.reason,
    source_type: input.source.type,
    source_id: input.source.id,
    balance: written.account.balance,
  });
  return { ok: true, entryId: written.entryId, replayed: false, balance: written.account.balance };
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

/** One of loyalty's events, with a deterministic messageId. */
export function pointsEvent(
  name: string,
  uniqueId: string,
  at: Date,
  properties: Record<string, unknown>,
): NewEvent {
  const slug = name.toLowerCase().replaceAll(' ', '-');
  return {
    messageId: `retain:${slug}:${uniqueId}`,
    type: 'track',
    name,
    properties,
    occurredAt: at,
    receivedAt: at,
    source: 'retain',
  };
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
