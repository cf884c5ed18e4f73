import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/connection.js';

/**
 * What the customers and orders projections hold for one workspace, without generated ids and
 * write times, so two runs of the same events can be compared row for row.
 */
export async function projectionSnapshot(db: Db, workspaceId: string): Promise<Record<string, unknown[]>> {
  const customers = await queryRows(
    db,
    sql`select external_id, email, name, traits, first_seen_at, last_seen_at, merged_into is not null as merged
        from customers where workspace_id = ${workspaceId} order by external_id nulls last, first_seen_at`,
  );
  const identities = await queryRows(
    db,
    sql`select i.kind, i.value, c.external_id from customer_identities i
        join customers c on c.id = i.customer_id
        where i.workspace_id = ${workspaceId} order by i.kind, i.value`,
  );
  const orders = await queryRows(
    db,
    sql`select o.order_id, c.external_id, o.placed_at, o.currency, o.total_minor, o.refunded_minor, o.status
        from orders o join customers c on c.id = o.customer_id
        where o.workspace_id = ${workspaceId} order by o.order_id`,
  );
  const lines = await queryRows(
    db,
    sql`select o.order_id, l.product_id, l.sku, l.price_minor, l.quantity from order_lines l
        join orders o on o.id = l.order_id
        where l.workspace_id = ${workspaceId} order by o.order_id, l.product_id`,
  );
  const refunds = await queryRows(
    db,
    sql`select o.order_id, r.amount_minor, r.refunded_at from order_refunds r join orders o on o.id = r.order_id
        where r.workspace_id = ${workspaceId} order by o.order_id, r.refunded_at`,
  );
  return { customers, identities, orders, lines, refunds };
}
