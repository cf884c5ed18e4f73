import { sql } from 'drizzle-orm';

/**
 * Loyalty's per-customer rows as relations, for the customer list's filters and sorts, which must
 * page inside PostgreSQL. Read them; only loyalty writes them. points_accounts: workspace_id,
 * customer_id, balance (no row: no points yet). customer_tiers: workspace_id, customer_id,
 * tier_id (no row: no tier).
 */
export const pointsAccountsRelation = sql.raw('points_accounts');
export const customerTiersRelation = sql.raw('customer_tiers');

/**
 * For segments' conditions, read the same way. points_lots: workspace_id, customer_id, remaining,
 * state (pending · posted), pending_until, expires_at. store_credit_accounts: workspace_id,
 * customer_id, balance_minor. loyalty_badges: workspace_id, customer_id, challenge_id, name.
 */
export const pointsLotsRelation = sql.raw('points_lots');
export const storeCreditAccountsRelation = sql.raw('store_credit_accounts');
export const badgesRelation = sql.raw('loyalty_badges');
