import type { Db } from '../../../db/connection.js';
import type { LoggedEvent } from '../../events/index.js';
import type { Allocation, LotRow } from './ledger.queries.js';
import { openLotsOf } from './ledger.queries.js';
import { planEntryWrite, type EntrySpec } from './ledger-write.js';
import { idText, readOrderRefunded } from '../program/index.js';
import { loadCustomers, type PageLedger } from './page-ledger.js';
import { refundRecordKey } from './page-refunds.queries.js';
import { clawbackKey, clawbackSpec, pointsStillOwed, refundKeyOf, type RefundContext } from './refunds.js';
import { lotRowOf } from './refund-book.js';

// A refund planned in the consumer's page: what applyRefund and clawBackOrder do one statement at
// a time (consumer.ts, refunds.ts), with the same pure rules (clawbackSpec), over the orders,
// entries and lots the page holds. The page writes it with the rest of its plan.

/** The customer's open lots as they stand after the plan: read once, then kept up to date. */
async function lotsOf(tx: Db, ledger: PageLedger, customerId: string): Promise<LotRow[]> {
  const book = ledger.refunds;
  const known = book.lots.get(customerId);
  if (known) return known;
  const { planned } = ledger;
  const lots = (await openLotsOf(tx, ledger.workspaceId, [customerId])).get(customerId)!;
  for (const lot of lots) lot.remaining += planned.lotChanges.get(lot.id) ?? 0;
  for (const write of planned.entries) {
    if (write.lot?.customerId === customerId) lots.push(lotRowOf(write.entry.id, write.lot));
  }
  book.lots.set(customerId, lots);
  return lots;
}

const byId = (a: LotRow, b: LotRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Posted lots with points left, soonest-expiring first (never-expiring last), then oldest. */
function spendable(lots: LotRow[]): LotRow[] {
  const expiry = (lot: LotRow) => lot.expiresAt?.getTime() ?? Infinity;
  return lots
    .filter((lot) => lot.state === 'posted' && lot.remaining > 0)
    .sort((a, b) => expiry(a) - expiry(b) || byId(a, b));
}

/** Moves a lot's remaining points in the page's copy and in what the page will write. */
function moveLot(ledger: PageLedger, lots: LotRow[], allocation: Allocation): void {
  const { planned } = ledger;
  const lot = lots.find((l) => l.id === allocation.lotId)!;
  lot.remaining += allocation.points;
  const created = planned.newLots.get(allocation.lotId);
  if (created) created.remaining += allocation.points;
  else
    planned.lotChanges.set(
      allocation.lotId,
      (planned.lotChanges.get(allocation.lotId) ?? 0) + allocation.points,
    );
}

function planRefundEntry(ledger: PageLedger, customerId: string, lots: LotRow[], spec: EntrySpec): void {
  const { write } = planEntryWrite(ledger.workspaceId, customerId, ledger.accounts.get(customerId)!, spec);
  ledger.planned.entries.push(write);
  ledger.accounts.set(customerId, write.account);
  ledger.planned.accounts.add(customerId);
  for (const allocation of spec.allocations) if (allocation.points !== 0) moveLot(ledger, lots, allocation);
}

/**
 * Plans an `Order Refunded` in the page; false when it must go the one-at-a-time way: an order the
 * page does not hold (unknown yet, or changed by that path) or one that issued store credit.
 */
export async function planRefund(tx: Db, ledger: PageLedger, event: LoggedEvent): Promise<boolean> {
  const book = ledger.refunds;
  const orderId = idText(event.properties.order_id);
  if (!orderId) return true;
  const order = book.orders.get(orderId);
  if (!order || book.withCredit.has(orderId)) return false;
  if (order.totalMinor === 0) return true;
  const refund = readOrderRefunded(event.properties, order);
  if (!refund || refund.amountMinor <= 0) return true;
  const refundKey = refundKeyOf(event.properties, event.id);
  if (book.recorded.has(refundRecordKey(orderId, refundKey))) return true;
  await loadCustomers(tx, ledger, [order.customerId]);
  book.recorded.add(refundRecordKey(orderId, refundKey));
  ledger.planned.refunds.push({ orderId, refundKey, amountMinor: refund.amountMinor, at: event.occurredAt });
  order.refundedMinor += refund.amountMinor;
  if (!ledger.planned.orders.has(orderId)) ledger.planned.refundedMinor.set(orderId, order.refundedMinor);
  const spent = ledger.spend.get(order.customerId)?.find((record) => record.orderId === orderId);
  if (spent) spent.netMinor -= refund.amountMinor;
  const context: RefundContext = {
    workspaceId: ledger.workspaceId,
    customerId: order.customerId,
    orderId,
    totalMinor: order.totalMinor,
    refundedMinorAfter: order.refundedMinor,
    refundKey,
    at: event.occurredAt,
  };
  const lots = await lotsOf(tx, ledger, order.customerId);
  for (const entry of book.earnings.get(orderId) ?? []) {
    const points = pointsStillOwed(entry, context);
    const entryKey = clawbackKey(context, entry);
    if (points <= 0 || book.entryKeys.has(entryKey)) continue;
    const origin = lots.filter((lot) => lot.originEntryId === entry.id && lot.remaining > 0).sort(byId);
    const spec = clawbackSpec(context, ledger.settings, entry, points, origin, () => spendable(lots));
    if (!spec) continue;
    planRefundEntry(ledger, order.customerId, lots, spec);
    entry.requestedBack += points;
    book.entryKeys.add(entryKey);
  }
  return true;
}
