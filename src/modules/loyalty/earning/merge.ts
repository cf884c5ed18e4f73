import type { Db } from '../../../db/connection.js';
import { repointLoyaltyOrders, mergeProfilesTraits } from './consumer.queries.js';
import {
  findEntryByKey,
  hasEntries,
  lockAccount,
  moveOpenPoints,
  lockCredit,
  writeCreditEntry,
  reasonText,
} from '../ledger/index.js';
import { reviewTierNow } from '../program/index.js';

/**
 * `Customers Merged`: the merged profile's points move to the profile it merged into, lot by lot
 * with their pending dates and expiries, through a merge_out and a merge_in entry. Its orders,
 * store credit and traits follow; the surviving profile's tier is reviewed with the combined history.
 */
export async function mergeLoyalty(
  tx: Db,
  workspaceId: string,
  fromId: string,
  intoId: string,
  at: Date,
): Promise<void> {
  const key = `merge:${fromId}:${intoId}`;
  // Lock in id order so two merges touching the same profiles cannot deadlock.
  const [first, second] = fromId < intoId ? [fromId, intoId] : [intoId, fromId];
  const locked = {
    [first]: await lockAccount(tx, workspaceId, first),
    [second]: await lockAccount(tx, workspaceId, second),
  };
  if (await findEntryByKey(tx, workspaceId, `${key}:out`)) return;
  // Any ledger history (points held or not) leaves a merge_out behind, even one that moves
  // nothing: a spend of this profile returned later finds by it that the points follow the merge.
  if (await hasEntries(tx, workspaceId, fromId)) {
    await moveOpenPoints(tx, {
      workspaceId,
      fromId,
      intoId,
      from: locked[fromId]!,
      into: locked[intoId]!,
      key,
      at,
    });
  }
  await mergeCredit(tx, workspaceId, fromId, intoId, key, at);
  await repointLoyaltyOrders(tx, workspaceId, fromId, intoId);
  await mergeProfilesTraits(tx, workspaceId, fromId, intoId);
  await reviewTierNow(tx, workspaceId, fromId, intoId, at);
}

async function mergeCredit(
  tx: Db,
  workspaceId: string,
  fromId: string,
  intoId: string,
  key: string,
  at: Date,
): Promise<void> {
  const from = await lockCredit(tx, workspaceId, fromId);
  if (from.balanceMinor === 0) return;
  const into = await lockCredit(tx, workspaceId, intoId);
  const common = {
    reason: reasonText('profile_merged', { from: fromId, into: intoId }),
    source: { type: 'customer', id: fromId },
    at,
  };
  await writeCreditEntry(tx, workspaceId, fromId, from, {
    ...common,
    kind: 'merge_out',
    amountMinor: -from.balanceMinor,
    idempotencyKey: `${key}:credit:out`,
  });
  await writeCreditEntry(tx, workspaceId, intoId, into, {
    ...common,
    kind: 'merge_in',
    amountMinor: from.balanceMinor,
    idempotencyKey: `${key}:credit:in`,
  });
}
