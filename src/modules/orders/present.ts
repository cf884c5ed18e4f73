import type { RejectionReason } from './order-event.js';
import type { OrderLineRow, OrderRefundRow, OrderRejectionRow, OrderRow } from './queries.js';

export function presentOrder(row: OrderRow) {
  return {
    object: 'order' as const,
    id: row.id,
    order_id: row.orderId,
    customer: row.customerId,
    placed_at: row.placedAt.toISOString(),
    currency: row.currency,
    total_minor: row.totalMinor,
    subtotal_minor: row.subtotalMinor,
    discount_minor: row.discountMinor,
    shipping_minor: row.shippingMinor,
    tax_minor: row.taxMinor,
    refunded_minor: row.refundedMinor,
    status: row.status,
    currency_mismatch: row.currencyMismatch,
    coupon: row.couponCode,
    properties: row.properties,
  };
}

export function presentLine(row: OrderLineRow) {
  return {
    id: row.id,
    product_id: row.productId,
    sku: row.sku,
    name: row.name,
    category: row.category,
    price_minor: row.priceMinor,
    quantity: row.quantity,
    refunded_quantity: row.refundedQuantity,
  };
}

export function presentRefund(row: OrderRefundRow) {
  return {
    id: row.id,
    amount_minor: row.amountMinor,
    requested_minor: row.requestedMinor,
    reason: row.reason,
    event: row.sourceEventId,
    refunded_at: row.refundedAt.toISOString(),
  };
}

export function presentRejection(row: OrderRejectionRow) {
  return {
    object: 'order_rejection' as const,
    id: row.eventId,
    event_name: row.eventName,
    order_id: row.orderId,
    reason: row.reason as RejectionReason,
    message: row.message,
    occurred_at: row.occurredAt.toISOString(),
    resolved_at: row.resolvedAt?.toISOString() ?? null,
  };
}
