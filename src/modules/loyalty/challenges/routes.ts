import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  challengeConditionsMax,
  challengeEventsRequiredMax,
  challengeWindowDaysMax,
  nameLengthMax,
} from '../../../core/limits.js';
import type { AppContext } from '../../../http/context.js';
import { principal } from '../../../http/principal.js';
import { listPage, paginationQuery } from '../../../http/pagination.js';
import {
  archiveChallenge,
  createChallenge,
  customerChallenges,
  getChallenge,
  listChallenges,
  updateChallenge,
} from './challenges.js';
import {
  challengeListSchema,
  challengeSchema,
  conditionOperator,
  progressListSchema,
} from './route-schemas.js';
import { instant } from '../../../http/instant.js';

const condition = z
  .object({
    path: z
      .string()
      .min(1)
      .max(nameLengthMax)
      .describe('Dotted path in the event properties, e.g. `category`.'),
    operator: conditionOperator,
    value: z.union([z.string().max(nameLengthMax), z.number(), z.boolean()]).optional(),
  })
  .strict();
const badge = z
  .object({
    name: z.string(),
    description: z.string().max(2_000).nullable().optional(),
    image_url: z.url().max(2_000).nullable().optional(),
  })
  .strict();
const bonusPoints = z.number().int().min(0).max(1_000_000_000);

const challengeBody = z
  .object({
    name: z.string(),
    description: z.string().max(2_000).nullable().optional(),
    event_name: z
      .string()
      .describe('The track event that counts, e.g. `Order Completed`, `Review Submitted`.'),
    conditions: z.array(condition).max(challengeConditionsMax).optional(),
    events_required: z.number().int().min(1).max(challengeEventsRequiredMax),
    window_days: z.number().int().min(1).max(challengeWindowDaysMax),
    bonus_points: bonusPoints,
    badge,
    active_from: instant.optional().describe('Events before this do not count; default: now.'),
    active_until: instant.nullable().optional(),
  })
  .strict();
const challengeChanges = z
  .object({
    name: z.string().optional(),
    description: z.string().max(2_000).nullable().optional(),
    bonus_points: bonusPoints.optional(),
    badge: badge.optional(),
    active_until: instant.nullable().optional(),
  })
  .strict();
const idParams = z.object({ id: z.string() });

export const challengeRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const tags = ['loyalty challenges'];
  app.post(
    '/v1/loyalty/challenges',
    {
      schema: {
        tags,
        summary: 'Add a challenge: N events within D days earn bonus points and a badge',
        body: challengeBody,
        response: { 201: challengeSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createChallenge(ctx.db, principal(request).workspaceId, request.body, ctx.clock.now())),
  );
  app.get(
    '/v1/loyalty/challenges',
    {
      schema: {
        tags,
        summary: 'Live challenges, newest first',
        querystring: paginationQuery,
        response: { 200: challengeListSchema },
      },
    },
    async (request) =>
      listPage(
        await listChallenges(ctx.db, principal(request).workspaceId, request.query),
        request.query.limit,
      ),
  );
  app.get(
    '/v1/loyalty/challenges/:id',
    { schema: { tags, summary: 'A challenge', params: idParams, response: { 200: challengeSchema } } },
    async (request) => getChallenge(ctx.db, principal(request).workspaceId, request.params.id),
  );
  app.patch(
    '/v1/loyalty/challenges/:id',
    {
      schema: {
        tags,
        summary: 'Rename, re-badge, change the bonus or the end of a challenge (what counts cannot change)',
        params: idParams,
        body: challengeChanges,
        response: { 200: challengeSchema },
      },
    },
    async (request) =>
      updateChallenge(
        ctx.db,
        principal(request).workspaceId,
        request.params.id,
        request.body,
        ctx.clock.now(),
      ),
  );
  app.delete(
    '/v1/loyalty/challenges/:id',
    {
      schema: {
        tags,
        summary: 'Archive a challenge (badges earned stay)',
        params: idParams,
        response: { 200: challengeSchema },
      },
    },
    async (request) =>
      archiveChallenge(ctx.db, principal(request).workspaceId, request.params.id, ctx.clock.now()),
  );
  app.get(
    '/v1/customers/:id/challenges',
    {
      schema: {
        tags,
        summary: 'A customer’s progress in each live challenge, and the badges earned',
        params: idParams,
        response: { 200: progressListSchema },
      },
    },
    async (request) => ({
      object: 'list' as const,
      data: await customerChallenges(
        ctx.db,
        principal(request).workspaceId,
        request.params.id,
        ctx.clock.now(),
      ),
      has_more: false,
    }),
  );
};
