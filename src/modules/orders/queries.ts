import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { orderLines, orderRefunds, orderRejections, orders } from './schema.js';

export type OrderRow = typeof orders.$inferSelect;
export type OrderLineRow = typeof orderLines.$inferSelect;
export type OrderRefundRow = typeof orderRefunds.$inferSelect;
export type OrderRejectionRow = typeof orderRejections.$inferSelect;

export async function hasOrders(db: Db, workspaceId: string): Promise<boolean> {
  const rows = await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.workspaceId, workspaceId)))
    .limit(1);
  return rows.length > 0;
}

export async function linesOf(db: Db, workspaceId: string, orderId: string): Promise<OrderLineRow[]> {
  return db
    .select()
    .from(orderLines)
    .where(and(eq(orderLines.workspaceId, workspaceId), eq(orderLines.orderId, orderId)))
    .orderBy(orderLines.id);
}

export async function refundsOf(db: Db, workspaceId: string, orderId: string): Promise<OrderRefundRow[]> {
  return db
    .select()
    .from(orderRefunds)
    .where(and(eq(orderRefunds.workspaceId, workspaceId), eq(orderRefunds.orderId, orderId)))
    .orderBy(orderRefunds.refundedAt, orderRefunds.id);
}

/** `Customers Merged`: the anonymous profile's orders now belong to the known one. */
export async function repointOrders(
  db: Db,
  workspaceId: string,
  from: string,
  into: string,
): Promise<number> {
  const moved = await db
    .update(orders)
    .set({ customerId: into })
    .where(and(eq(orders.workspaceId, workspaceId), eq(orders.customerId, from)))
    .returning({ id: orders.id });
  return moved.length;
}

/** Inserts the orders whose order_id is not known yet: answers the ids of those inserted. */
export async function insertOrders(db: Db, rows: (typeof orders.$inferInsert)[]): Promise<Set<string>> {
  if (!rows.length) return new Set();
  const inserted = await db
    .insert(orders)
    .values(rows)
    .onConflictDoNothing({ target: [orders.workspaceId, orders.orderId] })
    .returning({ id: orders.id });
  return new Set(inserted.map((row) => row.id));
}

/** Lines in chunks, to stay under the engines' limit of parameters per statement. */
const linesPerInsert = 4000;

export async function insertManyLines(db: Db, rows: (typeof orderLines.$inferInsert)[]): Promise<void> {
  for (let at = 0; at < rows.length; at += linesPerInsert)
    await db.insert(orderLines).values(rows.slice(at, at + linesPerInsert));
}

/** The orders with these shop order_ids, locked for refunds, with their lines in id order. */
export async function lockOrdersByOrderIds(db: Db, keys: { workspaceId: string; orderId: string }[]) {
  if (!keys.length) return { orders: [] as OrderRow[], lines: [] as OrderLineRow[] };
  const wanted = JSON.stringify(keys.map((key) => ({ w: key.workspaceId, o: key.orderId })));
  const rows = await db
    .select()
    .from(orders)
    .where(
      sql`(${orders.workspaceId}, ${orders.orderId}) in
          (select x.w, x.o from jsonb_to_recordset(${wanted}::jsonb) as x(w text, o text))`,
    )
    .for('update');
  const lines = rows.length
    ? await db
        .select()
        .from(orderLines)
        .where(
          inArray(
            orderLines.orderId,
            rows.map((row) => row.id),
          ),
        )
        .orderBy(orderLines.id)
    : [];
  return { orders: rows, lines };
}

/** Unresolved refunds that arrived before these orders (by shop order_id), oldest first. */
export async function pendingRefundsOf(db: Db, keys: { workspaceId: string; orderId: string }[]) {
  if (!keys.length) return [];
  const wanted = JSON.stringify(keys.map((key) => ({ w: key.workspaceId, o: key.orderId })));
  return db
    .select()
    .from(orderRejections)
    .where(
      and(
        sql`(${orderRejections.workspaceId}, ${orderRejections.orderId}) in
            (select x.w, x.o from jsonb_to_recordset(${wanted}::jsonb) as x(w text, o text))`,
        eq(orderRejections.reason, 'order_unknown'),
        isNull(orderRejections.resolvedAt),
      ),
    )
    .orderBy(orderRejections.occurredAt, orderRejections.eventId);
}

export async function insertRejections(db: Db, rows: (typeof orderRejections.$inferInsert)[]): Promise<void> {
  if (rows.length) await db.insert(orderRejections).values(rows).onConflictDoNothing();
}

export async function insertRefunds(db: Db, rows: (typeof orderRefunds.$inferInsert)[]): Promise<void> {
  if (rows.length) await db.insert(orderRefunds).values(rows).onConflictDoNothing();
}

/** Adds refunded units to many lines in one statement. */
export async function addRefundedQuantities(db: Db, rows: { w: string; id: string; q: number }[]) {
  if (!rows.length) return;
  await db.execute(
    sql`update order_lines l set refunded_quantity = l.refunded_quantity + x.q
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(w text, id text, q int)
        where l.workspace_id = x.w and l.id = x.id`,
  );
}

/** Sets many orders' refunded amount and status in one statement. */
export async function setOrdersRefunded(
  db: Db,
  rows: { w: string; id: string; refunded: number; status: OrderRow['status'] }[],
) {
  if (!rows.length) return;
  await db.execute(
    sql`update orders o set refunded_minor = x.refunded, status = x.status
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(w text, id text, refunded bigint, status text)
        where o.workspace_id = x.w and o.id = x.id`,
  );
}

/** `resolveRejection` for many refunds in one statement. */
export async function resolveRejections(db: Db, rows: { w: string; id: string; at: string }[]) {
  if (!rows.length) return;
  await db.execute(
    sql`update order_rejections r set resolved_at = x.at, properties = '{}'::jsonb
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(w text, id text, at timestamptz)
        where r.workspace_id = x.w and r.event_id = x.id`,
  );
}
