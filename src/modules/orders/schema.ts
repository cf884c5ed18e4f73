import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

export const orders = pgTable(
  'orders',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    customerId: text('customer_id').notNull(),
    /** The shop's order id (`order_id`): the key that makes replays and re-imports idempotent. */
    orderId: text('order_id').notNull(),
    placedAt: timestamp('placed_at', { withTimezone: true }).notNull(),
    currency: text('currency').notNull(),
    totalMinor: bigint('total_minor', { mode: 'number' }).notNull(),
    subtotalMinor: bigint('subtotal_minor', { mode: 'number' }),
    discountMinor: bigint('discount_minor', { mode: 'number' }),
    shippingMinor: bigint('shipping_minor', { mode: 'number' }),
    taxMinor: bigint('tax_minor', { mode: 'number' }),
    refundedMinor: bigint('refunded_minor', { mode: 'number' })
      .notNull()
      .default(sql`0`),
    status: text('status', { enum: ['completed', 'partially_refunded', 'refunded'] })
      .notNull()
      .default('completed'),
    /** The order's currency differs from the workspace's: kept and reported, never converted. */
    currencyMismatch: boolean('currency_mismatch').notNull().default(false),
    couponCode: text('coupon_code'),
    properties: jsonb('properties').$type<Record<string, unknown>>().notNull().default({}),
    sourceEventId: text('source_event_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('orders_order_id_idx').on(t.workspaceId, t.orderId),
    index('orders_workspace_idx').on(t.workspaceId, t.id),
    index('orders_currency_mismatch_idx')
      .on(t.workspaceId, t.id)
      .where(sql`currency_mismatch`),
    // Migrations 0006 and 0032 add INCLUDE (total_minor, refunded_minor, currency_mismatch, status),
    // which Drizzle cannot declare: analytics and segments aggregate a customer's orders from this
    // index alone.
    index('orders_customer_idx').on(t.workspaceId, t.customerId, t.placedAt),
    index('orders_placed_idx').on(t.workspaceId, t.placedAt),
  ],
);

export const orderLines = pgTable(
  'order_lines',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    orderId: text('order_id').notNull(),
    productId: text('product_id'),
    sku: text('sku'),
    name: text('name'),
    category: text('category'),
    priceMinor: bigint('price_minor', { mode: 'number' }).notNull(),
    quantity: integer('quantity').notNull(),
    refundedQuantity: integer('refunded_quantity').notNull().default(0),
  },
  (t) => [index('order_lines_order_idx').on(t.workspaceId, t.orderId)],
);

export const orderRefunds = pgTable(
  'order_refunds',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    orderId: text('order_id').notNull(),
    /** What was applied: never more than the order still had unrefunded. */
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    /** What the event asked for, before the cap. */
    requestedMinor: bigint('requested_minor', { mode: 'number' }).notNull(),
    reason: text('reason'),
    /** The `Order Refunded` event: one refund per event, however often it is replayed. */
    sourceEventId: text('source_event_id').notNull(),
    refundedAt: timestamp('refunded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('order_refunds_event_idx').on(t.workspaceId, t.sourceEventId),
    index('order_refunds_order_idx').on(t.workspaceId, t.orderId),
  ],
);

/**
 * Order events the projection could not apply, with the reason, so the shop can see and fix them:
 * invalid `Order Completed` events and refunds of orders not (yet) known. A refund that arrived
 * before its order is applied when the order arrives (`resolved_at` is then set).
 */
export const orderRejections = pgTable(
  'order_rejections',
  {
    workspaceId: text('workspace_id').notNull(),
    /** The event's id (`evt_…`), which is also the rejection's id in the API. */
    eventId: text('event_id').notNull(),
    eventName: text('event_name').notNull(),
    orderId: text('order_id'),
    reason: text('reason').notNull(),
    message: text('message').notNull(),
    /** The refund's properties and time, kept to apply it once the order arrives. */
    properties: jsonb('properties').$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.eventId] }),
    index('order_rejections_order_idx').on(t.workspaceId, t.orderId),
  ],
);
