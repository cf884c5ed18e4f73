import type { Db } from '../../../db/connection.js';
import type { LoyaltyOrderRow } from './loyalty-orders.js';
import {
  earningsOfOrders,
  openLotsOf,
  type EarningEntry,
  type EntryWrite,
  type LotRow,
} from './ledger.queries.js';
import { lockLoyaltyOrders, ordersWithCredit, recordedRefunds } from './page-refunds.queries.js';

/**
 * What the consumer's page knows for planning refunds, kept as it stands after what the page
 * planned: the orders its refunds name (read and locked at its start) and the orders it planned,
 * their earning entries, the refunds already recorded, and the open lots of the customers it has
 * refunded. A customer the one-at-a-time path changes is forgotten here, like the accounts.
 */
export interface RefundBook {
  orders: Map<string, LoyaltyOrderRow>;
  /** Each order's earning entries in id order, with what refunds asked back so far. */
  earnings: Map<string, EarningEntry[]>;
  /** Refunds recorded, by refundRecordKey. */
  recorded: Set<string>;
  /** Idempotency keys of the refund entries written (clawbackKey). */
  entryKeys: Set<string>;
  /** Orders that issued store credit: their refunds go one at a time. */
  withCredit: Set<string>;
  /**
   * Open lots by customer: read at the page's start for the customers its refunds name, at the
   * first refund for the rest (an order planned in the page), then kept up to date.
   */
  lots: Map<string, LotRow[]>;
}

export async function openRefundBook(tx: Db, workspaceId: string, orderIds: string[]): Promise<RefundBook> {
  const book: RefundBook = {
    orders: new Map(),
    earnings: new Map(),
    recorded: new Set(),
    entryKeys: new Set(),
    withCredit: new Set(),
    lots: new Map(),
  };
  if (orderIds.length === 0) return book;
  const ids = [...new Set(orderIds)];
  book.orders = await lockLoyaltyOrders(tx, workspaceId, ids);
  const known = [...book.orders.keys()];
  if (known.length === 0) return book;
  const { earnings, refundKeys } = await earningsOfOrders(tx, workspaceId, known);
  for (const id of known) book.earnings.set(id, earnings.get(id) ?? []);
  book.entryKeys = refundKeys;
  book.recorded = await recordedRefunds(tx, workspaceId, known);
  book.withCredit = await ordersWithCredit(tx, workspaceId, known);
  return book;
}

/** Reads the open lots of customers, before the page plans anything for them. */
export async function readLotsOf(
  tx: Db,
  workspaceId: string,
  book: RefundBook,
  customerIds: string[],
): Promise<void> {
  if (customerIds.length === 0) return;
  for (const [customerId, lots] of await openLotsOf(tx, workspaceId, customerIds))
    book.lots.set(customerId, lots);
}

export function forgetRefundsOf(book: RefundBook, customerId: string): void {
  book.lots.delete(customerId);
  for (const [orderId, order] of book.orders) {
    if (order.customerId !== customerId) continue;
    book.orders.delete(orderId);
    book.earnings.delete(orderId);
  }
}

/** An earning the page planned for an order it knows becomes one its refunds reverse. */
export function noteEarning(book: RefundBook, write: EntryWrite): void {
  const { entry } = write;
  if (entry.sourceType !== 'order' || (entry.kind !== 'earn' && entry.kind !== 'bonus')) return;
  book.earnings.get(entry.sourceId)?.push({ ...entry, requestedBack: 0 });
}

/** A lot the page planned joins its customer's lots when the page holds them. */
export function noteNewLot(book: RefundBook, entryId: string, lot: NonNullable<EntryWrite['lot']>): void {
  book.lots.get(lot.customerId)?.push(lotRowOf(entryId, lot));
}

export function lotRowOf(entryId: string, lot: NonNullable<EntryWrite['lot']>): LotRow {
  return {
    id: lot.id,
    customerId: lot.customerId,
    entryId,
    originEntryId: lot.originEntryId,
    amount: lot.amount,
    remaining: lot.remaining,
    state: lot.state,
    pendingUntil: lot.pendingUntil,
    expiresAt: lot.expiresAt,
    createdAt: lot.createdAt,
  };
}
