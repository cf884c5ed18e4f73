import { resolvesAfterCustomers } from '../customers/index.js';
import type { Consumer, LoggedEvent } from '../events/index.js';
import { customersMergedEvent } from '../events/index.js';
import { getWorkspace } from '../workspaces/index.js';
import type { Db } from '../../db/connection.js';
import { applyOrderEvents } from './page-batch.js';
import { repointOrders } from './queries.js';

async function followMerge(tx: Db, event: LoggedEvent): Promise<void> {
  const { from_customer_id: from, into_customer_id: into } = event.properties;
  if (typeof from === 'string' && typeof into === 'string')
    await repointOrders(tx, event.workspaceId, from, into);
}

/** The events that create and refund orders. */
export const orderEventNames: readonly string[] = ['Order Completed', 'Order Refunded'];

/** Every event that changes the orders projection: what the readers of orders follow. */
export const orderChangeEventNames: readonly string[] = [...orderEventNames, customersMergedEvent];

const isOrderEvent = (event: LoggedEvent) => event.name !== null && orderEventNames.includes(event.name);

/**
 * The orders projection: `Order Completed`, `Order Refunded`, and `Customers Merged` from customers.
 * The order events between two merges are applied together (`applyOrderEvents`); a merge moves
 * the orders written before it.
 */
export const ordersConsumer: Consumer = {
  name: 'orders',
  after: resolvesAfterCustomers,
  reads: { names: orderChangeEventNames, payload: ['properties'] },
  apply: async (tx, events) => {
    const currencies = new Map<string, string>();
    const currencyOf = async (workspaceId: string) => {
      if (!currencies.has(workspaceId))
        currencies.set(workspaceId, (await getWorkspace(tx, workspaceId)).currency);
      return currencies.get(workspaceId)!;
    };
    let segment: LoggedEvent[] = [];
    for (const event of events) {
      if (event.name === customersMergedEvent && event.source === 'retain') {
        await applyOrderEvents(tx, segment, currencyOf);
        segment = [];
        await followMerge(tx, event);
      } else if (isOrderEvent(event)) segment.push(event);
    }
    await applyOrderEvents(tx, segment, currencyOf);
  },
};
