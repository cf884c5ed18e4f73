import type { RefundInput } from './order-event.js';

export interface RefundableLine {
  id: string;
  productId: string | null;
  sku: string | null;
  priceMinor: number;
  quantity: number;
  refundedQuantity: number;
}

export interface RefundPlan {
  requestedMinor: number;
  amountMinor: number;
  lines: { id: string; quantity: number }[];
  refundedMinor: number;
  status: 'completed' | 'partially_refunded' | 'refunded';
}

/** Which line a refunded product means: by product_id, else by sku, among lines with units left. */
function matchLine(
  lines: RefundableLine[],
  wanted: RefundInput['lines'][number],
  taken: Map<string, number>,
) {
  return lines.find((line) => {
    const left = line.quantity - line.refundedQuantity - (taken.get(line.id) ?? 0);
    const same = wanted.productId
      ? line.productId === wanted.productId
      : wanted.sku !== null && line.sku === wanted.sku;
    return same && left > 0;
  });
}

/**
 * What a refund does to an order. Amount: the stated one, else the refunded products' worth,
 * else everything left. It never takes the order past its total (refunded ≤ total).
 */
export function planRefund(
  order: { totalMinor: number; refundedMinor: number },
  lines: RefundableLine[],
  refund: RefundInput,
): RefundPlan {
  const taken = new Map<string, number>();
  let productsMinor = 0;
  for (const wanted of refund.lines) {
    const line = matchLine(lines, wanted, taken);
    if (!line) continue;
    const quantity = Math.min(
      wanted.quantity,
      line.quantity - line.refundedQuantity - (taken.get(line.id) ?? 0),
    );
    taken.set(line.id, (taken.get(line.id) ?? 0) + quantity);
    productsMinor += line.priceMinor * quantity;
  }
  const left = order.totalMinor - order.refundedMinor;
  const requestedMinor = refund.amountMinor ?? (refund.lines.length ? productsMinor : left);
  const amountMinor = Math.max(0, Math.min(requestedMinor, left));
  const refundedMinor = order.refundedMinor + amountMinor;
  return {
    requestedMinor,
    amountMinor,
    lines: [...taken].map(([id, quantity]) => ({ id, quantity })),
    refundedMinor,
    status:
      refundedMinor >= order.totalMinor ? 'refunded' : refundedMinor > 0 ? 'partially_refunded' : 'completed',
  };
}
