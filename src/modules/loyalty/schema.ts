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

const zero = sql`0`;
const ts = (name: string) => timestamp(name, { withTimezone: true });
const points = (name: string) => bigint(name, { mode: 'number' });

/** One loyalty program per workspace; absent row = the defaults in program.ts. */
export const loyaltyPrograms = pgTable('loyalty_programs', {
  workspaceId: text('workspace_id').primaryKey(),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/**
 * The cached balances of one customer, and the row a spend locks (FOR UPDATE) so that concurrent
 * spends of one customer serialise. `checkLedger` proves these equal the sums of the entries.
 */
export const pointsAccounts = pgTable(
  'points_accounts',
  {
    workspaceId: text('workspace_id').notNull(),
    customerId: text('customer_id').notNull(),
    balance: points('balance').notNull().default(zero),
    pending: points('pending').notNull().default(zero),
    lifetimeEarned: points('lifetime_earned').notNull().default(zero),
    lifetimeRedeemed: points('lifetime_redeemed').notNull().default(zero),
    lifetimeExpired: points('lifetime_expired').notNull().default(zero),
    /** Last earn or spend: the clock of the "all points after N months inactive" policy. */
    lastActivityAt: ts('last_activity_at'),
    /** Set while a clawback under the allow-negative policy has left the balance below zero. */
    negativeSince: ts('negative_since'),
    /**
     * When `Points Expiring Soon` went out under the inactivity policy; activity after it makes the
     * member due for a new warning. The sweep warns each member once per period of inactivity.
     */
    expiryWarnedAt: ts('expiry_warned_at'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.customerId] })],
);

/**
 * The ledger: immutable. `points` moves the posted balance, `pendingPoints` the pending one.
 * Corrections are new entries (TigerBeetle's correcting transfers), never updates.
 */
export const pointsEntries = pgTable(
  'points_entries',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    customerId: text('customer_id').notNull(),
    kind: text('kind', {
      enum: [
        'earn',
        'bonus',
        'adjust',
        'redeem',
        'reversal',
        'post',
        'void',
        'clawback',
        'expire',
        'merge_in',
        'merge_out',
      ],
    }).notNull(),
    points: points('points').notNull(),
    pendingPoints: points('pending_points').notNull(),
    balanceAfter: points('balance_after').notNull(),
    pendingAfter: points('pending_after').notNull(),
    /** Clawbacks: what the refund asked for; less was taken when the policy stops at zero. */
    requestedPoints: points('requested_points'),
    reason: text('reason').notNull(),
    sourceType: text('source_type').notNull(),
    sourceId: text('source_id').notNull(),
    idempotencyKey: text('idempotency_key'),
    /** post/void/clawback/reversal: the entry this one settles or corrects. */
    relatedEntryId: text('related_entry_id'),
    ruleId: text('rule_id'),
    ruleVersion: integer('rule_version'),
    actor: text('actor'),
    occurredAt: ts('occurred_at').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('points_entries_key_idx').on(t.workspaceId, t.idempotencyKey),
    index('points_entries_customer_idx').on(t.workspaceId, t.customerId, t.id),
    index('points_entries_source_idx').on(t.workspaceId, t.sourceType, t.sourceId),
    index('points_entries_related_idx').on(t.workspaceId, t.relatedEntryId),
    index('points_entries_rule_idx').on(t.workspaceId, t.ruleId, t.customerId),
    index('points_entries_occurred_idx').on(t.workspaceId, t.occurredAt),
  ],
);

/** An earned lot: its own expiry and what is left of it. `remaining` = the sum of its allocations. */
export const pointsLots = pgTable(
  'points_lots',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    customerId: text('customer_id').notNull(),
    /** The entry that created this lot (an earn, or a merge_in copying another profile's lot). */
    entryId: text('entry_id').notNull(),
    /** The earn entry the points first came from, kept through merges so refunds find them. */
    originEntryId: text('origin_entry_id').notNull(),
    amount: points('amount').notNull(),
    remaining: points('remaining').notNull(),
    state: text('state', { enum: ['pending', 'posted'] }).notNull(),
    pendingUntil: ts('pending_until'),
    expiresAt: ts('expires_at'),
    /** When `Points Expiring Soon` went out for this lot. */
    warnedAt: ts('warned_at'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    index('points_lots_customer_idx').on(t.workspaceId, t.customerId, t.state),
    index('points_lots_origin_idx').on(t.workspaceId, t.originEntryId),
    index('points_lots_pending_idx')
      .on(t.pendingUntil)
      .where(sql`state = 'pending' and remaining > 0`),
    index('points_lots_expiry_idx')
      .on(t.expiresAt)
      .where(sql`state = 'posted' and remaining > 0`),
  ],
);

/** Which lots each entry drew from or credited (immutable); lot.remaining is their sum. */
export const pointsAllocations = pgTable(
  'points_allocations',
  {
    entryId: text('entry_id').notNull(),
    lotId: text('lot_id').notNull(),
    workspaceId: text('workspace_id').notNull(),
    points: points('points').notNull(),
  },
  (t) => [primaryKey({ columns: [t.entryId, t.lotId] }), index('points_allocations_lot_idx').on(t.lotId)],
);

/** Store credit (cashback): a second ledger in minor units of the workspace currency. */
export const storeCreditAccounts = pgTable(
  'store_credit_accounts',
  {
    workspaceId: text('workspace_id').notNull(),
    customerId: text('customer_id').notNull(),
    currency: text('currency').notNull(),
    balanceMinor: bigint('balance_minor', { mode: 'number' }).notNull().default(zero),
    negativeSince: ts('negative_since'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.customerId] })],
);

