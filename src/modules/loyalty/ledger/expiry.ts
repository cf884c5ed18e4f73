import type { Db } from '../../../db/connection.js';
import { emitPointsEvent } from './ledger.js';
import { lockAccount, spendableLots } from './ledger.queries.js';
import { writeEntry } from './ledger-write.js';

// The writes of expiry; the loyalty sweep (schedule/) decides what is due and calls these, so
// the ledger stays the only writer of entries, lots and accounts.

/** Expires the given lots of one customer (those still holding points) in one entry. */
export async function expireLots(
  tx: Db,
  workspaceId: string,
  customerId: string,
  lotIds: Set<string>,
  reason: string,
  now: Date,
): Promise<number> {
  const account = await lockAccount(tx, workspaceId, customerId);
  const lots = (await spendableLots(tx, workspaceId, customerId)).filter(
    (lot) => lotIds.has(lot.id) && lot.expiresAt !== null && lot.expiresAt <= now,
  );
  const points = lots.reduce((sum, lot) => sum + lot.remaining, 0);
  if (points === 0) return 0;
  const written = await writeEntry(tx, workspaceId, customerId, account, {
    kind: 'expire',
    points: -points,
    pendingPoints: 0,
    reason,
    source: { type: 'expiry', id: lots[0]!.id },
    idempotencyKey: null,
    at: now,
    allocations: lots.map((lot) => ({ lotId: lot.id, points: -lot.remaining })),
  });
  await emitPointsEvent(tx, workspaceId, 'Points Expired', written.entryId, now, {
    customer_id: customerId,
    points,
    balance: written.account.balance,
  });
  return 1;
}
