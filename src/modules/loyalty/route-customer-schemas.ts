// A customer's side of the loyalty API: balances, tier progress, the ledger and store credit.
import { z } from 'zod';
import { listSchema } from '../../http/pagination.js';
import { entryKinds, reasonCodes } from './ledger/index.js';
import { badgeSchema } from './challenges/index.js';

const points = z.number().int();
const minor = z.number().int();

export const pointsTransactionSchema = z.object({
  object: z.literal('points_transaction'),
  id: z.string(),
  customer_id: z.string(),
  kind: z.enum(entryKinds),
  points: points.describe('Posted points this entry added (negative: removed).'),
  pending_points: points,
  balance_after: points,
  pending_after: points,
  requested_points: points.nullable().describe('Clawbacks: what the refund asked for.'),
  reason: z
    .string()
    .describe('Why, as an English sentence (a manual adjustment: the words its author wrote).'),
  reason_detail: z
    .object({
      code: z.enum(reasonCodes),
      params: z.record(z.string(), z.string()),
    })
    .meta({ examples: [{ code: 'order', params: { order_id: 'VN-1' } }] })
    .describe(
      '`reason` as a code and its parameters, to word in any language: e.g. `{"code": "order", "params": {"order_id": "VN-1"}}` for "Order VN-1"; `note` is a person\'s own words (`params.text`).',
    ),
  source: z.object({ type: z.string(), id: z.string() }),
  related_transaction_id: z.string().nullable().describe('The entry this one settles or corrects.'),
  rule: z.object({ id: z.string(), version: z.number().int().nullable() }).nullable(),
  actor: z.string().nullable(),
  occurred_at: z.string(),
});

export const pointsTransactionListSchema = listSchema(pointsTransactionSchema);

export const workspaceTransactionListSchema = listSchema(
  pointsTransactionSchema.extend({
    customer: z
      .object({
        id: z.string(),
        name: z.string().nullable(),
        email: z.string().nullable(),
        external_id: z.string().nullable().describe('The shop’s own id for them (its userId).'),
      })
      .describe(
        'Who the entry belongs to: their name, email and the shop’s id (null when unknown or erased).',
      ),
  }),
);

const tierSummary = { id: z.string(), name: z.string(), rank: z.number().int() };

export const loyaltyStatusSchema = z.object({
  object: z.literal('loyalty_status'),
  customer_id: z.string(),
  points_name: z.string(),
  points: z.object({
    balance: points,
    pending: points,
    lifetime_earned: points,
    lifetime_redeemed: points,
    lifetime_expired: points,
    value_minor: minor,
    negative_since: z.string().nullable(),
  }),
  tier: z
    .object({
      ...tierSummary,
      earn_multiplier_percent: z.number().int(),
      free_shipping: z.boolean(),
      since: z.string(),
      review_at: z.string(),
    })
    .nullable(),
  next_tier: z
    .object({
      ...tierSummary,
      metric: z.enum(['spend', 'points']),
      threshold: z.number().int(),
      progress: z.number().describe('Spend in minor units, or points, in the tier window.'),
      remaining: z.number(),
      progress_percent: z.number().int(),
    })
    .nullable(),
  expiring: z.array(
    z.object({
      within_days: z.number().int(),
      points,
      dates: z.array(z.object({ expires_at: z.string(), points })),
    }),
  ),
  store_credit: z.object({ balance_minor: minor, currency: z.string() }),
  badges: z.array(badgeSchema),
});

const storeCreditTransaction = {
  object: z.literal('store_credit_transaction'),
  id: z.string(),
  customer_id: z.string(),
  amount: minor.describe('Minor units; negative for a debit.'),
  reason: z.string(),
};

export const storeCreditDebitSchema = z.object({ ...storeCreditTransaction, balance_after: minor });

export const storeCreditCreditSchema = z.object(storeCreditTransaction);
