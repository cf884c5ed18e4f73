import { moneyAmountMinorMax } from '../../core/limits.js';
import { isCurrency, toMinorUnits } from '../../core/money.js';

export type RejectionReason =
  | 'order_id_missing'
  | 'currency_invalid'
  | 'amount_invalid'
  | 'total_missing'
  | 'order_unknown'
  | 'currency_differs'
  | 'customer_missing';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: RejectionReason; message: string };

interface LineInput {
  productId: string | null;
  sku: string | null;
  name: string | null;
  category: string | null;
  priceMinor: number;
  quantity: number;
}

export interface OrderInput {
  orderId: string;
  currency: string;
  totalMinor: number;
  subtotalMinor: number | null;
  discountMinor: number | null;
  shippingMinor: number | null;
  taxMinor: number | null;
  couponCode: string | null;
  lines: LineInput[];
  /** The event's other properties, kept with the order. */
  properties: Record<string, unknown>;
}

export interface RefundInput {
  orderId: string;
  currency: string | null;
  /** Absent: the products' worth, or with no products either, everything left (a full refund). */
  amountMinor: number | null;
  lines: { productId: string | null; sku: string | null; quantity: number }[];
}

const fail = (reason: RejectionReason, message: string) => ({ ok: false, reason, message }) as const;

const orderKeys = new Set([
  'order_id',
  'total',
  'revenue',
  'subtotal',
  'discount',
  'shipping',
  'tax',
  'coupon',
  'currency',
  'products',
]);

function idText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** undefined: absent; null: present but not a plain non-negative amount within the bound (limits.ts). */
function amount(value: unknown, currency: string): number | null | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'number' && typeof value !== 'string') return null;
  const minor = toMinorUnits(value, currency);
  return minor === null || minor < 0 || minor > moneyAmountMinorMax ? null : minor;
}

const amountRule = `an amount of at most ${moneyAmountMinorMax} minor units`;

function quantity(value: unknown): number {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : 1;
}

function currencyOf(properties: Record<string, unknown>, fallback: string): Parsed<string> {
  if (properties.currency === undefined || properties.currency === null) return { ok: true, value: fallback };
  const code = typeof properties.currency === 'string' ? properties.currency.trim().toUpperCase() : '';
  return isCurrency(code)
    ? { ok: true, value: code }
    : fail('currency_invalid', `currency '${String(properties.currency)}' is not an ISO 4217 code.`);
}

function products(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter(
        (p): p is Record<string, unknown> => typeof p === 'object' && p !== null && !Array.isArray(p),
      )
    : [];
}

function line(product: Record<string, unknown>, currency: string): LineInput {
  return {
    productId: idText(product.product_id),
    sku: idText(product.sku),
    name: typeof product.name === 'string' ? product.name : null,
    category: typeof product.category === 'string' ? product.category : null,
    // A product line without a readable price still says what was bought; it counts as 0.
    priceMinor: amount(product.price, currency) ?? 0,
    quantity: quantity(product.quantity),
  };
}

/** The amounts of an order; `total` is preferred, else revenue (Segment: excludes shipping and tax) plus them. */
function totals(properties: Record<string, unknown>, currency: string, lines: LineInput[]) {
  const read = Object.fromEntries(
    ['total', 'revenue', 'subtotal', 'discount', 'shipping', 'tax'].map((key) => [
      key,
      amount(properties[key], currency),
    ]),
  ) as Record<'total' | 'revenue' | 'subtotal' | 'discount' | 'shipping' | 'tax', number | null | undefined>;
  const invalid = Object.entries(read).find(([, value]) => value === null);
  if (invalid)
    return fail('amount_invalid', `${invalid[0]} '${String(properties[invalid[0]])}' is not ${amountRule}.`);
  const total =
    read.total ??
    (read.revenue !== undefined ? read.revenue! + (read.shipping ?? 0) + (read.tax ?? 0) : undefined) ??
    (lines.length ? lines.reduce((sum, l) => sum + l.priceMinor * l.quantity, 0) : undefined);
  if (total === undefined) return fail('total_missing', 'The order has no total, revenue or products.');
  if (total > moneyAmountMinorMax)
    return fail('amount_invalid', `The order's total, ${total} minor units, is not ${amountRule}.`);
  return { ok: true, value: { ...read, total } } as const;
}

export function parseOrderCompleted(
  properties: Record<string, unknown>,
  workspaceCurrency: string,
): Parsed<OrderInput> {
  const orderId = idText(properties.order_id);
  if (!orderId) return fail('order_id_missing', 'Order Completed needs an order_id.');
  const currency = currencyOf(properties, workspaceCurrency);
  if (!currency.ok) return currency;
  const lines = products(properties.products).map((p) => line(p, currency.value));
  const amounts = totals(properties, currency.value, lines);
  if (!amounts.ok) return amounts;
  const rest = Object.fromEntries(Object.entries(properties).filter(([key]) => !orderKeys.has(key)));
  return {
    ok: true,
    value: {
      orderId,
      currency: currency.value,
      totalMinor: amounts.value.total,
      subtotalMinor: amounts.value.subtotal ?? null,
      discountMinor: amounts.value.discount ?? null,
      shippingMinor: amounts.value.shipping ?? null,
      taxMinor: amounts.value.tax ?? null,
      couponCode: idText(properties.coupon),
      lines,
      properties: rest,
    },
  };
}

/** Amounts of a refund are read in the order's currency; a refund in another currency is refused. */
export function parseOrderRefunded(
  properties: Record<string, unknown>,
  orderCurrency: string,
): Parsed<RefundInput> {
  const orderId = idText(properties.order_id);
  if (!orderId) return fail('order_id_missing', 'Order Refunded needs an order_id.');
  const currency = currencyOf(properties, orderCurrency);
  if (!currency.ok) return currency;
  if (currency.value !== orderCurrency)
    return fail(
      'currency_differs',
      `The refund is in ${currency.value}; order ${orderId} is in ${orderCurrency}.`,
    );
  const key = ['total', 'amount', 'revenue'].find(
    (k) => properties[k] !== undefined && properties[k] !== null,
  );
  const amountMinor = key ? amount(properties[key], orderCurrency) : undefined;
  if (amountMinor === null)
    return fail('amount_invalid', `${key} '${String(properties[key!])}' is not ${amountRule}.`);
  return {
    ok: true,
    value: {
      orderId,
      currency: currency.value,
      amountMinor: amountMinor ?? null,
      lines: products(properties.products).map((p) => ({
        productId: idText(p.product_id),
        sku: idText(p.sku),
        quantity: quantity(p.quantity),
      })),
    },
  };
}

/** The order_id of an order event, for recording a rejection against it. */
export const orderIdOf = (properties: Record<string, unknown>) => idText(properties.order_id);
