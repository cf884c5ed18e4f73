import { sql } from 'drizzle-orm';

/**
 * Loyalty's per-customer rows as relations, for the customer list's filters and sorts, which must
 * page inside PostgreSQL. Read them; only loyalty writes them. points_accounts: workspace_id,
 * customer_id, balance (no row: no points yet). customer_tiers: workspace_id, customer_id,
 * tier_id (no row: no tier).
 */
export const pointsAccountsRelation = sql.raw('points_accounts');
export const customerTiersRelation = sql.raw('customer_tiers');
