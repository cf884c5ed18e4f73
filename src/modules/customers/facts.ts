import type { SQL } from 'drizzle-orm';

/**
 * What other modules know of each customer that the list filters and sorts by, as the relations
 * their owners export (src/server/customer-data.ts hands them over: analytics and loyalty import
 * this module, so it cannot import them). Paging a filtered, sorted list needs them joined inside
 * PostgreSQL.
 */
export interface CustomerListFacts {
  /**
   * analytics' scores: stage, segment, r_score, f_score, orders, net_revenue_minor,
   * clv_12_months_minor, probability_alive, last_order_at.
   */
  scores: SQL;
  /** Every lifecycle stage; a customer without scores has none yet and counts as `prospectStage`. */
  stages: readonly string[];
  prospectStage: string;
  /** Every RFM segment name. */
  segments: readonly string[];
  /** loyalty's points accounts: balance. */
  points: SQL;
  /** loyalty's current tier of each member: tier_id. */
  tiers: SQL;
  /** the orders projection: customer_id, placed_at (a cohort is a first order's month). */
  orders: SQL;
}
