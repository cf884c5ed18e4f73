import { z } from 'zod';

export const graphSchema = z
  .record(z.string(), z.unknown())
  .describe(
    'The journey graph: {entry, entry_key?, reentry, goal?, exits?, holdout_percent?, start, nodes: {id: node}}. ' +
      'Nodes: message, delay, wait, branch, split, points, coupon, trait, event, exit (see the README of the journeys module).',
  );

const counts = z.object({
  entered: z.number().int(),
  in_progress: z.number().int(),
  converted: z.number().int(),
  exited: z.number().int(),
  completed: z.number().int(),
});

export const journeySchema = z.object({
  object: z.literal('journey'),
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  status: z.enum(['draft', 'live', 'paused', 'archived']),
  live_version: z.number().int().nullable(),
  draft: graphSchema,
  entry_segment_id: z.string().nullable().describe('The segment a lifecycle or date entry enters on.'),
  ready_made: z.string().nullable(),
  counts,
  created: z.string(),
  updated: z.string(),
});

export const journeyListSchema = z.object({
  object: z.literal('list'),
  data: z.array(journeySchema),
  has_more: z.literal(false),
  unavailable: z
    .array(z.object({ ready_made: z.string(), name: z.string(), purpose: z.string(), reason: z.string() }))
    .describe(
      'Ready-made journeys retain cannot offer yet, and why (the NPS ask needs surveys, the referral ask referrals).',
    ),
});

export const versionSchema = z.object({
  object: z.literal('journey_version'),
  journey_id: z.string(),
  version: z.number().int(),
  graph: graphSchema,
  in_flight: z
    .record(z.string(), z.unknown())
    .describe('What happened to runs in flight: stay, or move to a node.'),
  published: z.string(),
  published_by: z.string().nullable(),
});

const difference = z.object({
  treated: z.number(),
  held_out: z.number(),
  lift: z.number(),
  low: z.number().nullable().describe('The 95% interval; null while there is not enough data.'),
  high: z.number().nullable(),
});

const side = z.object({
  entries: z.number().int(),
  conversions: z.number().int(),
  revenue_minor: z.number(),
});

const reportPart = counts.extend({
  at_nodes: z.record(z.string(), z.number().int()).describe('Runs at each node now.'),
  treated: side,
  held_out: side,
  lift: z.object({
    enough_data: z.boolean(),
    reason: z.string().nullable(),
    conversion_rate: difference.nullable(),
    revenue_per_entry_minor: difference.nullable(),
  }),
});

export const reportSchema = z.object({
  object: z.literal('journey_report'),
  journey_id: z.string(),
  currency: z.string(),
  total: reportPart.nullable(),
  versions: z.array(reportPart.extend({ version: z.number().int() })),
});

const step = z.object({
  seq: z.number().int(),
  node: z.string().nullable(),
  at: z.string(),
  action: z.string(),
  detail: z.record(z.string(), z.unknown()),
});

export const runSchema = z.object({
  object: z.literal('journey_run'),
  id: z.string(),
  journey_id: z.string(),
  journey_name: z.string().optional(),
  version: z.number().int(),
  customer_id: z.string(),
  entry_key: z.string(),
  node: z.string().nullable(),
  state: z.enum(['active', 'waiting', 'ended']),
  wake_at: z.string().nullable(),
  holdout: z.boolean(),
  entered_at: z.string(),
  converted_at: z.string().nullable(),
  outcome: z.string().nullable(),
  outcome_reason: z.string().nullable(),
  last_step: step.nullable().optional(),
  steps: z.array(step).optional(),
});

export const entryAnswerSchema = z.object({
  object: z.literal('journey_entry'),
  entered: z.boolean(),
  run: runSchema.nullable(),
  refused: z.enum(['already_in', 'reentry_never', 'reentry_period']).nullable(),
  eligible_again_at: z.string().nullable(),
});
