import { moneyAmountMinorMax } from '../../../core/limits.js';
import { isCurrency, toMinorUnits } from '../../../core/money.js';

// What loyalty needs from Segment's e-commerce events, read from the events themselves
// (`Order Completed`: order_id, total or revenue, currency, products[] with category, price,
// quantity; `Order Refunded`: order_id and the refunded total, or products, or nothing = all).

interface OrderLine {
  category: string | null;
  priceMinor: number;
  quantity: number;
}

export interface OrderFacts {
  orderId: string;
  currency: string;
  totalMinor: number;
  lines: OrderLine[];
}

/** An order id as loyalty keys it: a number as written, a string trimmed; null when neither. */
export function idText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function amountMinor(value: unknown, currency: string): number | null {
  if (typeof value !== 'number' && typeof value !== 'string') return null;
  const minor = toMinorUnits(value, currency);
  return minor !== null && minor >= 0 && minor <= moneyAmountMinorMax ? minor : null;
}

function lines(products: unknown, currency: string): OrderLine[] {
  if (!Array.isArray(products)) return [];
  return products
    .filter((p): p is Record<string, unknown> => typeof p === 'object' && p !== null)
    .map((p) => {
      const quantity = Number(p.quantity ?? 1);
      return {
        category: typeof p.category === 'string' ? p.category : null,
        priceMinor: amountMinor(p.price, currency) ?? 0,
        quantity: Number.isSafeInteger(quantity) && quantity > 0 ? quantity : 1,
      };
    });
}

const linesTotal = (items: OrderLine[]) => items.reduce((sum, l) => sum + l.priceMinor * l.quantity, 0);

function currencyOf(properties: Record<string, unknown>, fallback: string): string | null {
  if (properties.currency === undefined || properties.currency === null) return fallback;
  const code = String(properties.currency).trim().toUpperCase();
  return isCurrency(code) ? code : null;
}

/** An order's facts, or null when the event cannot be read as an order. */
export function readOrderCompleted(
  properties: Record<string, unknown>,
  workspaceCurrency: string,
): OrderFacts | null {
  const orderId = idText(properties.order_id);
  const currency = currencyOf(properties, workspaceCurrency);
  if (!orderId || !currency) return null;
  const items = lines(properties.products, currency);
  const revenue = amountMinor(properties.revenue, currency);
  const total =
    amountMinor(properties.total, currency) ??
    (revenue !== null
      ? revenue +
        (amountMinor(properties.shipping, currency) ?? 0) +
        (amountMinor(properties.tax, currency) ?? 0)
      : null) ??
    (items.length > 0 ? linesTotal(items) : null);
  // The orders projection refuses a total past the bound (order-event.ts): loyalty reads none either.
  return total === null || total > moneyAmountMinorMax
    ? null
    : { orderId, currency, totalMinor: total, lines: items };
}

/**
 * The refunded amount in the order's currency: `total`/`amount`/`revenue` when given, else the
 * products' worth, else everything not yet refunded (a full refund).
 */
export function readOrderRefunded(
  properties: Record<string, unknown>,
  order: { currency: string; totalMinor: number; refundedMinor: number },
): { orderId: string; amountMinor: number } | null {
  const orderId = idText(properties.order_id);
  if (!orderId) return null;
  const key = ['total', 'amount', 'revenue'].find(
    (k) => properties[k] !== undefined && properties[k] !== null,
  );
  const items = lines(properties.products, order.currency);
  const left = order.totalMinor - order.refundedMinor;
  const asked = key
    ? amountMinor(properties[key], order.currency)
    : items.length > 0
      ? linesTotal(items)
      : left;
  if (asked === null) return null;
  return { orderId, amountMinor: Math.min(asked, left) };
}
