import { describe, expect, it } from 'vitest';
import { dayMs } from '../core/time.js';
import { simulateShop, demoDays } from './simulate.js';

const today = new Date('2026-11-22T10:00:00Z');

describe('the simulated shop', () => {
  it('is the same for the same seed, and another for another seed', () => {
    const first = simulateShop({ customers: 500, seed: 7, currency: 'VND', today });
    const again = simulateShop({ customers: 500, seed: 7, currency: 'VND', today });
    const other = simulateShop({ customers: 500, seed: 8, currency: 'VND', today });
    expect(again.events).toEqual(first.events);
    expect(other.events).not.toEqual(first.events);
  });

  const shop = simulateShop({ customers: 4_000, seed: 1, currency: 'VND', today });
  const orders = shop.events.filter((e) => e.name === 'Order Completed');
  const refunds = shop.events.filter((e) => e.name === 'Order Refunded');

  it('has prospects, one-time buyers, repeat buyers, and full and partial refunds', () => {
    const { stats } = shop;
    expect(stats.customers).toBe(4_000);
    expect(stats.prospects + stats.buyers).toBe(stats.customers);
    expect(stats.prospects / stats.customers).toBeGreaterThan(0.3);
    expect(stats.prospects / stats.customers).toBeLessThan(0.45);
    expect(stats.repeatBuyers).toBeGreaterThan(stats.buyers * 0.3);
    expect(stats.repeatBuyers).toBeLessThan(stats.buyers);
    expect(orders).toHaveLength(stats.orders);
    const buyers = new Set(orders.map((e) => e.userId));
    expect(buyers.size).toBe(stats.buyers);
    expect(refunds.filter((e) => e.properties!.total === undefined)).toHaveLength(stats.fullRefunds);
    expect(refunds.filter((e) => e.properties!.total !== undefined)).toHaveLength(stats.partialRefunds);
    expect(stats.fullRefunds).toBeGreaterThan(0);
    expect(stats.partialRefunds).toBeGreaterThan(0);
  });

  it('happens within the two years ending today, in time order, each order after its sign-up', () => {
    const times = shop.events.map((e) => e.occurredAt.getTime());
    expect(Math.min(...times)).toBeGreaterThanOrEqual(today.getTime() - demoDays * dayMs);
    expect(Math.max(...times)).toBeLessThanOrEqual(today.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const signups = new Map(
      shop.events.filter((e) => e.type === 'identify').map((e) => [e.userId, e.occurredAt]),
    );
    for (const order of orders) expect(order.occurredAt > signups.get(order.userId)!).toBe(true);
  });

  it('prices in whole đồng, totals = lines + shipping, and unique ids and addresses', () => {
    for (const order of orders) {
      const { total, subtotal, shipping, products } = order.properties as {
        total: number;
        subtotal: number;
        shipping: number;
        products: { price: number; quantity: number }[];
      };
      expect(Number.isInteger(total) && total >= 30_000).toBe(true);
      expect(subtotal).toBe(products.reduce((sum, p) => sum + p.price * p.quantity, 0));
      expect(total).toBe(subtotal + shipping);
    }
    expect(new Set(orders.map((e) => e.properties!.order_id)).size).toBe(orders.length);
    const emails = shop.events.filter((e) => e.type === 'identify').map((e) => e.traits!.email as string);
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails) expect(email).toMatch(/^[a-z0-9.]+@example\.(com|net|org)$/);
    expect(shop.profile).toMatchObject({ timezone: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' });
  });

  it('sells more in the weeks before Tết than in an ordinary month', () => {
    const inRange = (from: string, to: string) =>
      orders.filter((e) => e.occurredAt >= new Date(from) && e.occurredAt < new Date(to)).length;
    // Tết 2026 is 17 February: the four weeks before it against the four weeks after.
    expect(inRange('2026-01-20', '2026-02-17')).toBeGreaterThan(1.3 * inRange('2026-03-01', '2026-03-29'));
  });

  it('names customers and prices goods as their country does', () => {
    const japan = simulateShop({ customers: 200, seed: 3, currency: 'JPY', today });
    const names = japan.events.filter((e) => e.type === 'identify').map((e) => e.traits!.name as string);
    expect(names.every((name) => /^[\u3005\u3040-\u9fff]+ [\u3005\u3040-\u9fff]+$/.test(name))).toBe(true);
    const prices = japan.events
      .filter((e) => e.name === 'Order Completed')
      .flatMap((e) => (e.properties!.products as { price: number }[]).map((p) => p.price));
    expect(prices.every((price) => Number.isInteger(price) && price >= 900)).toBe(true);
    const usd = simulateShop({ customers: 200, seed: 3, currency: 'USD', today });
    const totals = usd.events
      .filter((e) => e.name === 'Order Completed')
      .map((e) => e.properties!.total as number);
    expect(totals.some((total) => !Number.isInteger(total))).toBe(true);
    expect(totals.every((total) => Math.round(total * 100) / 100 === total)).toBe(true);
  });
});
