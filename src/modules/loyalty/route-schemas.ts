// The program side of the loyalty API: settings, liability, earn rules and tiers.
import { z } from 'zod';
import { listSchema } from '../../http/pagination.js';
import { programSettingsSchema, ruleDefinitionSchema } from './program/index.js';

const points = z.number().int();
const minor = z.number().int();

export const programSchema = programSettingsSchema.extend({
  object: z.literal('loyalty_program'),
  currency: z.string(),
  rounding: z.string().describe('How points are rounded, in words.'),
});

// A workspace's totals sum every customer's: exact up to 2^53, the nearest double beyond
// (liability.ts), so not z.number().int(), which refuses integers past 2^53.
const total = z.number().describe('A sum over customers: exact up to 2^53, the nearest number beyond.');
const exactTotal = z.string().regex(/^-?\d+$/);

export const liabilitySchema = z.object({
  object: z.literal('loyalty_liability'),
  currency: z.string(),
  points_name: z.string(),
  outstanding: z.object({
    points: total,
    value_minor: total.describe('points × redemption_value_minor ÷ redemption_points, rounded down.'),
    pending_points: total,
    pending_value_minor: total,
    negative_points: total,
    customers: z.number().int(),
    store_credit_minor: total,
    exact: z
      .object({
        points: exactTotal,
        value_minor: exactTotal,
        pending_points: exactTotal,
        pending_value_minor: exactTotal,
        negative_points: exactTotal,
        store_credit_minor: exactTotal,
      })
      .describe('The same totals as exact decimal integers, for sums past 2^53.'),
  }),
  by_expiry_month: z.array(
    z.object({
      month: z.string().nullable().describe('YYYY-MM (UTC); null for points that never expire.'),
      points: total,
      value_minor: total,
    }),
  ),
  period: z.object({
    from: z.string(),
    to: z.string(),
    issued: total,
    redeemed: total,
    expired: total,
    clawed_back: total,
    adjusted_down: total,
    breakage_rate: z
      .number()
      .nullable()
      .describe('expired ÷ (redeemed + expired) over the period; null when no points left.'),
  }),
});

export const ruleTemplateListSchema = listSchema(
  z.object({
    object: z.literal('earn_rule_template'),
    key: z.string().meta({ examples: ['big_order_bonus'] }),
    name: z.string().meta({ examples: ['Big order bonus'] }),
    description: z
      .string()
      .describe('In English, its amounts in the workspace’s currency and format.')
      .meta({ examples: ['100 extra points for an order of 1.000.000 ₫ or more.'] }),
    params: z
      .object({
        points: z.number().int().optional(),
        amount_minor: z.number().int().optional(),
        category: z.string().optional(),
      })
      .meta({ examples: [{ points: 100, amount_minor: 1_000_000 }] })
      .describe(
        'The numbers the description states, for wording it in another language: `amount_minor` in minor units of the workspace’s currency.',
      ),
    definition: ruleDefinitionSchema,
  }),
);

export const simulationSchema = z.object({
  object: z.literal('earn_rule_simulation'),
  from: z.string(),
  to: z.string(),
  events_scanned: z.number().int(),
  truncated: z.boolean().describe('The scan stopped at its cap of events: the figures are a lower bound.'),
  awards: z.number().int(),
  points,
  customers: z.number().int(),
  value_minor: minor,
  base_points: points.describe(
    'Points the base earn rate issued over the same window: what the rule would have added to.',
  ),
  base_value_minor: minor,
  currency: z.string(),
});

const simulationProgressSchema = z.object({
  object: z.literal('earn_rule_simulation_progress'),
  events_scanned: z.number().int(),
  events_total: z
    .number()
    .int()
    .describe('Events read for the window (days, for a birthday rule); the scan ends at this.'),
});

export const backtestLineSchema = z
  .union([
    simulationProgressSchema,
    simulationSchema,
    z.object({
      object: z.literal('error'),
      error: z.object({ code: z.string(), message: z.string() }),
    }),
  ])
  .describe(
    'One line of the stream: progress lines, then the earn_rule_simulation (or an error that stopped the scan).',
  );

export const earnRuleSchema = ruleDefinitionSchema.extend({
  object: z.literal('earn_rule'),
  id: z.string(),
  name: z.string(),
  active: z.boolean(),
  version: z.number().int(),
  created: z.string(),
  updated: z.string(),
});

export const earnRuleListSchema = listSchema(earnRuleSchema);

export const deletedRuleSchema = z.object({
  object: z.literal('earn_rule'),
  id: z.string(),
  deleted: z.literal(true),
});

export const tierSchema = z.object({
  object: z.literal('loyalty_tier'),
  id: z.string(),
  name: z.string(),
  rank: z.number().int().describe('1 for the lowest tier.'),
  threshold: z.number().int(),
  earn_multiplier_percent: z.number().int(),
  free_shipping: z.boolean(),
  customers: z
    .number()
    .int()
    .describe('Customers in the tier now: the total of GET /v1/customers?tier= with its id.'),
  created: z.string(),
});

export const tierListSchema = listSchema(tierSchema);

export const deletedTierSchema = z.object({
  object: z.literal('loyalty_tier'),
  id: z.string(),
  deleted: z.literal(true),
});
