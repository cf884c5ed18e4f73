import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { instant } from '../../http/instant.js';
import { listPage, listSchema, paginationQuery } from '../../http/pagination.js';
import { principal } from '../../http/principal.js';
import {
  audienceEstimate,
  broadcastMessageCounts,
  cancelBroadcast,
  createBroadcast,
  getBroadcast,
  listBroadcasts,
  type Broadcast,
} from './broadcasts.js';
import { messageTopics } from './consent.js';
import { messageSchema } from './route-schemas.js';

const exampleId = 'bc_01JF3Q8W5ZK7M2N4P6R8T0V2X4';
const exampleTemplate = 'tpl_01JF3Q8W5ZK7M2N4P6R8T0V2X4';
const exampleName = 'Tết offers';

const idParams = z.object({ id: z.string().min(1).max(64) });

const audienceQuery = z
  .object({
    template: z
      .string()
      .min(1)
      .max(64)
      .meta({ examples: [exampleTemplate] }),
    topic: z.enum(messageTopics),
    priority: z.enum(['triggered', 'promotional']),
  })
  .strict();

const audienceSchema = z
  .object({
    topic: z
      .enum(messageTopics)
      .describe('Every customer subscribed to this topic on the template’s channel.'),
  })
  .strict();

const broadcastBody = z
  .object({
    name: z
      .string()
      .min(1)
      .max(200)
      .meta({ examples: [exampleName] }),
    template: z
      .string()
      .min(1)
      .max(64)
      .meta({ examples: [exampleTemplate] }),
    audience: audienceSchema,
    priority: z
      .enum(['triggered', 'promotional'])
      .describe('promotional also needs the channel subscribed, and counts against the promotional caps.'),
    send_at: instant
      .optional()
      .describe(
        'When to send (default: now); with local_time, the day (in the shop’s time zone) to send on.',
      ),
    local_time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:MM, 00:00 to 23:59')
      .optional()
      .meta({ examples: ['09:00'] })
      .describe('Each customer receives it when their own clock shows this time on send_at’s day.'),
    expires_at: instant
      .optional()
      .describe('A message still waiting then (held by caps or quiet hours) ends `expired`.'),
  })
  .strict();

const broadcastSchema = z.object({
  object: z.literal('broadcast'),
  id: z.string().meta({ examples: [exampleId] }),
  name: z.string().meta({ examples: [exampleName] }),
  template: z.string().meta({ examples: [exampleTemplate] }),
  template_version: z.number(),
  audience: z.object({ topic: z.enum(messageTopics) }),
  priority: z.enum(['triggered', 'promotional']),
  send_at: z.string(),
  local_time: z
    .string()
    .nullable()
    .meta({ examples: ['09:00'] }),
  expires_at: z.string().nullable(),
  status: z.enum(['scheduled', 'enqueuing', 'enqueued', 'canceled']),
  enqueued_count: z.number().describe('Messages put in the outbox so far.'),
  created: z.string(),
  updated: z.string(),
});

const messageStatuses = messageSchema.shape.status.options;

const broadcastWithCountsSchema = broadcastSchema.extend({
  messages: z
    .object(
      Object.fromEntries(messageStatuses.map((status) => [status, z.number()])) as Record<
        (typeof messageStatuses)[number],
        z.ZodNumber
      >,
    )
    .describe('Its messages by status, as the dispatcher has decided them so far.'),
});

type MessageCounts = Record<(typeof messageStatuses)[number], number>;

/** Every status named, zero where the broadcast has none. */
function countsOf(counts: Record<string, number> | undefined): MessageCounts {
  return Object.fromEntries(
    messageStatuses.map((status) => [status, counts?.[status] ?? 0]),
  ) as MessageCounts;
}

function presentBroadcast(broadcast: Broadcast) {
  return {
    object: 'broadcast' as const,
    id: broadcast.id,
    name: broadcast.name,
    template: broadcast.templateId,
    template_version: broadcast.templateVersion,
    audience: { topic: broadcast.audience.topic },
    priority: broadcast.priority,
    send_at: broadcast.sendAt.toISOString(),
    local_time: broadcast.localTime,
    expires_at: broadcast.expiresAt?.toISOString() ?? null,
    status: broadcast.status,
    enqueued_count: broadcast.enqueuedCount,
    created: broadcast.createdAt.toISOString(),
    updated: broadcast.updatedAt.toISOString(),
  };
}

