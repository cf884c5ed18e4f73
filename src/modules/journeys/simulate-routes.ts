import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { journeySimulationDaysDefault, journeySimulationDaysMax } from '../../core/limits.js';
import type { AppContext } from '../../http/context.js';
import { principal } from '../../http/principal.js';
import { graphSchema } from './route-schemas.js';
import { simulateJourney } from './simulate.js';

const simulationBody = z
  .object({
    days: z
      .number()
      .int()
      .min(1)
      .max(journeySimulationDaysMax)
      .default(journeySimulationDaysDefault)
      .describe(`Days of the log to replay, up to today (1–${journeySimulationDaysMax}).`),
    graph: graphSchema.optional().describe("A draft to replay; the journey's saved draft when absent."),
  })
  .strict();

const count = z.number().int();

const simulationSchema = z.object({
  object: z.literal('journey_simulation'),
  journey_id: z.string(),
  days: count,
  from: z.string(),
  replayed_to: z.string().describe('Now, or the last event replayed when the replay was truncated.'),
  entry_replayed: z.boolean(),
  entry_not_replayed_reason: z
    .enum(['api_entry', 'entry_segment_not_kept'])
    .nullable()
    .describe(
      'API entries are not in the log; a lifecycle or date entry has its segment once a version with it is published.',
    ),
  branches_evaluated_at: z
    .literal('now')
    .describe("Branch conditions read today's facts, once, for every run."),
  entered: count,
  customers: count,
  holdout: count.describe('Entries held out: they walk the journey without its messages and incentives.'),
  refused: z.object({
    already_in: count.describe('A run with the same customer and entry key was still open.'),
    reentry_never: count,
    reentry_period: count,
    missing_entry_key: count.describe('Entry events without the entry key’s property.'),
  }),
  in_progress: count,
  at_nodes: z
    .record(z.string(), count)
    .describe('Runs still at each node (a delay or a wait) at the end of the replay.'),
  ended: z.object({ completed: count, converted: count, exited: count }),
  conversions: count.describe('Runs that reached the goal, including those that went on or had completed.'),
  messages: z
    .record(z.string(), count)
    .describe('Messages each channel would have been given, held-out and late ones excluded.'),
  messages_held_out: count,
  messages_late: count,
  points: count,
  coupons: count,
  events_replayed: count,
  truncated: z.boolean().describe('The replay stopped at its bound of events or customers.'),
});

export const journeySimulationRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.post(
    '/v1/journeys/:id/simulate',
    {
      // A simulation computes and changes nothing: open to analysts.
      config: { minRole: 'analyst' },
      schema: {
        tags: ['journeys'],
        summary:
          'Replay a draft over the last days of the log: entries, where runs would be, messages per channel',
        params: z.object({ id: z.string() }),
        body: simulationBody,
        response: { 200: simulationSchema },
      },
    },
    async (request) =>
      simulateJourney(
        ctx.db,
        principal(request).workspaceId,
        request.params.id,
        request.body,
        ctx.clock.now(),
      ),
  );
};
