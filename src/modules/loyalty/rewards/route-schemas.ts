import { z } from 'zod';
import { listSchema } from '../../../http/pagination.js';

export const rewardKind = z.enum([
  'amount_off',
  'percent_off',
  'free_shipping',
  'free_product',
  'store_credit',
]);
const minor = z.number().int();

export const rewardSchema = z.object({
  object: z.literal('loyalty_reward'),
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  kind: rewardKind,
  points_cost: z.number().int(),
  amount_off: minor.nullable(),
  percent_off: z.number().int().nullable(),
  product_id: z.string().nullable(),
  credit_amount: minor.nullable(),
  currency: z.string(),
  minimum_order: minor.nullable(),
  minimum_tier: z.string().nullable(),
  stock: z.number().int().nullable().describe('Units left; null: unlimited.'),
  active_from: z.string().nullable(),
  active_until: z.string().nullable(),
  coupon_expires_after_days: z.number().int().nullable(),
  archived: z.string().nullable(),
  created: z.string(),
  updated: z.string(),
});

export const rewardListSchema = listSchema(rewardSchema);

export const redemptionSchema = z.object({
  object: z.literal('loyalty_redemption'),
  id: z.string(),
  customer: z.string(),
  reward: z.string(),
  reward_name: z.string(),
  kind: rewardKind,
  points: z.number().int(),
  status: z
    .enum(['issued', 'used', 'cancelled'])
    .describe('issued: coupon not yet used, or credit given; used: coupon used at checkout.'),
  coupon: z
    .object({ id: z.string(), code: z.string(), status: z.enum(['unused', 'used', 'voided']) })
    .nullable(),
  store_credit: z.object({ amount: minor, currency: z.string() }).nullable(),
  points_entry: z.string(),
  return_entry: z.string().nullable(),
  created: z.string(),
  cancelled: z.string().nullable(),
  actor: z
    .string()
    .nullable()
    .describe('Who redeemed: the dashboard user or API key acting; null for older ones.'),
  cancelled_by: z.string().nullable().describe('Who cancelled it, the same way.'),
});

export const redemptionListSchema = listSchema(redemptionSchema);
