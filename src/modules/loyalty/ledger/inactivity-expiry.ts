import { groupBy } from '../../../core/group-by.js';
import type { Db } from '../../../db/connection.js';
import { addMonths } from '../arithmetic.js';
import { appendEvents, type NewEvent } from '../../events/index.js';
import { pointsEvent } from '../points-event.js';
import { spendableLotsOf, type AccountRow, type EntryWrite } from './ledger.queries.js';
import { planEntryWrite } from './ledger-write.js';
import { lockAccounts, writeLedgerChanges, type LotChange } from './page-ledger.queries.js';
import { reasonText } from './reason.js';

// Under the inactivity policy a member's points all expire together, months after their last
// activity; a shop that stopped selling for a while, or the demo's two years, has thousands due at
// once. A batch of one workspace's members expires in four statements plus the log append, as
// posting does (posting.ts), instead of five a member.

/**
 * Expires every posted point of the given members who, by their last activity read under the
 * account lock, have still been inactive for `months` at `now` (one who became active meanwhile
 * keeps their points).
 * Answers how many members' points expired.
 */
export async function expireInactiveMembers(
  tx: Db,
  workspaceId: string,
  customerIds: string[],
  months: number,
  now: Date,
): Promise<number> {
  const accounts = await lockAccounts(tx, workspaceId, customerIds);
  const due = customerIds.filter((id) => {
    const lastActivity = accounts.get(id)?.lastActivityAt;
    return !lastActivity || addMonths(lastActivity, months) <= now;
  });
  const lotsByCustomer = groupBy(await spendableLotsOf(tx, workspaceId, due), (lot) => lot.customerId);
  const entries: EntryWrite[] = [];
  const lotChanges: LotChange[] = [];
  const touched = new Map<string, AccountRow>();
  const events: NewEvent[] = [];
  for (const [customerId, lots] of lotsByCustomer) {
    const points = lots.reduce((sum, lot) => sum + lot.remaining, 0);
    const { entryId, write } = planEntryWrite(workspaceId, customerId, accounts.get(customerId)!, {
      kind: 'expire',
      points: -points,
      pendingPoints: 0,
      reason: reasonText('inactivity'),
      source: { type: 'expiry', id: lots[0]!.id },
      idempotencyKey: null,
      at: now,
      allocations: lots.map((lot) => ({ lotId: lot.id, points: -lot.remaining })),
    });
    entries.push(write);
    lotChanges.push(...lots.map((lot) => ({ lotId: lot.id, delta: -lot.remaining, post: false })));
    touched.set(customerId, write.account);
    events.push(
      pointsEvent('Points Expired', entryId, now, {
        customer_id: customerId,
        points,
        balance: write.account.balance,
      }),
    );
  }
  if (entries.length === 0) return 0;
  await writeLedgerChanges(tx, workspaceId, { entries, lotChanges, accounts: touched });
  await appendEvents(tx, workspaceId, events);
  return entries.length;
}
