import { moneyAmountMinorMax } from '../../core/limits.js';
import type { NewEvent } from '../events/index.js';
import {
  lineFields,
  mapColumns,
  orderFields,
  requireColumns,
  type ColumnMap,
  type OrderField,
} from './columns.js';
import type { RowContext } from './customer-rows.js';
import {
  emptyError,
  parseAmountMinor,
  parseCurrency,
  parseDate,
  parseEmail,
  parseQuantity,
  refuseNul,
  RowError,
  toMajorNumber,
} from './values.js';

export interface OrderColumns extends ColumnMap<OrderField> {
  /** One row per order line (the file has product columns) rather than one row per order. */
  perLine: boolean;
}

export function orderColumns(headers: string[]): OrderColumns {
  const map = mapColumns(headers, orderFields);
  const perLine = lineFields.some((field) => map.index[field] !== undefined);
  const required: OrderField[] = ['orderId', 'customerId', 'date'];
  requireColumns(map, perLine ? [...required, 'price'] : [...required, 'total'], orderFields, 'orders');
  return { ...map, perLine };
}

export interface SourceRow {
  record: string[];
  line: number;
}

export interface OrderContext extends RowContext {
  /** The workspace's currency, for rows without a currency column. */
  currency: string;
}

/** A row of an order that cannot be imported, with the line that makes it so. */
export class OrderLineError extends RowError {
  constructor(
    readonly line: number,
    cause: RowError,
  ) {
    super(cause.problem, cause.message);
  }
}

export const orderMessageId = (orderId: string) => `import:order:${orderId}`;

function cellOf(columns: OrderColumns, record: string[]) {
  return (field: OrderField) => {
    const index = columns.index[field];
    return index === undefined ? '' : (record[index] ?? '');
  };
}

export const orderIdOf = (columns: OrderColumns, record: string[]) => cellOf(columns, record)('orderId');

function productOf(row: SourceRow, columns: OrderColumns, currency: string) {
  const cell = cellOf(columns, row.record);
  const priceMinor = parseAmountMinor(cell('price'), currency, 'price');
  const quantity = cell('quantity') ? parseQuantity(cell('quantity'), 'quantity') : 1;
  const product: Record<string, unknown> = { price: toMajorNumber(priceMinor, currency), quantity };
  if (cell('productId')) product.product_id = cell('productId');
  if (cell('sku')) product.sku = cell('sku');
  if (cell('productName')) product.name = cell('productName');
  if (cell('category')) product.category = cell('category');
  return { product, lineMinor: priceMinor * quantity };
}

function withLine<T>(line: number, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof RowError && !(error instanceof OrderLineError))
      throw new OrderLineError(line, error);
    throw error;
  }
}

/**
 * The rows of one order (one row, or its consecutive line rows) → `Order Completed`, preceded by
 * an `identify` carrying the email when the file has one. Customer, date, currency and amounts
 * come from the order's first row; the total is the `total` column, or the sum of its lines.
 */
export function orderEvents(rows: SourceRow[], columns: OrderColumns, context: OrderContext): NewEvent[] {
  const first = rows[0]!;
  const cell = cellOf(columns, first.record);
  for (const row of rows) withLine(row.line, () => refuseNul(row.record));
  return withLine(first.line, () => {
    const orderId = cell('orderId');
    if (!orderId) throw emptyError('order_id');
    const userId = cell('customerId');
    if (!userId) throw emptyError('customer_id');
    if (!cell('date')) throw emptyError('date');
    const placedAt = parseDate(cell('date'), context.timezone, 'date');
    const currency = cell('currency') ? parseCurrency(cell('currency'), 'currency') : context.currency;
    const properties: Record<string, unknown> = { order_id: orderId, currency };
    if (columns.perLine) {
      const lines = rows.map((row) => withLine(row.line, () => productOf(row, columns, currency)));
      properties.products = lines.map((line) => line.product);
      const sumMinor = lines.reduce((sum, line) => sum + line.lineMinor, 0);
      if (!cell('total') && sumMinor > moneyAmountMinorMax) {
        throw new RowError(
          {
            code: 'lines_total_too_large',
            field: 'total',
            params: { sum: String(sumMinor), max: String(moneyAmountMinorMax), currency },
          },
          `the lines' total, ${sumMinor} minor units, is above the largest amount, ${moneyAmountMinorMax}`,
        );
      }
      properties.total = toMajorNumber(
        cell('total') ? parseAmountMinor(cell('total'), currency, 'total') : sumMinor,
        currency,
      );
    } else {
      if (!cell('total')) throw emptyError('total');
      properties.total = toMajorNumber(parseAmountMinor(cell('total'), currency, 'total'), currency);
    }
    for (const field of ['subtotal', 'discount', 'shipping', 'tax'] as const) {
      if (cell(field))
        properties[field] = toMajorNumber(parseAmountMinor(cell(field), currency, field), currency);
    }
    if (cell('coupon')) properties.coupon = cell('coupon');
    const email = cell('email') ? parseEmail(cell('email'), 'email') : null;
    const common = { userId, occurredAt: placedAt, receivedAt: context.receivedAt, source: 'import' };
    const order: NewEvent = {
      ...common,
      messageId: orderMessageId(orderId),
      type: 'track',
      name: 'Order Completed',
      properties,
      context: { import: { id: context.importId, line: first.line } },
    };
    if (!email) return [order];
    const identify: NewEvent = {
      ...common,
      messageId: `import:order-email:${userId}:${email}`,
      type: 'identify',
      traits: { email },
    };
    return [identify, order];
  });
}
