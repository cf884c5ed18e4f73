// Realistic Segment traffic from a shop: customers are identified, browse and buy. Deterministic
// for a given seed so runs compare; messageIds are unique per (seed, batch, position).

const products = [
  { product_id: 'p-100', sku: 'TEE-BLK-M', name: 'Black T-shirt', category: 'Apparel', price: 19.0 },
  { product_id: 'p-101', sku: 'MUG-WHT', name: 'White Mug', category: 'Kitchen', price: 12.5 },
  { product_id: 'p-102', sku: 'CAP-NVY', name: 'Navy Cap', category: 'Apparel', price: 24.0 },
  { product_id: 'p-103', sku: 'BAG-TOTE', name: 'Canvas Tote', category: 'Bags', price: 32.0 },
  { product_id: 'p-104', sku: 'SOCK-3PK', name: 'Socks, 3 pack', category: 'Apparel', price: 9.99 },
];

/** A small fast PRNG (mulberry32): benchmarks must not spend their time generating. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function context(customer: number) {
  return {
    library: { name: '@segment/analytics-node', version: '3.1.0' },
    ip: `203.0.113.${customer % 250}`,
    locale: 'en-US',
    userAgent:
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36',
  };
}

/** One customer's visit: identify, two product views, and an order with two products. */
function visit(next: () => number, customer: number, messagePrefix: string, at: Date) {
  const userId = `user-${customer}`;
  const timestamp = at.toISOString();
  const pick = () => products[Math.floor(next() * products.length)]!;
  const lines = [pick(), pick()].map((product) => ({ ...product, quantity: 1 + Math.floor(next() * 3) }));
  const revenue = Math.round(lines.reduce((sum, line) => sum + line.price * line.quantity, 0) * 100) / 100;
  return [
    {
      type: 'identify',
      userId,
      traits: { email: `${userId}@example.com`, first_name: 'Ann', last_name: `Customer ${customer}` },
    },
    { type: 'track', userId, event: 'Product Viewed', properties: lines[0] },
    { type: 'track', userId, event: 'Product Viewed', properties: lines[1] },
    {
      type: 'track',
      userId,
      event: 'Order Completed',
      properties: {
        order_id: `${messagePrefix}-order`,
        total: revenue,
        revenue,
        currency: 'USD',
        products: lines,
      },
    },
  ].map((message, index) => ({
    ...message,
    messageId: `${messagePrefix}-${index}`,
    timestamp,
    context: context(customer),
  }));
}

/** The body of one `POST /v1/batch` of about `size` messages (whole visits of four). */
export function segmentBatch(options: { seed: number; batch: number; size: number; customers: number }) {
  const next = random(options.seed * 1_000_003 + options.batch);
  const messages: Record<string, unknown>[] = [];
  const at = new Date();
  for (let visitIndex = 0; messages.length < options.size; visitIndex += 1) {
    const customer = Math.floor(next() * options.customers);
    const prefix = `bench-${options.seed}-${options.batch}-${visitIndex}`;
    messages.push(...visit(next, customer, prefix, at));
  }
  return { batch: messages.slice(0, options.size), sentAt: at.toISOString() };
}
