import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/connection.js';
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

// A page's orders and lines go in as one JSON parameter each, in raw SQL: Drizzle's builder spent
// more time assembling multi-row VALUES (3 s over the demo's 40,000 orders) than the database
// spent inserting them, and one parameter never meets the engines' limit of parameters.

const iso = (at: Date | null | undefined) => (at ? at.toISOString() : null);

/** Inserts the orders whose order_id is not known yet: answers the ids of those inserted. */
export async function insertOrders(db: Db, rows: (typeof orders.$inferInsert)[]): Promise<Set<string>> {
  if (!rows.length) return new Set();
  const json = rows.map((r) => ({
    id: r.id,
    workspace_id: r.workspaceId,
    customer_id: r.customerId,
    order_id: r.orderId,
    placed_at: iso(r.placedAt),
    currency: r.currency,
    total_minor: r.totalMinor,
    subtotal_minor: r.subtotalMinor ?? null,
    discount_minor: r.discountMinor ?? null,
    shipping_minor: r.shippingMinor ?? null,
    tax_minor: r.taxMinor ?? null,
    refunded_minor: r.refundedMinor ?? 0,
    status: r.status ?? 'completed',
    currency_mismatch: r.currencyMismatch ?? false,
    coupon_code: r.couponCode ?? null,
    properties: r.properties ?? {},
    source_event_id: r.sourceEventId,
  }));
  const inserted = await queryRows<{ id: string }>(
    db,
    sql`insert into orders (id, workspace_id, customer_id, order_id, placed_at, currency, total_minor,
          subtotal_minor, discount_minor, shipping_minor, tax_minor, refunded_minor, status, currency_mismatch,
          coupon_code, properties, source_event_id)
        select r.id, r.workspace_id, r.customer_id, r.order_id, r.placed_at, r.currency, r.total_minor,
          r.subtotal_minor, r.discount_minor, r.shipping_minor, r.tax_minor, r.refunded_minor, r.status,
          r.currency_mismatch, r.coupon_code, r.properties, r.source_event_id
        from json_to_recordset(${JSON.stringify(json)}::json) as r(id text, workspace_id text, customer_id text,
          order_id text, placed_at timestamptz, currency text, total_minor bigint, subtotal_minor bigint,
          discount_minor bigint, shipping_minor bigint, tax_minor bigint, refunded_minor bigint, status text,
          currency_mismatch boolean, coupon_code text, properties jsonb, source_event_id text)
        on conflict (workspace_id, order_id) do nothing
        returning id`,
  );
  return new Set(inserted.map((row) => row.id));
}

export async function insertManyLines(db: Db, rows: (typeof orderLines.$inferInsert)[]): Promise<void> {
  if (!rows.length) return;
  const json = rows.map((r) => ({
    id: r.id,
    workspace_id: r.workspaceId,
    order_id: r.orderId,
    product_id: r.productId ?? null,
    sku: r.sku ?? null,
    name: r.name ?? null,
    category: r.category ?? null,
    price_minor: r.priceMinor,
    quantity: r.quantity,
    refunded_quantity: r.refundedQuantity ?? 0,
  }));
  await db.execute(
    sql`insert into order_lines (id, workspace_id, order_id, product_id, sku, name, category, price_minor,
          quantity, refunded_quantity)
        select r.id, r.workspace_id, r.order_id, r.product_id, r.sku, r.name, r.category, r.price_minor,
          r.quantity, r.refunded_quantity
        from json_to_recordset(${JSON.stringify(json)}::json) as r(id text, workspace_id text, order_id text,
          product_id text, sku text, name text, category text, price_minor bigint, quantity integer,
          refunded_quantity integer)`,
  );
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
