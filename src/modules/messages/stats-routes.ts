import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { principal } from '../../http/principal.js';
import { messagingStats, statsRange } from './stats.js';
import { messageStatsRangeDaysMax } from '../../core/limits.js';

const counts = {
  sent: z.number(),
  delivered: z.number(),
  opened: z.number(),
  clicked: z.number(),
  failed: z.number(),
  suppressed: z.number(),
};

const statsSchema = z.object({
  object: z.literal('messaging_stats'),
  from: z.string(),
  to: z.string(),
  time_zone: z.string().describe('The workspace’s time zone, whose calendar days these are.'),
  days: z.array(z.object({ date: z.string(), channel: z.string(), ...counts })),
  unsubscribes: z.array(z.object({ date: z.string(), channel: z.string(), count: z.number() })),
  totals: z.object({ ...counts, unsubscribed: z.number() }),
});

export const messageStatsRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/v1/messaging/stats',
    {
      schema: {
        tags: ['messages'],
        summary:
          'Delivery overview: sent, delivered, opened, clicked, failed, suppressed and unsubscribes per local day and channel',
        description:
          'Each count falls on the local day (in the workspace’s time zone) the thing happened: a message sent on Monday and opened on Tuesday counts on both days. Days and channels with nothing are left out.',
        querystring: z
          .object({
            from: z.string().describe('First local date (YYYY-MM-DD).'),
            to: z
              .string()
              .describe(
                `Last local date (YYYY-MM-DD), included; at most ${messageStatsRangeDaysMax} days after from.`,
              ),
          })
          .strict(),
        response: { 200: statsSchema },
      },
    },
    async (request) =>
      messagingStats(
        ctx.db,
        principal(request).workspaceId,
        statsRange(request.query.from, request.query.to),
      ),
  );
};
