import { sql } from 'drizzle-orm';

/**
 * The orders projection as a relation, for the analytics aggregates that must join and sample it
 * inside PostgreSQL (a function returning rows would move millions of them to Node.js). Read it;
 * only the orders module writes it. Its columns: id, workspace_id, customer_id, order_id,
 * placed_at, currency, currency_mismatch, total_minor, refunded_minor.
 */
export const ordersRelation = sql.raw('orders');

/**
 * The lines of each order, for segments' "bought a product or category": workspace_id, order_id (the
 * `orders` row's id, `ord_…`, not the shop's order id), product_id, sku, category.
 */
export const orderLinesRelation = sql.raw('order_lines');
