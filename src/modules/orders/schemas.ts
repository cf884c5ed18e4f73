import { z } from 'zod';

const minor = z.number().int();
const list = <Item extends z.ZodType>(item: Item) =>
  z.object({ object: z.literal('list'), data: z.array(item), has_more: z.boolean() });

const orderSchema = z.object({
  object: z.literal('order'),
  id: z.string(),
  order_id: z.string().describe('The shop’s order id.'),
  customer: z.string(),
  placed_at: z.string(),
  currency: z.string(),
  total_minor: minor.describe('Integer minor units of `currency`.'),
  subtotal_minor: minor.nullable(),
  discount_minor: minor.nullable(),
  shipping_minor: minor.nullable(),
  tax_minor: minor.nullable(),
  refunded_minor: minor,
  status: z.enum(['completed', 'partially_refunded', 'refunded']),
  currency_mismatch: z.boolean().describe('In another currency than the workspace’s: kept, never converted.'),
  coupon: z.string().nullable(),
  properties: z.record(z.string(), z.unknown()),
});

export const orderDetailSchema = orderSchema.extend({
  lines: z.array(
    z.object({
      id: z.string(),
      product_id: z.string().nullable(),
      sku: z.string().nullable(),
      name: z.string().nullable(),
      category: z.string().nullable(),
      price_minor: minor,
      quantity: z.number().int(),
      refunded_quantity: z.number().int(),
    }),
  ),
  refunds: z.array(
    z.object({
      id: z.string(),
      amount_minor: minor.describe('Applied: never past the order total.'),
      requested_minor: minor,
      reason: z.string().nullable(),
      event: z.string(),
      refunded_at: z.string(),
    }),
  ),
});

export const orderListSchema = list(orderSchema);

export const mismatchReportSchema = z.object({
  object: z.literal('currency_mismatch_report'),
  workspace_currency: z.string(),
  orders: z.number().int(),
  by_currency: z.array(z.object({ currency: z.string(), orders: z.number().int(), total_minor: minor })),
});

export const rejectionListSchema = list(
  z.object({
    object: z.literal('order_rejection'),
    id: z.string().describe('The event’s id.'),
    event_name: z.string(),
    order_id: z.string().nullable(),
    reason: z.enum([
      'order_id_missing',
      'currency_invalid',
      'amount_invalid',
      'total_missing',
      'order_unknown',
      'currency_differs',
      'customer_missing',
    ]),
    message: z.string(),
    occurred_at: z.string(),
    resolved_at: z.string().nullable(),
  }),
);
