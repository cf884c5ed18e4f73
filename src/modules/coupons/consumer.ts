import type { Db } from '../../db/connection.js';
import type { Consumer, LoggedEvent } from '../events/index.js';
import { customersMergedEvent } from '../events/index.js';
import { resolveCustomerId, resolvesAfterCustomers } from '../customers/index.js';
import { repointCustomer } from './queries.js';
import { recordOrderCoupon } from './redeem.js';

/** Segment's `Order Completed` names the code in `coupon` and the order in `order_id`. */
function orderCoupon(event: LoggedEvent): { code: string; orderId: string } | null {
  if (event.type !== 'track' || event.name !== 'Order Completed') return null;
  const { coupon, order_id: orderId } = event.properties;
  if (typeof coupon !== 'string' || !coupon.trim()) return null;
  if (typeof orderId !== 'string' && typeof orderId !== 'number') return null;
  return { code: coupon, orderId: String(orderId) };
}

/** `Customers Merged` (an anonymous profile joined a known one): its coupons follow. */
function mergedProfiles(event: LoggedEvent): { from: string; into: string } | null {
  if (event.type !== 'track' || event.name !== customersMergedEvent || event.source !== 'retain') return null;
  const { from_customer_id: from, into_customer_id: into } = event.properties;
  return typeof from === 'string' && typeof into === 'string' ? { from, into } : null;
}

async function apply(tx: Db, events: LoggedEvent[]): Promise<void> {
  for (const event of events) {
    const merged = mergedProfiles(event);
    if (merged) await repointCustomer(tx, event.workspaceId, merged.from, merged.into);
    const order = orderCoupon(event);
    if (!order) continue;
    const customerId =
      event.userId || event.anonymousId
        ? await resolveCustomerId(tx, event.workspaceId, event, event.occurredAt)
        : null;
    await recordOrderCoupon(tx, event.workspaceId, { ...order, customerId, at: event.occurredAt });
  }
}

/** Marks codes used by orders that arrive as events (the checkout did not call redeem); follows merges. */
export const couponOrdersConsumer: Consumer = {
  name: 'coupons.orders',
  after: resolvesAfterCustomers,
  reads: { names: ['Order Completed', customersMergedEvent], payload: ['properties'] },
  apply,
};
