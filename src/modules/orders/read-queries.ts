import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { queryOne, queryRows, type Db } from '../../db/connection.js';
import { orderRejections, orders } from './schema.js';
import type { OrderRejectionRow, OrderRow } from './queries.js';

export interface OrderFilters {
  customerId?: string | undefined;
  status?: OrderRow['status'] | undefined;
  currencyMismatch?: boolean | undefined;
}

/**
 * Newest first by id; a customer's orders come from orders_customer_idx. Without a customer, the
 * workspace is matched as a range (`between X and X`) and ordered by (workspace_id, id): with `=`,
 * PostgreSQL serves `order by id` from the primary key and walks other workspaces' newer orders;
 * this keeps the walk in orders_workspace_idx (or the currency-mismatch partial index).
 */
export async function listOrderRows(
  db: Db,
  workspaceId: string,
  filters: OrderFilters,
  limit: number,
  startingAfter?: string,
): Promise<OrderRow[]> {
  return db
    .select()
    .from(orders)
    .where(
      and(
        filters.customerId
          ? and(eq(orders.workspaceId, workspaceId), eq(orders.customerId, filters.customerId))
          : sql`${orders.workspaceId} between ${workspaceId} and ${workspaceId}`,
        filters.status ? eq(orders.status, filters.status) : undefined,
        filters.currencyMismatch === undefined
          ? undefined
          : eq(orders.currencyMismatch, filters.currencyMismatch),
        startingAfter ? lt(orders.id, startingAfter) : undefined,
      ),
    )
    .orderBy(desc(orders.workspaceId), desc(orders.id))
    .limit(limit);
}

/** By retain's id (`ord_…`) or the shop's order_id. */
export async function findOrder(db: Db, workspaceId: string, ref: string): Promise<OrderRow | undefined> {
  const [row] = await db
    .select()
    .from(orders)
    .where(
      and(eq(orders.workspaceId, workspaceId), sql`(${orders.id} = ${ref} or ${orders.orderId} = ${ref})`),
    )
    .orderBy(sql`${orders.id} = ${ref} desc`)
    .limit(1);
  return row;
}

/** One customer's order count and amounts; amounts only of orders in the workspace currency. */
export async function customerOrderTotals(db: Db, workspaceId: string, customerId: string) {
  const row = await queryOne<{
    count: number;
    total: number | string;
    refunded: number | string;
    mismatched: number;
  }>(
    db,
    sql`select count(*)::int as count,
               coalesce(sum(total_minor) filter (where not currency_mismatch), 0)::bigint as total,
               coalesce(sum(refunded_minor) filter (where not currency_mismatch), 0)::bigint as refunded,
               (count(*) filter (where currency_mismatch))::int as mismatched
        from orders where workspace_id = ${workspaceId} and customer_id = ${customerId}`,
  );
  // Raw int8 arrives as a string through Drizzle's node-postgres session: convert once, here.
  return {
    count: row!.count,
    total: Number(row!.total),
    refunded: Number(row!.refunded),
    mismatched: row!.mismatched,
  };
}

/** Orders kept in a currency other than the workspace's, per currency (orders_currency_mismatch_idx). */
export async function mismatchTotals(db: Db, workspaceId: string) {
  const rows = await queryRows<{ currency: string; orders: number; total_minor: number | string }>(
    db,
    sql`select currency, count(*)::int as orders, sum(total_minor)::bigint as total_minor
        from orders where workspace_id = ${workspaceId} and currency_mismatch
        group by currency order by currency`,
  );
  return rows.map((row) => ({ ...row, total_minor: Number(row.total_minor) }));
}

export async function listRejectionRows(
  db: Db,
  workspaceId: string,
  limit: number,
  startingAfter?: string,
): Promise<OrderRejectionRow[]> {
  return db
    .select()
    .from(orderRejections)
    .where(
      and(
        eq(orderRejections.workspaceId, workspaceId),
        startingAfter ? lt(orderRejections.eventId, startingAfter) : undefined,
      ),
    )
    .orderBy(desc(orderRejections.eventId))
    .limit(limit);
}

/** Erasure: an order's free-form properties may name the person; amounts and dates stay. */
export async function clearOrderProperties(db: Db, workspaceId: string, customerId: string): Promise<number> {
  const rows = await db
    .update(orders)
    .set({ properties: {} })
    .where(
      and(
        eq(orders.workspaceId, workspaceId),
        eq(orders.customerId, customerId),
        sql`${orders.properties} <> '{}'::jsonb`,
      ),
    )
    .returning({ id: orders.id });
  return rows.length;
}
