import { sql } from 'drizzle-orm';

/**
 * Each customer's current scores as a relation, for the customer list's filters and sorts, which
 * must page inside PostgreSQL. Read it; only analytics writes it. Its columns include
 * workspace_id, customer_id, stage, segment, orders, net_revenue_minor, clv_12_months_minor,
 * probability_alive, last_order_at. A customer without a row is a prospect (no order yet).
 */
export const customerScoresRelation = sql.raw('customer_scores');
