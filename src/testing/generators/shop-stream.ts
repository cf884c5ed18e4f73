/** A deterministic stream of Segment events for a small shop: identities, orders, refunds. */
export interface SegmentEvent {
  type: 'identify' | 'track';
  messageId: string;
  userId: string;
  anonymousId?: string;
  event?: string;
  traits?: Record<string, unknown>;
  properties?: Record<string, unknown>;
  timestamp: string;
}

export function shopStream(customers: number, start = Date.parse('2026-01-01T00:00:00Z')): SegmentEvent[] {
  const events: SegmentEvent[] = [];
  const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
  for (let c = 0; c < customers; c += 1) {
    const userId = `user-${c}`;
    events.push({
      type: 'identify',
      messageId: `id-${c}`,
      userId,
      anonymousId: `anon-${c}`,
      traits: { email: `shopper${c}@example.com`, name: `Shopper ${c}`, plan: c % 3 === 0 ? 'vip' : 'basic' },
      timestamp: at(c),
    });
    const orders = 1 + (c % 3);
    for (let o = 0; o < orders; o += 1) {
      const orderId = `order-${c}-${o}`;
      events.push({
        type: 'track',
        messageId: `oc-${orderId}`,
        userId,
        event: 'Order Completed',
        properties: {
          order_id: orderId,
          total: 10 + ((c * 7 + o * 13) % 90) + 0.25,
          currency: 'USD',
          products: [{ product_id: `p-${o}`, sku: `SKU-${o}`, name: `Product ${o}`, price: 10, quantity: 1 }],
        },
        timestamp: at(c + o * 1440 + 5),
      });
      if ((c + o) % 5 === 0) {
        events.push({
          type: 'track',
          messageId: `or-${orderId}`,
          userId,
          event: 'Order Refunded',
          properties: { order_id: orderId, ...(c % 2 === 0 ? { total: 5 } : {}) },
          timestamp: at(c + o * 1440 + 60),
        });
      }
    }
  }
  return events;
}

export function inBatches<T>(items: T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}
