import type { Db } from '../../../db/connection.js';
import { mulDivFloor } from '../arithmetic.js';
import { idText, getProgramSettings, type ProgramSettings } from '../program/index.js';
import {
  earningEntriesOf,
  lockAccount,
  lotsOfOrigin,
  readAfterLock,
  spendableLots,
  type EarningEntry,
  type LotRow,
} from './ledger.queries.js';
import { drawFromLots, writeEntry, type EntrySpec } from './ledger-write.js';
import { lockCredit, writeCreditEntry } from './store-credit.js';
import { creditOfSource } from './store-credit.queries.js';
import { reasonText } from './reason.js';

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
    const points = pointsStillOwed(entry, refund);
    if (points > 0) await clawBackEntry(tx, refund, settings, entry, points);
  }
  await clawBackCredit(tx, refund, settings);
}

/** What the refunds so far, this one included, ask back from one earning entry beyond what they asked before. */
export function pointsStillOwed(
  entry: EarningEntry,
  refund: Pick<RefundContext, 'refundedMinorAfter' | 'totalMinor'>,
): number {
  const earned = entry.points + entry.pendingPoints;
  return mulDivFloor(earned, refund.refundedMinorAfter, refund.totalMinor) - entry.requestedBack;
}

/**
 * What names a refund: the shop's own refund id when it sends one (so a re-sent refund under a new
 * messageId is recognised), else the refund event's id.
 */
export function refundKeyOf(properties: Record<string, unknown>, eventId: string): string {
  const key = idText(properties.refund_id);
  return key === null ? eventId : `refund:${key}`;
}

/** The idempotency key of one refund's clawback from one earning entry. */
export const clawbackKey = (refund: Pick<RefundContext, 'refundKey'>, entry: EarningEntry) =>
  `refund:${refund.refundKey}:${entry.id}`;

/**
 * The entry that takes `points` back for one earning entry: a void of its pending lot when it
 * still has one, else a clawback from its posted lots and then the customer's other points,
 * soonest-expiring first; null when the policy leaves nothing to take. `originLots` are the open
 * lots the entry created, in id order; `spendable` the customer's posted lots with points left,
 * soonest-expiring first (asked only when needed). Pure: the consumer's page plans with it too.
 */
export function clawbackSpec(
  refund: RefundContext,
  settings: ProgramSettings,
  entry: EarningEntry,
  points: number,
  originLots: LotRow[],
  spendable: () => LotRow[],
): EntrySpec | null {
  const common = {
    requestedPoints: points,
    reason: reasonText('order_refunded', { order_id: refund.orderId }),
    source: { type: 'order', id: refund.orderId },
    idempotencyKey: clawbackKey(refund, entry),
    relatedEntryId: entry.id,
    ruleId: entry.ruleId,
    ruleVersion: entry.ruleVersion,
    at: refund.at,
  };
  const pendingLots = originLots.filter((lot) => lot.state === 'pending');
  if (pendingLots.length > 0) {
    const { allocations, drawn } = drawFromLots(pendingLots, points);
    return { ...common, kind: 'void', points: 0, pendingPoints: -drawn, allocations };
  }
  // The order's own lot first, then the customer's other points, soonest-expiring first.
  const others = spendable().filter((lot) => lot.originEntryId !== entry.id);
  const { allocations, drawn } = drawFromLots(
    [...originLots.filter((lot) => lot.state === 'posted'), ...others],
    points,
  );
  const taken = settings.clawback === 'allow_negative' ? points : drawn;
  if (taken === 0) return null;
  return { ...common, kind: 'clawback', points: -taken, pendingPoints: 0, allocations };
}

/** Takes `points` back for one earning entry, as clawbackSpec plans it over the lots as they stand. */
async function clawBackEntry(
  tx: Db,
  refund: RefundContext,
  settings: ProgramSettings,
  entry: EarningEntry,
  points: number,
): Promise<void> {
  const account = await lockAccount(tx, refund.workspaceId, refund.customerId);
  // Points posted at once never had a pending lot: their lots are among the spendable ones, read
  // with the key in one round trip. Points earned pending look for their lot as it is now.
  const postedAtOnce = entry.pendingPoints === 0;
  const read = await readAfterLock(
    tx,
    refund.workspaceId,
    refund.customerId,
    clawbackKey(refund, entry),
    postedAtOnce,
  );
  if (read.existing) return;
  // Lots of one origin share its expiry, so the spendable order keeps them in id order.
  const origin = postedAtOnce
    ? read.lots.filter((lot) => lot.originEntryId === entry.id)
    : await lotsOfOrigin(tx, refund.workspaceId, entry.id, refund.customerId);
  // A void of the pending lot needs no other lots; points posted at once have them read already.
  const needsSpendable = !postedAtOnce && !origin.some((lot) => lot.state === 'pending');
  const spendable = needsSpendable
    ? await spendableLots(tx, refund.workspaceId, refund.customerId)
    : read.lots;
  const spec = clawbackSpec(refund, settings, entry, points, origin, () => spendable);
  if (spec) await writeEntry(tx, refund.workspaceId, refund.customerId, account, spec);
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
    reason: reasonText('order_refunded', { order_id: refund.orderId }),
    source: { type: 'order', id: refund.orderId },
    idempotencyKey: `refund:${refund.refundKey}:credit`,
    at: refund.at,
  });
}
