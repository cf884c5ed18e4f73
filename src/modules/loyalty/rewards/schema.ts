import { bigint, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true });
const minor = (name: string) => bigint(name, { mode: 'number' });

/** What points buy. Terms may change; a redemption keeps the terms it was made under. */
export const loyaltyRewards = pgTable(
  'loyalty_rewards',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    kind: text('kind', {
      enum: ['amount_off', 'percent_off', 'free_shipping', 'free_product', 'store_credit'],
    }).notNull(),
    pointsCost: integer('points_cost').notNull(),
    amountOffMinor: minor('amount_off_minor'),
    percentOff: integer('percent_off'),
    productId: text('product_id'),
    creditAmountMinor: minor('credit_amount_minor'),
    /** The workspace currency when the reward was made: amounts above are minor units of it. */
    currency: text('currency').notNull(),
    /** The issued coupon works only on orders of at least this much. */
    minimumOrderMinor: minor('minimum_order_minor'),
    /** Customers below this tier (by rank) cannot redeem. */
    minimumTierId: text('minimum_tier_id'),
    /** Units left; null: unlimited. Decremented in the redemption's transaction, never below 0. */
    stock: integer('stock'),
    activeFrom: ts('active_from'),
    activeUntil: ts('active_until'),
    couponExpiresAfterDays: integer('coupon_expires_after_days'),
    archivedAt: ts('archived_at'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('loyalty_rewards_workspace_idx').on(t.workspaceId, t.id)],
);

/** A customer's purchase of a reward with points: the spend, and the coupon or credit it gave. */
export const loyaltyRedemptions = pgTable(
  'loyalty_redemptions',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    customerId: text('customer_id').notNull(),
    rewardId: text('reward_id').notNull(),
    rewardName: text('reward_name').notNull(),
    kind: text('kind', {
      enum: ['amount_off', 'percent_off', 'free_shipping', 'free_product', 'store_credit'],
    }).notNull(),
    points: integer('points').notNull(),
    spendEntryId: text('spend_entry_id').notNull(),
    couponId: text('coupon_id'),
    codeId: text('code_id'),
    code: text('code'),
    creditAmountMinor: minor('credit_amount_minor'),
    creditEntryId: text('credit_entry_id'),
    currency: text('currency').notNull(),
    /** The client's Idempotency-Key (or the redemption id): one key, one redemption. */
    idempotencyKey: text('idempotency_key').notNull(),
    status: text('status', { enum: ['active', 'cancelled'] })
      .notNull()
      .default('active'),
    returnEntryId: text('return_entry_id'),
    /** Who redeemed and who cancelled: the dashboard user (`usr_…`) or API key (`key_…`) acting. */
    actor: text('actor'),
    cancelledBy: text('cancelled_by'),
    cancelledAt: ts('cancelled_at'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('loyalty_redemptions_key_idx').on(t.workspaceId, t.idempotencyKey),
    index('loyalty_redemptions_customer_idx').on(t.workspaceId, t.customerId, t.id),
  ],
);
