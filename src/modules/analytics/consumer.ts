import { systemClock, type Clock } from '../../core/clock.js';
import { consumerBatchEventsMax } from '../../core/limits.js';
import type { Db } from '../../db/connection.js';
import type { Consumer, LoggedEvent } from '../events/index.js';
import { orderChangeEventNames, ordersConsumer } from '../orders/index.js';
import { analyticsConsumerName, changesByWorkspace, changesOrders } from './order-changes.js';
import { claimReadyRefreshes, customersOfOrders, insertPendingRefreshes } from './refreshes.queries.js';
import { deleteCustomerScores } from './scoring/index.js';
import { refreshCustomers } from './recompute.js';

/**
 * Rescores the customers of up to a page of pending order events that the orders projection has
 * applied, as of `now`, with the current model; answers how many events it took. The consumer
 * calls it after each page of the log; the analytics worker calls it until nothing is left.
 */
export async function refreshPending(
  tx: Db,
  now: Date,
  limit = consumerBatchEventsMax,
  held: 'skip' | 'wait' = 'skip',
): Promise<number> {
  const ready = await claimReadyRefreshes(tx, ordersConsumer.name, limit, held);
  for (const [workspaceId, changes] of changesByWorkspace(ready)) {
    const customerIds = new Set(await customersOfOrders(tx, workspaceId, changes.orderIds));
    for (const merge of changes.merges) {
      await deleteCustomerScores(tx, workspaceId, merge.from);
      customerIds.delete(merge.from);
      customerIds.add(merge.into);
    }
    await refreshCustomers(tx, workspaceId, [...customerIds], now);
  }
  return ready.length;
}

/**
 * Keeps customer scores fresh: when an order is completed or refunded, its customer's RFM inputs,
 * stage and predictions are recomputed with the current model; when two profiles merge, the
 * merged one's scores go and the surviving one is rescored. Consumers advance independently, so
 * an event is first queued and applied once the orders consumer has projected it.
 */
export function analyticsConsumer(clock: Clock = systemClock): Consumer {
  return {
    name: analyticsConsumerName,
    // The refresh queue copies what it needs from the log itself.
    reads: { names: orderChangeEventNames, payload: [] },
    async apply(tx: Db, events: LoggedEvent[]): Promise<void> {
      await insertPendingRefreshes(
        tx,
        events.filter(changesOrders).map((event) => ({ id: event.id, workspaceId: event.workspaceId })),
      );
      // As many as the page can have queued: a large page leaves none behind for the worker.
      await refreshPending(tx, clock.now(), Math.max(consumerBatchEventsMax, events.length));
    },
    // Events read before the orders projection had them stay queued; the worker takes them in a
    // running server, and a drain here. A drain waits for changes another process is rescoring:
    // skipping them, it could return before their scores are committed.
    settle: (db: Db) =>
      db.transaction((tx) => refreshPending(tx, clock.now(), consumerBatchEventsMax, 'wait')),
  };
}