export const storeCreditEntries = pgTable(
  'store_credit_entries',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    customerId: text('customer_id').notNull(),
    kind: text('kind', {
      enum: ['issue', 'cashback', 'adjust', 'spend', 'reversal', 'clawback', 'merge_in', 'merge_out'],
    }).notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    balanceAfterMinor: bigint('balance_after_minor', { mode: 'number' }).notNull(),
    requestedMinor: bigint('requested_minor', { mode: 'number' }),
    currency: text('currency').notNull(),
    reason: text('reason').notNull(),
    sourceType: text('source_type').notNull(),
    sourceId: text('source_id').notNull(),
    idempotencyKey: text('idempotency_key'),
    relatedEntryId: text('related_entry_id'),
    actor: text('actor'),
    occurredAt: ts('occurred_at').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('store_credit_entries_key_idx').on(t.workspaceId, t.idempotencyKey),
    index('store_credit_entries_customer_idx').on(t.workspaceId, t.customerId, t.id),
    index('store_credit_entries_source_idx').on(t.workspaceId, t.sourceType, t.sourceId),
  ],
);

/** Orders as loyalty saw them in `Order Completed` events: totals for refunds and tier spend. */
export const loyaltyOrders = pgTable(
  'loyalty_orders',
  {
    workspaceId: text('workspace_id').notNull(),
    orderId: text('order_id').notNull(),
    customerId: text('customer_id').notNull(),
    currency: text('currency').notNull(),
    totalMinor: bigint('total_minor', { mode: 'number' }).notNull(),
    refundedMinor: bigint('refunded_minor', { mode: 'number' }).notNull().default(zero),
    completedAt: ts('completed_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.orderId] }),
    index('loyalty_orders_customer_idx').on(t.workspaceId, t.customerId, t.completedAt),
  ],
);

/**
 * `Order Refunded` events that arrived before their order (imports, retries, clock skew): held
 * until the `Order Completed` arrives, then applied in the order they happened.
 */
export const loyaltyEarlyRefunds = pgTable(
  'loyalty_early_refunds',
  {
    workspaceId: text('workspace_id').notNull(),
    orderId: text('order_id').notNull(),
    eventId: text('event_id').notNull(),
    properties: jsonb('properties').$type<Record<string, unknown>>().notNull(),
    occurredAt: ts('occurred_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.orderId, t.eventId] })],
);

/**
 * The refunds each order has taken, by the key that names a refund (its event id, or the shop's
 * `refund_id`): a refund applied again — a replayed page, the same refund re-sent — is recognised
 * and changes nothing, even when its share of points rounded to zero and left no ledger entry.
 */
export const loyaltyOrderRefunds = pgTable(
  'loyalty_order_refunds',
  {
    workspaceId: text('workspace_id').notNull(),
    orderId: text('order_id').notNull(),
    refundKey: text('refund_key').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    appliedAt: ts('applied_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.orderId, t.refundKey] })],
);

/** Earn rules; each change writes a new immutable version, and entries name the version. */
export const earnRules = pgTable(
  'earn_rules',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    name: text('name').notNull(),
    active: boolean('active').notNull(),
    version: integer('version').notNull(),
    definition: jsonb('definition').$type<Record<string, unknown>>().notNull(),
    archivedAt: ts('archived_at'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('earn_rules_workspace_idx').on(t.workspaceId, t.id)],
);

export const earnRuleVersions = pgTable(
  'earn_rule_versions',
  {
    ruleId: text('rule_id').notNull(),
    version: integer('version').notNull(),
    workspaceId: text('workspace_id').notNull(),
    definition: jsonb('definition').$type<Record<string, unknown>>().notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ruleId, t.version] })],
);

/**
 * Loyalty's view of each customer's traits, read from identify events in the log: earn-rule
 * conditions on traits and the birthday trigger (`month_day`, e.g. `07-14`) use it.
 */
export const loyaltyProfiles = pgTable(
  'loyalty_profiles',
  {
    workspaceId: text('workspace_id').notNull(),
    customerId: text('customer_id').notNull(),
    traits: jsonb('traits').$type<Record<string, unknown>>().notNull(),
    monthDay: text('month_day'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.customerId] }),
    index('loyalty_profiles_birthday_idx').on(t.monthDay),
  ],
);

export const loyaltyTiers = pgTable(
  'loyalty_tiers',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    name: text('name').notNull(),
    /** Qualifying amount: minor units of spend, or points earned, per the program's tier metric. */
    threshold: bigint('threshold', { mode: 'number' }).notNull(),
    /** Earn multiplier in percent: 150 = ×1.5. */
    earnMultiplierPercent: integer('earn_multiplier_percent').notNull(),
    freeShipping: boolean('free_shipping').notNull(),
    archivedAt: ts('archived_at'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('loyalty_tiers_workspace_idx').on(t.workspaceId, t.threshold)],
);

/** Each customer's current tier and when it is next reviewed for retention (period end + grace). */
export const customerTiers = pgTable(
  'customer_tiers',
  {
    workspaceId: text('workspace_id').notNull(),
    customerId: text('customer_id').notNull(),
    tierId: text('tier_id').notNull(),
    since: ts('since').notNull(),
    reviewAt: ts('review_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.customerId] }),
    index('customer_tiers_review_idx').on(t.reviewAt),
  ],
);
