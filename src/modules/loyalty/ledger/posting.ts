import type { Db } from '../../../db/connection.js';
import { lotsByIds, type AccountRow, type EntryWrite } from './ledger.queries.js';
import { creditLots, planEntryWrite } from './ledger-write.js';
import { lockAccounts, writeLedgerChanges, type LotChange } from './page-ledger.queries.js';
import { reasonText } from './reason.js';

// Posting pending points is the sweep's bulk work: every order's lot posts once its return window
// passes, so a shop posts about as many lots as it takes orders, and a backlog (a server that was
// down, the demo's two years) can hold tens of thousands. A batch of one workspace's due lots is
// posted in one transaction of four statements — lock the accounts, read the lots, write entries,
// allocations, lots and accounts together — instead of three statements a lot.

/**
 * Posts the given lots of one workspace (those still pending, holding points and due by `now`).
 * The lots are read only once their customers' accounts are locked: a refund holding a lock may
 * be voiding one of them. Posted points first pay a negative balance (creditLots), as every credit
 * does. Answers how many lots were posted.
 */
export async function postLots(
  tx: Db,
  workspaceId: string,
  due: { lotId: string; customerId: string }[],
  now: Date,
): Promise<number> {
  const accounts = await lockAccounts(tx, workspaceId, [...new Set(due.map((lot) => lot.customerId))]);
  const lots = (
    await lotsByIds(
      tx,
      workspaceId,
      due.map((lot) => lot.lotId),
    )
  )
    .filter(
      (lot) => lot.state === 'pending' && lot.remaining > 0 && lot.pendingUntil && lot.pendingUntil <= now,
    )
    .sort((a, b) => a.pendingUntil!.getTime() - b.pendingUntil!.getTime() || (a.id < b.id ? -1 : 1));
  if (lots.length === 0) return 0;
  const entries: EntryWrite[] = [];
  const lotChanges: LotChange[] = [];
  const touched = new Map<string, AccountRow>();
  for (const lot of lots) {
    const account = touched.get(lot.customerId) ?? accounts.get(lot.customerId)!;
    const kept = creditLots([{ lotId: lot.id, points: lot.remaining }], account.balance)[0]!;
    const delta = kept.points - lot.remaining;
    const { write } = planEntryWrite(workspaceId, lot.customerId, account, {
      kind: 'post',
      points: lot.remaining,
      pendingPoints: -lot.remaining,
      reason: reasonText('pending_over'),
      source: { type: 'lot', id: lot.id },
      idempotencyKey: `post:${lot.id}`,
      relatedEntryId: lot.originEntryId,
      at: now,
      allocations: [{ lotId: lot.id, points: delta }],
    });
    entries.push(write);
    lotChanges.push({ lotId: lot.id, delta, post: true });
    touched.set(lot.customerId, write.account);
  }
  await writeLedgerChanges(tx, workspaceId, { entries, lotChanges, accounts: touched });
  return lots.length;
}
