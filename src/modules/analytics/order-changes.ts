// Which order events change whose aggregates: shared by the consumer that rescores customers and
// by the recompute that must know which customers' kept inputs are not yet up to date.
import type { LoggedEvent } from '../events/index.js';
import { customersMergedEvent } from '../events/index.js';
import { orderEventNames } from '../orders/index.js';
import { customersOfOrders, type OrderChangeRow } from './refreshes.queries.js';
import type { Db } from '../../db/connection.js';

const orderEvents = new Set(orderEventNames);

/** The consumer that rescores the customers of order changes (its cursor says how far it got). */
export const analyticsConsumerName = 'analytics';

/** Events that change a customer's orders: completions, refunds, and merges of two profiles. */
export function changesOrders(event: Pick<LoggedEvent, 'type' | 'name' | 'source'>): boolean {
  if (event.type !== 'track' || !event.name) return false;
  return orderEvents.has(event.name) || (event.name === customersMergedEvent && event.source === 'retain');
}

export interface WorkspaceChanges {
  /** The shop's order ids named by order events. */
  orderIds: string[];
  /** Profiles merged into others (their orders now belong to `into`). */
  merges: { from: string; into: string }[];
}

export function changesByWorkspace(rows: OrderChangeRow[]): Map<string, WorkspaceChanges> {
  const byWorkspace = new Map<string, WorkspaceChanges>();
  for (const row of rows) {
    const changes = byWorkspace.get(row.workspace_id) ?? { orderIds: [], merges: [] };
    byWorkspace.set(row.workspace_id, changes);
    if (orderEvents.has(row.name)) {
      const orderId = row.properties['order_id'];
      if (typeof orderId === 'string' || typeof orderId === 'number') changes.orderIds.push(String(orderId));
    } else {
      const { from_customer_id: from, into_customer_id: into } = row.properties;
      if (typeof from === 'string' && typeof into === 'string') changes.merges.push({ from, into });
    }
  }
  return byWorkspace;
}

/**
 * Every customer whose aggregates the changes touch: the orders' customers and both sides of each
 * merge (the merged one is left without orders).
 */
export async function customersChanged(
  db: Db,
  workspaceId: string,
  changes: WorkspaceChanges,
): Promise<Set<string>> {
  const customerIds = new Set(await customersOfOrders(db, workspaceId, changes.orderIds));
  for (const merge of changes.merges) {
    customerIds.add(merge.from);
    customerIds.add(merge.into);
  }
  return customerIds;
}
