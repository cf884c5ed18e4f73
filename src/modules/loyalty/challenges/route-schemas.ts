import { z } from 'zod';
import { listSchema } from '../../../http/pagination.js';

export const conditionOperator = z.enum(['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'contains', 'exists']);

export const challengeSchema = z.object({
  object: z.literal('loyalty_challenge'),
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  event_name: z.string(),
  conditions: z.array(
    z.object({
      path: z.string(),
      operator: conditionOperator,
      value: z.union([z.string(), z.number(), z.boolean()]).optional(),
    }),
  ),
  events_required: z.number().int(),
  window_days: z.number().int(),
  bonus_points: z.number().int(),
  badge: z.object({ name: z.string(), description: z.string().nullable(), image_url: z.string().nullable() }),
  active_from: z.string(),
  active_until: z.string().nullable(),
  archived: z.string().nullable(),
  created: z.string(),
});

export const challengeListSchema = listSchema(challengeSchema);

export const badgeSchema = z.object({
  object: z.literal('loyalty_badge'),
  id: z.string(),
  customer: z.string(),
  challenge: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  image_url: z.string().nullable(),
  bonus_points: z.number().int(),
  points_entry: z.string().nullable().describe('The ledger entry of the bonus points; null for 0 points.'),
  earned: z.string(),
});

export const progressListSchema = listSchema(
  z.object({
    object: z.literal('loyalty_challenge_progress'),
    challenge: challengeSchema,
    events_counted: z
      .number()
      .int()
      .describe('Qualifying events in the last `window_days` days (all of them once completed).'),
    events_required: z.number().int(),
    completed: z.boolean(),
    badge: badgeSchema.nullable(),
  }),
);
