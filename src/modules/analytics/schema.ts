import { transactionId } from '../../db/column-types.js';
import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/**
 * One BG/NBD + Gamma-Gamma fit: a durable job (queued → running → done | failed). The workspace's
 * current model is its latest `done` fit.
 */
export const modelFits = pgTable(
  'model_fits',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    status: text('status', { enum: ['queued', 'running', 'done', 'failed'] }).notNull(),
    /** Observation end: orders after it are not seen by the fit. */
    asOf: timestamp('as_of', { withTimezone: true }).notNull(),
    timeUnit: text('time_unit', { enum: ['week', 'day'] }).notNull(),
    penalizer: doublePrecision('penalizer').notNull(),
    /** r, alpha, a, b, p, q, gamma, log-likelihoods and customers used, once done. */
    result: jsonb('result').$type<Record<string, number | boolean | string | null>>(),
    error: text('error'),
    fitMs: integer('fit_ms'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('model_fits_workspace_idx').on(t.workspaceId, t.status, t.finishedAt),
    index('model_fits_status_idx').on(t.status, t.createdAt),
  ],
);

/**
 * Each customer's current scores: RFM, lifecycle stage and predictions (recomputed, then kept
 * fresh). Its pages are kept half empty (fillfactor 50, migration 0005: Drizzle's schema cannot
 * say it) so that a recompute's rewrite of every row is a HOT update.
 */
export const customerScores = pgTable(
  'customer_scores',
  {
    workspaceId: text('workspace_id').notNull(),
    customerId: text('customer_id').notNull(),
    stage: text('stage').notNull(),
    orders: integer('orders').notNull(),
    /** Distinct purchase days in the workspace time zone. */
    purchaseDays: integer('purchase_days').notNull(),
    firstOrderAt: timestamp('first_order_at', { withTimezone: true }),
    lastOrderAt: timestamp('last_order_at', { withTimezone: true }),
    /** Σ (total − refunded) of the customer's orders in the workspace currency. */
    netRevenueMinor: doublePrecision('net_revenue_minor').notNull(),
    recencyDays: integer('recency_days'),
    rScore: integer('r_score'),
    fScore: integer('f_score'),
    mScore: integer('m_score'),
    segment: text('segment'),
    probabilityAlive: doublePrecision('probability_alive'),
    expectedPurchases30: doublePrecision('expected_purchases_30'),
    expectedPurchases90: doublePrecision('expected_purchases_90'),
    expectedPurchases365: doublePrecision('expected_purchases_365'),
    expectedOrderValueMinor: doublePrecision('expected_order_value_minor'),
    clv12MonthsMinor: doublePrecision('clv_12_months_minor'),
    /** The customer's expected days between purchases (their own rhythm). */
    expectedGapDays: doublePrecision('expected_gap_days'),
    /**
     * The rest of the inputs a full recompute needs, kept so that it reads one row per customer
     * instead of aggregating every order again: the first, last and next-to-last purchase days
     * (days since 1970-01-01 in `days_time_zone`; the next-to-last null with a single purchase day),
     * the net revenue of the first purchase day, and the time zone of those days (null: a row
     * written before they were kept).
     */
    firstPurchaseDay: integer('first_purchase_day'),
    lastPurchaseDay: integer('last_purchase_day'),
    previousPurchaseDay: integer('previous_purchase_day'),
    firstDayNetMinor: doublePrecision('first_day_net_minor'),
    daysTimeZone: text('days_time_zone'),
    asOf: timestamp('as_of', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // Only the primary key: a full recompute rewrites every row, and each extra index costs every
  // write; stage and segment counts scan the workspace's rows through the key.
  (t) => [primaryKey({ columns: [t.workspaceId, t.customerId] })],
);

/** Every stage change, appended (never edited): the lifecycle's counts over time and its flows. */
export const customerStageHistory = pgTable(
  'customer_stage_history',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    customerId: text('customer_id').notNull(),
    fromStage: text('from_stage'),
    toStage: text('to_stage').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('customer_stage_history_customer_idx').on(t.workspaceId, t.customerId, t.changedAt),
    index('customer_stage_history_time_idx').on(t.workspaceId, t.changedAt),
  ],
);

/**
 * The RFM quintile breakpoints of the last full recompute, so one customer's new order can be
 * scored against the whole population without rescanning it; and the population's median CLV.
 */
export const rfmBreakpoints = pgTable('rfm_breakpoints', {
  workspaceId: text('workspace_id').primaryKey(),
  recencyDays: jsonb('recency_days').$type<number[]>().notNull(),
  orders: jsonb('orders').$type<number[]>().notNull(),
  netRevenueMinor: jsonb('net_revenue_minor').$type<number[]>().notNull(),
  customers: integer('customers').notNull(),
  /**
   * The median predicted 12-month CLV over the scores this recompute wrote (null: no prediction).
   * Segments' "CLV above the median" reads it, so every evaluator compares against the same number
   * without aggregating every score of the workspace for each page it evaluates.
   */
  medianClv12MonthsMinor: doublePrecision('median_clv_12_months_minor'),
  asOf: timestamp('as_of', { withTimezone: true }).notNull(),
});

/**
 * Order events the analytics consumer has seen but not yet applied: it rescores a customer only
 * once the orders consumer has projected the event (consumers advance independently), so an
 * event waits here until then.
 */
export const analyticsPendingRefreshes = pgTable(
  'analytics_pending_refreshes',
  {
    eventId: text('event_id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    /**
     * The event's place in the log, name and properties, copied when it is queued: the claim
     * compares the place with the orders consumer's cursor and reads the rest without joining the
     * log, which the planner did by scanning all of it.
     */
    txId: transactionId('tx_id').notNull(),
    name: text('name').notNull(),
    properties: jsonb('properties').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('analytics_pending_refreshes_workspace_idx').on(t.workspaceId),
    // Claims walk the queue in log order up to the orders cursor. An index walk passes over the
    // rows earlier claims deleted (their entries are marked dead on first sight); a scan of the
    // table read every one of them again until a vacuum ran.
    index('analytics_pending_refreshes_log_order_idx').on(t.txId, t.eventId),
  ],
);

/** Which process is running a workspace's full recompute: one at a time across processes. */
export const analyticsRecomputeClaims = pgTable('analytics_recompute_claims', {
  workspaceId: text('workspace_id').primaryKey(),
  /** The claim lapses then, so a process that died does not block the next night. */
  claimedUntil: timestamp('claimed_until', { withTimezone: true }).notNull(),
});
