import { z } from 'zod';
import { listSchema } from '../../http/pagination.js';
import { reasonMessages, type InvalidReason } from './evaluate.js';

export const kind = z.enum(['amount_off', 'percent_off', 'free_shipping', 'free_product']);
const minor = z.number().int();
const instant = z.string().nullable();

export const couponSchema = z.object({
  object: z.literal('coupon'),
  id: z.string(),
  name: z.string(),
  kind,
  amount_off: minor.nullable(),
  percent_off: z.number().int().nullable(),
  currency: z.string(),
  product_id: z.string().nullable(),
  minimum_order: minor.nullable(),
  expires_at: instant,
  max_redemptions: z.number().int().nullable(),
  max_redemptions_per_customer: z.number().int().nullable(),
  times_redeemed: z.number().int(),
  customer: z.string().nullable(),
  source: z.enum(['api', 'reward']),
  voided: instant,
  created: z.string(),
});

export const couponListSchema = listSchema(couponSchema);

export const codeSchema = z.object({
  object: z.literal('coupon_code'),
  id: z.string(),
  code: z.string(),
  coupon: z.string(),
  max_redemptions: z.number().int().nullable(),
  times_redeemed: z.number().int(),
  voided: instant,
  created: z.string(),
});

export const codeListSchema = listSchema(codeSchema);

const reasons = Object.keys(reasonMessages) as [InvalidReason, ...InvalidReason[]];

export const validationSchema = z.object({
  object: z.literal('coupon_validation'),
  code: z.string(),
  valid: z.boolean(),
  reason: z.enum(reasons).nullable(),
  message: z.string().nullable(),
  coupon: z.string().nullable(),
  kind: kind.nullable(),
  discount: minor
    .nullable()
    .describe('Minor units taken off `order_total`; null when it depends on a total not sent.'),
  currency: z.string().nullable(),
  free_shipping: z.boolean(),
  product_id: z.string().nullable(),
  minimum_order: minor.nullable(),
  expires_at: instant,
});

export const redemptionSchema = z.object({
  object: z.literal('coupon_redemption'),
  id: z.string(),
  code: z.string(),
  coupon: z.string(),
  customer: z.string().nullable(),
  order_id: z.string(),
  order_total: minor.nullable(),
  discount: minor.nullable(),
  source: z.enum(['api', 'order_event']),
  redeemed: z.string(),
});
