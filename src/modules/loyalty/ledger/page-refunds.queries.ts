import { sql } from 'drizzle-orm';
import { pgArray } from '../../../db/arrays.js';
import { queryRows, type Db } from '../../../db/connection.js';
import { loyaltyOrderColumns, loyaltyOrderOf, type LoyaltyOrderRow } from './loyalty-orders.js';

// What the consumer's page reads once for the refunds among its events (page-refunds.ts).

/** The orders loyalty recorded among these, locked, in order_id order so two pages cannot deadlock. */
export async function lockLoyaltyOrders(
  tx: Db,
  workspaceId: string,
  orderIds: string[],
): Promise<Map<string, LoyaltyOrderRow>> {
  const rows = await queryRows<Record<string, unknown>>(
    tx,
    sql`select ${loyaltyOrderColumns}
        from loyalty_orders
        where workspace_id = ${workspaceId} and order_id = any(${pgArray(orderIds, 'text')})
        order by order_id
        for update`,
  );
  return new Map(rows.map((row) => [row.orderId as string, loyaltyOrderOf(row)]));
}

/** `order id ⟂ refund key` of every refund recorded for these orders. */
export async function recordedRefunds(tx: Db, workspaceId: string, orderIds: string[]): Promise<Set<string>> {
  const rows = await queryRows<{ orderId: string; refundKey: string }>(
    tx,
    sql`select order_id as "orderId", refund_key as "refundKey" from loyalty_order_refunds
        where workspace_id = ${workspaceId} and order_id = any(${pgArray(orderIds, 'text')})`,
  );
  return new Set(rows.map((row) => refundRecordKey(row.orderId, row.refundKey)));
}

export const refundRecordKey = (orderId: string, refundKey: string) => `${orderId}\u27c2${refundKey}`;

/** Which of these orders issued store credit (cashback), whose refund takes some back. */
export async function ordersWithCredit(
  tx: Db,
  workspaceId: string,
  orderIds: string[],
): Promise<Set<string>> {
  const rows = await queryRows<{ orderId: string }>(
    tx,
    sql`select distinct source_id as "orderId" from store_credit_entries
        where workspace_id = ${workspaceId} and source_type = 'order'
          and source_id = any(${pgArray(orderIds, 'text')}) and kind = 'cashback'`,
  );
  return new Set(rows.map((row) => row.orderId));
}
