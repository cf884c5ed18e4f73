import type { Db } from '../../db/connection.js';
import { mulDivFloor } from './arithmetic.js';
import { getProgramSettings, type ProgramSettings } from './program.js';
import {
  earningEntriesOf,
  lockAccount,
  lotsOfOrigin,
  readAfterLock,
  spendableLots,
  type EarningEntry,
} from './ledger.queries.js';
import { drawFromLots, writeEntry } from './ledger-write.js';
import { lockCredit, writeCreditEntry } from './store-credit.js';
import { creditOfSource } from './store-credit.queries.js';

// Refunds claw back in proportion: after refunds totalling R of an order of total T, each entry
// that earned E from the order has given back ⌊E × R ÷ T⌋ in all (rounded down, in the
// customer's favour; a full refund gives back exactly E). Working from the cumulative refund
// means partial refunds never drift by rounding, and what was *asked* is recorded, so a replay or
// a later refund never reverses the same points twice.

export interface RefundContext {
  workspaceId: string;
  customerId: string;
  orderId: string;
  totalMinor: number;
  refundedMinorAfter: number;
  /** Names this refund: idempotency keys derive from it (the refund event's id). */
  refundKey: string;
  at: Date;
}

/** `known` is the program's settings when the caller has read them already. */
export async function clawBackOrder(tx: Db, refund: RefundContext, known?: ProgramSettings): Promise<void> {
  const settings = known ?? (await getProgramSettings(tx, refund.workspaceId));
  for (const entry of await earningEntriesOf(tx, refund.workspaceId, 'order', refund.orderId)) {
    const earned = entry.points + entry.pendingPoints;
    const target = mulDivFloor(earned, refund.refundedMinorAfter, refund.totalMinor);
    const asked = entry.requestedBack;
    if (target > asked) await clawBackEntry(tx, refund, settings, entry, target - asked);
  }
  await clawBackCredit(tx, refund, settings);
}

/** Takes `points` back for one earning entry: from its pending lot (void), else from posted lots. */
async function clawBackEntry(
  tx: Db,
  refund: RefundContext,
  settings: ProgramSettings,
  entry: EarningEntry,
  points: number,
): Promise<void> {
  const key = `refund:${refund.refundKey}:${entry.id}`;
  const account = await lockAccount(tx, refund.workspaceId, refund.customerId);
  // Points posted at once never had a pending lot: their lots are among the spendable ones, read
  // with the key in one round trip. Points earned pending look for their lot as it is now.
  const postedAtOnce = entry.pendingPoints === 0;
  const read = await readAfterLock(tx, refund.workspaceId, refund.customerId, key, postedAtOnce);
  if (read.existing) return;
  // Lots of one origin share its expiry, so the spendable order keeps them in id order.
  const origin = postedAtOnce
    ? read.lots.filter((lot) => lot.originEntryId === entry.id)
    : await lotsOfOrigin(tx, refund.workspaceId, entry.id, refund.customerId);
  const pendingLots = origin.filter((lot) => lot.state === 'pending');
  const common = {
    requestedPoints: points,
    reason: `Order ${refund.orderId} refunded`,
    source: { type: 'order', id: refund.orderId },
    idempotencyKey: key,
    relatedEntryId: entry.id,
    ruleId: entry.ruleId,
    ruleVersion: entry.ruleVersion,
    at: refund.at,
  };
  if (pendingLots.length > 0) {
    const { allocations, drawn } = drawFromLots(pendingLots, points);
    await writeEntry(tx, refund.workspaceId, refund.customerId, account, {
      ...common,
      kind: 'void',
      points: 0,
      pendingPoints: -drawn,
      allocations,
    });
    return;
  }
  // The order's own lot first, then the customer's other points, soonest-expiring first.
  const spendable = postedAtOnce ? read.lots : await spendableLots(tx, refund.workspaceId, refund.customerId);
  const others = spendable.filter((lot) => lot.originEntryId !== entry.id);
  const { allocations, drawn } = drawFromLots(
    [...origin.filter((lot) => lot.state === 'posted'), ...others],
    points,
  );
  const taken = settings.clawback === 'allow_negative' ? points : drawn;
  if (taken === 0) return;
  await writeEntry(tx, refund.workspaceId, refund.customerId, account, {
    ...common,
    kind: 'clawback',
    points: -taken,
    pendingPoints: 0,
    allocations,
  });
}

/** Store credit (cashback) the order earned comes back in the same proportion, per the same policy. */
async function clawBackCredit(tx: Db, refund: RefundContext, settings: ProgramSettings): Promise<void> {
  const { issuedMinor, requestedBackMinor } = await creditOfSource(
    tx,
    refund.workspaceId,
    'order',
    refund.orderId,
  );
  if (issuedMinor === 0) return;
  const target = mulDivFloor(issuedMinor, refund.refundedMinorAfter, refund.totalMinor);
  const asked = target - requestedBackMinor;
  if (asked <= 0) return;
  const account = await lockCredit(tx, refund.workspaceId, refund.customerId);
  const available = Math.max(0, account.balanceMinor);
  const taken = settings.clawback === 'allow_negative' ? asked : Math.min(asked, available);
  await writeCreditEntry(tx, refund.workspaceId, refund.customerId, account, {
    kind: 'clawback',
    amountMinor: -taken,
    requestedMinor: asked,
    reason: `Order ${refund.orderId} refunded`,
    source: { type: 'order', id: refund.orderId },
    idempotencyKey: `refund:${refund.refundKey}:credit`,
    at: refund.at,
  });
}