/** Broadcasts: one template, once, to everyone subscribed to a topic, through the outbox. */
export const broadcastRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const tags = ['messages'];
  app.post(
    '/v1/broadcasts',
    {
      config: { errors: ['resource_missing', 'template_archived'] },
      schema: {
        tags,
        summary: 'Schedule a broadcast: a template to every customer subscribed to a topic',
        body: broadcastBody,
        response: { 201: broadcastSchema },
      },
    },
    async (request, reply) => {
      const { name, template, audience, priority, send_at, local_time, expires_at } = request.body;
      const broadcast = await createBroadcast(
        ctx.db,
        principal(request).workspaceId,
        {
          name,
          template,
          audience,
          priority,
          sendAt: send_at ? new Date(send_at) : undefined,
          localTime: local_time,
          expiresAt: expires_at ? new Date(expires_at) : undefined,
        },
        ctx.clock.now(),
      );
      return reply.status(201).send(presentBroadcast(broadcast));
    },
  );
  app.get(
    '/v1/broadcasts',
    {
      schema: {
        tags,
        summary: 'Broadcasts, newest first, each with its messages counted by status',
        querystring: paginationQuery,
        response: { 200: listSchema(broadcastWithCountsSchema) },
      },
    },
    async (request) => {
      const { workspaceId } = principal(request);
      const { limit, starting_after } = request.query;
      const page = listPage(
        await listBroadcasts(ctx.db, workspaceId, { limit: limit + 1, startingAfter: starting_after }),
        limit,
      );
      // The list shows each broadcast's progress: one grouped count for the whole page.
      const counts = await broadcastMessageCounts(
        ctx.db,
        workspaceId,
        page.data.map((broadcast) => broadcast.id),
      );
      return {
        ...page,
        data: page.data.map((broadcast) => ({
          ...presentBroadcast(broadcast),
          messages: countsOf(counts.get(broadcast.id)),
        })),
      };
    },
  );
  app.get(
    '/v1/broadcasts/audience',
    {
      config: { errors: ['resource_missing', 'template_archived'] },
      schema: {
        tags,
        summary: 'How many customers a broadcast would reach if it started now',
        description:
          'The customers subscribed to the topic on the template’s channel (and, for a promotional one, to the ' +
          'channel). An estimate: consent is checked again as each message is enqueued and sent.',
        querystring: audienceQuery,
        response: {
          200: z.object({ object: z.literal('broadcast_audience'), customers: z.number() }),
        },
      },
    },
    async (request) => ({
      object: 'broadcast_audience' as const,
      customers: await audienceEstimate(ctx.db, principal(request).workspaceId, request.query),
    }),
  );
  app.get(
    '/v1/broadcasts/:id',
    {
      schema: {
        tags,
        summary: 'A broadcast, with its messages counted by status',
        params: idParams,
        response: { 200: broadcastWithCountsSchema },
      },
    },
    async (request) => {
      const { workspaceId } = principal(request);
      const broadcast = await getBroadcast(ctx.db, workspaceId, request.params.id);
      const counts = await broadcastMessageCounts(ctx.db, workspaceId, [broadcast.id]);
      return { ...presentBroadcast(broadcast), messages: countsOf(counts.get(broadcast.id)) };
    },
  );
  app.post(
    '/v1/broadcasts/:id/cancel',
    {
      config: { errors: ['broadcast_not_cancelable'] },
      schema: {
        tags,
        summary: 'Cancel a broadcast that has not started enqueuing',
        params: idParams,
        response: { 200: broadcastSchema },
      },
    },
    async (request) =>
      presentBroadcast(
        await cancelBroadcast(ctx.db, principal(request).workspaceId, request.params.id, ctx.clock.now()),
      ),
  );
};
