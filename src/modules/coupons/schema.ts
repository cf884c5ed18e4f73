import { bigint, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * A coupon is the terms (Stripe's coupon): what it takes off, when, for whom and how often.
 * Terms never change after creation, so a code already handed out keeps the terms it was
 * issued with; a shop changes an offer by creating a new coupon.
 */
export const coupons = pgTable(
  'coupons',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['amount_off', 'percent_off', 'free_shipping', 'free_product'] }).notNull(),
    amountOffMinor: bigint('amount_off_minor', { mode: 'number' }),
    percentOff: integer('percent_off'),
    /** The workspace currency when the coupon was made: amounts below are minor units of it. */
    currency: text('currency').notNull(),
    productId: text('product_id'),
    minimumOrderMinor: bigint('minimum_order_minor', { mode: 'number' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    /** Uses across all its codes; null: unlimited. */
    redemptionsMax: integer('redemptions_max'),
    redemptionsPerCustomerMax: integer('redemptions_per_customer_max'),
    timesRedeemed: integer('times_redeemed').notNull().default(0),
    /** The only customer who may use it; null: anyone. */
    customerId: text('customer_id'),
    /** api (made by the shop) · reward (issued by a loyalty redemption). */
    source: text('source', { enum: ['api', 'reward'] })
      .notNull()
      .default('api'),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('coupons_workspace_idx').on(t.workspaceId, t.source, t.id)],
);

/** What a shopper types at checkout. A coupon has one or many codes. */
export const couponCodes = pgTable(
  'coupon_codes',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    couponId: text('coupon_id').notNull(),
    /** Upper case, as shown; looked up after the same normalisation. */
    code: text('code').notNull(),
    /** Uses of this code; 1 for single-use codes, null for a shared campaign code. */
    redemptionsMax: integer('redemptions_max'),
    timesRedeemed: integer('times_redeemed').notNull().default(0),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('coupon_codes_code_idx').on(t.workspaceId, t.code),
    index('coupon_codes_coupon_idx').on(t.workspaceId, t.couponId, t.id),
  ],
);

/** One use of a code by an order; the same code and order is the same use, however often told. */
export const couponRedemptions = pgTable(
  'coupon_redemptions',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    couponId: text('coupon_id').notNull(),
    codeId: text('code_id').notNull(),
    customerId: text('customer_id'),
    orderId: text('order_id').notNull(),
    orderTotalMinor: bigint('order_total_minor', { mode: 'number' }),
    discountMinor: bigint('discount_minor', { mode: 'number' }),
    /** api (`POST /v1/coupons/{code}/redeem`) · order_event (an `Order Completed` with `coupon`). */
    source: text('source', { enum: ['api', 'order_event'] }).notNull(),
    redeemedAt: timestamp('redeemed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('coupon_redemptions_order_idx').on(t.workspaceId, t.codeId, t.orderId),
    index('coupon_redemptions_customer_idx').on(t.workspaceId, t.couponId, t.customerId),
  ],
);
