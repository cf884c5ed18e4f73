import { newId } from '../../../core/ids.js';
import type { Db } from '../../../db/connection.js';
import {
  insertLot,
  openLots,
  spendableLots,
  type AccountRow,
  type Allocation,
  type LotRow,
} from './ledger.queries.js';
import { creditLots, drawFromLots, writeEntry } from './ledger-write.js';
import { reasonText } from './reason.js';

export interface Move {
  workspaceId: string;
  fromId: string;
  intoId: string;
  /** Both accounts, locked by the caller. */
  from: AccountRow;
  into: AccountRow;
  /** The entries are recorded under `${key}:out` and `${key}:in`. */
  key: string;
  at: Date;
}

/**
 * Moves everything a profile holds to the profile it merged into, through a merge_out and a
 * merge_in entry: each open lot becomes a lot of the same origin, pending date and expiry on the
 * other side, and a debt (negative balance) is passed on. Used by the merge itself and by points
 * that come back to a merged-away profile later (a returned spend).
 */
export async function moveOpenPoints(tx: Db, move: Move): Promise<void> {
  const { workspaceId, fromId, intoId, from, into, at } = move;
  const lots = await openLots(tx, workspaceId, fromId);
  const source = { type: 'customer', id: fromId };
  const reason = reasonText('profile_merged', { from: fromId, into: intoId });
  await writeEntry(tx, workspaceId, fromId, from, {
    kind: 'merge_out',
    points: -from.balance,
    pendingPoints: -from.pending,
    reason,
    source,
    idempotencyKey: `${move.key}:out`,
    at,
    allocations: lots.map((lot) => ({ lotId: lot.id, points: -lot.remaining })),
  });
  const entryId = newId('pointsTransaction');
  const copies = lots.map((lot) => ({ ...lot, id: newId('pointsLot') }));
  const pendingCredits: Allocation[] = copies
    .filter((lot) => lot.state === 'pending')
    .map((lot) => ({ lotId: lot.id, points: lot.remaining }));
  const postedCredits = creditLots(
    copies.filter((lot) => lot.state === 'posted').map((lot) => ({ lotId: lot.id, points: lot.remaining })),
    into.balance,
  );
  // A merged profile in debt (negative after a clawback) passes the debt on.
  const debt =
    from.balance < 0 ? drawFromLots(await spendableLots(tx, workspaceId, intoId), -from.balance) : null;
  for (const lot of copies) await writeLotCopy(tx, workspaceId, intoId, entryId, lot, at);
  await writeEntry(tx, workspaceId, intoId, into, {
    id: entryId,
    kind: 'merge_in',
    points: from.balance,
    pendingPoints: from.pending,
    reason,
    source,
    idempotencyKey: `${move.key}:in`,
    at,
    allocations: [...pendingCredits, ...postedCredits, ...(debt?.allocations ?? [])],
  });
}

async function writeLotCopy(
  tx: Db,
  workspaceId: string,
  customerId: string,
  entryId: string,
  lot: LotRow,
  at: Date,
): Promise<void> {
  await insertLot(
    tx,
    workspaceId,
    entryId,
    {
      id: lot.id,
      customerId,
      originEntryId: lot.originEntryId,
      amount: lot.amount,
      state: lot.state,
      pendingUntil: lot.pendingUntil,
      expiresAt: lot.expiresAt,
    },
    at,
  );
}
