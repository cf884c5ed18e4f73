// The refresh queue: order events the analytics consumer has seen, applied once the orders
// projection has them.
import { sql } from 'drizzle-orm';
import { pgArray } from '../../db/arrays.js';
import { queryRows, type Db } from '../../db/connection.js';
import { consumerCursorRelation, loggedEventsWithIds } from '../events/index.js';
import { ordersRelation } from '../orders/index.js';

/** An order event as the refresh queue and the log hand it over. */
export interface OrderChangeRow {
  workspace_id: string;
  name: string;
  properties: Record<string, unknown>;
}

/** The order ids' customers (the analytics consumer refreshes them). */
export async function customersOfOrders(db: Db, workspaceId: string, orderIds: string[]): Promise<string[]> {
  if (orderIds.length === 0) return [];
  const rows = await queryRows<{ customer_id: string }>(
    db,
    sql`select distinct customer_id from ${ordersRelation}
        where workspace_id = ${workspaceId} and order_id = any(${pgArray(orderIds, 'text')})`,
  );
  return rows.map((row) => row.customer_id);
}

/** Remembers order events to rescore their customers once the orders projection has them. */
export async function insertPendingRefreshes(
  db: Db,
  events: { id: string; workspaceId: string }[],
): Promise<void> {
  if (events.length === 0) return;
  await db.execute(
    sql`insert into analytics_pending_refreshes (event_id, workspace_id, tx_id, name, properties)
        select e.id, e.workspace_id, e.tx_id, e.name, e.properties
        from ${loggedEventsWithIds(events.map((e) => e.id))} e
        on conflict do nothing`,
  );
}

/**
 * Claims (deletes and answers) up to `limit` pending events that the orders consumer has already
 * applied: those at or before its cursor, oldest first in log order. SKIP LOCKED lets the consumer
 * and the worker share the queue without doing an event twice. The delete finds the rows it has
 * just locked by their place in the table (ctid, stable while the lock is held): by key, a planner
 * without statistics walked the log-order index for each of them (170 ms a claim of 1,300 rows,
 * measured), and a join may scan the whole queue.
 */
export async function claimReadyRefreshes(
  db: Db,
  ordersConsumerName: string,
  limit: number,
  held: 'skip' | 'wait',
): Promise<OrderChangeRow[]> {
  return queryRows<OrderChangeRow>(
    db,
    sql`with ready as (
          select p.ctid from analytics_pending_refreshes p
          join ${consumerCursorRelation(ordersConsumerName)} c on true
          where (p.tx_id, p.event_id) <= (c.tx_id, c.event_id)
          order by p.tx_id, p.event_id
          limit ${limit}
          for update of p ${held === 'skip' ? sql`skip locked` : sql``}
        ),
        claimed as (
          delete from analytics_pending_refreshes p where p.ctid = any(array(select ctid from ready))
          returning p.event_id, p.workspace_id, p.tx_id, p.name, p.properties
        )
        select workspace_id, name, properties from claimed order by tx_id, event_id`,
  );
}
