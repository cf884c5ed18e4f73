import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOrderCompleted, parseOrderRefunded } from './order-event.js';
import { planRefund, type RefundableLine } from './refund.js';

describe('parseOrderCompleted', () => {
  it('prefers total, else revenue plus shipping and tax, else the products', () => {
    const total = parseOrderCompleted({ order_id: 1, total: '19.99', revenue: 15, tax: 2 }, 'USD');
    expect(total.ok && total.value).toMatchObject({
      orderId: '1',
      currency: 'USD',
      totalMinor: 1999,
      taxMinor: 200,
    });
    const revenue = parseOrderCompleted({ order_id: 'r', revenue: 15, shipping: '3.5', tax: 1.25 }, 'USD');
    expect(revenue.ok && revenue.value.totalMinor).toBe(1975);
    const products = parseOrderCompleted(
      { order_id: 'p', products: [{ price: 10000, quantity: 3 }, { price: 'bad' }, 'junk'] },
      'VND',
    );
    expect(products.ok && products.value).toMatchObject({ currency: 'VND', totalMinor: 30000 });
    expect(products.ok && products.value.lines.map((l) => [l.priceMinor, l.quantity])).toEqual([
      [10000, 3],
      [0, 1],
    ]);
  });

  it('names what is wrong and never throws', () => {
    expect(parseOrderCompleted({ total: 1 }, 'USD')).toMatchObject({ ok: false, reason: 'order_id_missing' });
    expect(parseOrderCompleted({ order_id: 'x', total: -1 }, 'USD')).toMatchObject({
      reason: 'amount_invalid',
    });
    expect(parseOrderCompleted({ order_id: 'x', total: 1, currency: 'dollars' }, 'USD')).toMatchObject({
      reason: 'currency_invalid',
    });
    expect(parseOrderCompleted({ order_id: 'x' }, 'USD')).toMatchObject({ reason: 'total_missing' });
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (properties) => {
        expect(() => parseOrderCompleted(properties, 'USD')).not.toThrow();
        expect(() => parseOrderRefunded(properties, 'USD')).not.toThrow();
      }),
    );
  });

  it('refuses a refund in another currency than the order', () => {
    expect(parseOrderRefunded({ order_id: 'x', currency: 'EUR', amount: 1 }, 'USD')).toMatchObject({
      ok: false,
      reason: 'currency_differs',
    });
    expect(parseOrderRefunded({ order_id: 'x', total: '0.5' }, 'USD')).toMatchObject({
      ok: true,
      value: { amountMinor: 50 },
    });
  });
});

describe('planRefund', () => {
  const lines: RefundableLine[] = [
    { id: 'l1', productId: 'p1', sku: 'S1', priceMinor: 1000, quantity: 2, refundedQuantity: 1 },
    { id: 'l2', productId: null, sku: 'S2', priceMinor: 250, quantity: 4, refundedQuantity: 0 },
  ];

  it('refunds products by id or sku, up to the units not yet refunded', () => {
    const plan = planRefund({ totalMinor: 3000, refundedMinor: 1000 }, lines, {
      orderId: 'o',
      currency: 'USD',
      amountMinor: null,
      lines: [
        { productId: 'p1', sku: null, quantity: 5 },
        { productId: null, sku: 'S2', quantity: 2 },
        { productId: 'nope', sku: null, quantity: 1 },
      ],
    });
    expect(plan).toEqual({
      requestedMinor: 1500,
      amountMinor: 1500,
      lines: [
        { id: 'l1', quantity: 1 },
        { id: 'l2', quantity: 2 },
      ],
      refundedMinor: 2500,
      status: 'partially_refunded',
    });
  });

  it('never takes an order past its total, whatever the sequence of refunds', () => {
    const refund = fc.record({
      amountMinor: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null }),
      quantity: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.array(refund, { maxLength: 6 }),
        (totalMinor, refunds) => {
          let refundedMinor = 0;
          for (const r of refunds) {
            const wanted = r.quantity ? [{ productId: 'p1', sku: null, quantity: r.quantity }] : [];
            const plan = planRefund({ totalMinor, refundedMinor }, [], {
              orderId: 'o',
              currency: 'USD',
              amountMinor: r.amountMinor,
              lines: wanted,
            });
            expect(plan.amountMinor).toBeGreaterThanOrEqual(0);
            expect(plan.refundedMinor).toBe(refundedMinor + plan.amountMinor);
            expect(plan.refundedMinor).toBeLessThanOrEqual(totalMinor);
            refundedMinor = plan.refundedMinor;
          }
        },
      ),
    );
  });
});
