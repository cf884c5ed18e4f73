import { z } from 'zod';
import { listSchema } from '../../http/pagination.js';

const instant = z.string();

/** The rule tree: documented in docs (definition.ts); validated by the domain, which names the path. */
export const definitionSchema = z
  .record(z.string(), z.unknown())
  .describe(
    'A rule tree: {"all"|"any": [conditions]}, {"not": condition}, {"field", "op", "value"}, ' +
      '{"event", "where", "count"|"sum", "within", "not_followed_by"}, {"segment": "seg_…"} or {"sample": {"percent"}}.',
  );

export const segmentSchema = z.object({
  object: z.literal('segment'),
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  definition: definitionSchema,
  explanation: z.string().describe('Who is in it, in one sentence in the workspace language.'),
  ready_made: z.string().nullable().describe('The ready-made segment it started as, if any.'),
  status: z.enum(['building', 'live']).describe('building: a full evaluation is running; its count grows.'),
  members: z.number().int(),
  rebuild: z
    .object({
      done: z.number().int(),
      total: z.number().int().nullable(),
      started_at: instant,
      finished_at: instant.nullable(),
    })
    .nullable(),
  created_at: instant,
  updated_at: instant,
});

export const segmentListSchema = listSchema(segmentSchema).extend({
  unavailable: z
    .array(z.object({ ready_made: z.string(), name: z.string(), reason: z.string() }))
    .describe(
      'Ready-made segments retain cannot build yet, and why (promoters and detractors need surveys).',
    ),
});

export const deletedSchema = z.object({
  object: z.literal('segment'),
  id: z.string(),
  deleted: z.literal(true),
});

export const previewSchema = z.object({
  count: z.number().int(),
  sample: z.array(z.object({ id: z.string(), email: z.string().nullable(), name: z.string().nullable() })),
  explanation: z.string(),
});

export const memberListSchema = listSchema(
  z.object({
    customer_id: z.string(),
    external_id: z.string().nullable(),
    email: z.string().nullable(),
    name: z.string().nullable(),
    entered_at: instant,
  }),
);

export const historySchema = z.object({
  data: z.array(z.object({ date: z.string(), members: z.number().int() })),
});

export const customerSegmentsSchema = z.object({
  data: z.array(z.object({ segment_id: z.string(), name: z.string(), entered_at: instant })),
});

export const fieldsSchema = z.object({
  fields: z.array(
    z.object({
      field: z.string(),
      type: z.enum(['text', 'number', 'money', 'boolean', 'date']),
      family: z.string(),
      values: z.array(z.string()).optional(),
    }),
  ),
  operators: z.record(z.string(), z.array(z.string())),
  traits: z.array(z.string()),
  events: z.array(z.string()),
  segments: z.array(z.object({ id: z.string(), name: z.string() })),
});
