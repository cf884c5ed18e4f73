import { assert } from '../../../core/assert.js';
import { newId } from '../../../core/ids.js';
import type { Db } from '../../../db/connection.js';
import {
  writeEntryRows,
  type AccountRow,
  type EntryWrite,
  type Allocation,
  type EntryKind,
  type LotRow,
  type NewLot,
} from './ledger.queries.js';

// The one place that writes points entries: every change of a balance goes through writeEntry,
// which keeps the cached account in step with the ledger it appends to.

export interface EntrySpec {
  /** Given when a lot created by this entry must name it (its origin); otherwise generated. */
  id?: string;
  kind: EntryKind;
  points: number;
  pendingPoints: number;
  requestedPoints?: number | null;
  reason: string;
  source: { type: string; id: string };
  idempotencyKey: string | null;
  relatedEntryId?: string | null;
  ruleId?: string | null;
  ruleVersion?: number | null;
  actor?: string | null;
  at: Date;
  allocations: Allocation[];
  newLot?: NewLot;
}

const earningKinds = new Set<EntryKind>(['earn', 'bonus', 'post']);
const spendingKinds = new Set<EntryKind>(['redeem', 'reversal']);
const activityKinds = new Set<EntryKind>(['earn', 'bonus', 'adjust', 'redeem']);

/** Moves the cached account by one entry, the way checkLedger recomputes it from the entries. */
function applyToAccount(account: AccountRow, spec: EntrySpec): AccountRow {
  const balance = account.balance + spec.points;
  return {
    balance,
    pending: account.pending + spec.pendingPoints,
    lifetimeEarned:
      account.lifetimeEarned +
      (earningKinds.has(spec.kind) || (spec.kind === 'adjust' && spec.points > 0) ? spec.points : 0),
    lifetimeRedeemed: account.lifetimeRedeemed - (spendingKinds.has(spec.kind) ? spec.points : 0),
    lifetimeExpired: account.lifetimeExpired - (spec.kind === 'expire' ? spec.points : 0),
    lastActivityAt: activityKinds.has(spec.kind) ? spec.at : account.lastActivityAt,
    negativeSince: balance >= 0 ? null : (account.negativeSince ?? spec.at),
  };
}

/** The lot an entry creates, holding what the entry allocates to it: never below zero. */
function plannedLot(customerId: string, spec: EntrySpec) {
  if (!spec.newLot) return null;
  const { id } = spec.newLot;
  const remaining = spec.allocations.filter((a) => a.lotId === id).reduce((sum, a) => sum + a.points, 0);
  assert(remaining >= 0, `customer ${customerId}: a new lot would hold ${remaining} points`);
  return { ...spec.newLot, remaining, createdAt: spec.at };
}

/**
 * The rows one entry writes and the account after it: pure, so a page can write many at once.
 * Pending points never fall below zero: a void draws at most what the pending lots hold.
 */
export function planEntryWrite(
  workspaceId: string,
  customerId: string,
  account: AccountRow,
  spec: EntrySpec,
): { entryId: string; write: EntryWrite } {
  const entryId = spec.id ?? newId('pointsTransaction');
  const next = applyToAccount(account, spec);
  assert(next.pending >= 0, `customer ${customerId}: an entry would leave ${next.pending} pending points`);
  const lot = plannedLot(customerId, spec);
  const entry = {
    id: entryId,
    workspaceId,
    customerId,
    kind: spec.kind,
    points: spec.points,
    pendingPoints: spec.pendingPoints,
    balanceAfter: next.balance,
    pendingAfter: next.pending,
    requestedPoints: spec.requestedPoints ?? null,
    reason: spec.reason,
    sourceType: spec.source.type,
    sourceId: spec.source.id,
    idempotencyKey: spec.idempotencyKey,
    relatedEntryId: spec.relatedEntryId ?? null,
    ruleId: spec.ruleId ?? null,
    ruleVersion: spec.ruleVersion ?? null,
    actor: spec.actor ?? null,
    occurredAt: spec.at,
  };
  return { entryId, write: { entry, lot, allocations: spec.allocations, account: next } };
}

export async function writeEntry(
  tx: Db,
  workspaceId: string,
  customerId: string,
  account: AccountRow,
  spec: EntrySpec,
): Promise<{ entryId: string; account: AccountRow }> {
  const { entryId, write } = planEntryWrite(workspaceId, customerId, account, spec);
  await writeEntryRows(tx, workspaceId, customerId, write);
  return { entryId, account: write.account };
}

/** Draws up to `points` from lots in the order given; answers the (negative) allocations. */
export function drawFromLots(lots: LotRow[], points: number): { allocations: Allocation[]; drawn: number } {
  const allocations: Allocation[] = [];
  let left = points;
  for (const lot of lots) {
    if (left === 0) break;
    const take = Math.min(lot.remaining, left);
    if (take <= 0) continue;
    allocations.push({ lotId: lot.id, points: -take });
    left -= take;
  }
  return { allocations, drawn: points - left };
}

/**
 * Points credited to posted lots while the balance is negative first pay the debt: the lots keep
 * only what is left, so the posted lots always hold max(balance, 0).
 */
export function creditLots(credits: Allocation[], balanceBefore: number): Allocation[] {
  let debt = Math.max(0, -balanceBefore);
  return credits.map((credit) => {
    const repay = Math.min(debt, credit.points);
    debt -= repay;
    return { lotId: credit.lotId, points: credit.points - repay };
  });
}

/** A posted lot's points missing when the balance says they are there is a bug, never a result. */
export function shortDraw(drawn: number, wanted: number, customerId: string): string {
  return `customer ${customerId}: posted lots hold ${drawn} of the ${wanted} points the balance promises`;
}
