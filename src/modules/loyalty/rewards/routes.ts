import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../http/context.js';
import { principal } from '../../../http/principal.js';
import { listPage, paginationQuery } from '../../../http/pagination.js';
import { archiveReward, createReward, getReward, listRewards, updateReward } from './rewards.js';
import { cancelRedemption, listRedemptions, redeemReward } from './redemptions.js';
import * as schemas from './route-schemas.js';
import { instant } from '../../../http/instant.js';
import { amountMinor } from '../../../http/amounts.js';

const minor = amountMinor(1);
const kind = schemas.rewardKind;

const rewardFields = {
  name: z.string(),
  description: z.string().max(2_000).nullable().optional(),
  points_cost: z.number().int().min(1).max(1_000_000_000),
  amount_off: minor.optional().describe('Minor units of the workspace currency (kind amount_off).'),
  percent_off: z.number().int().min(1).max(100).optional().describe('Whole percent (kind percent_off).'),
  product_id: z.string().min(1).max(255).optional().describe('The product given free (kind free_product).'),
  credit_amount: minor.optional().describe('Minor units of store credit given (kind store_credit).'),
  minimum_order: minor
    .nullable()
    .optional()
    .describe('Minor units; the coupon works on orders of at least this.'),
  minimum_tier: z.string().nullable().optional().describe('A tier id: customers below it cannot redeem.'),
  stock: z
    .number()
    .int()
    .min(0)
    .max(1_000_000_000)
    .nullable()
    .optional()
    .describe('Units left; null: unlimited.'),
  active_from: instant.nullable().optional(),
  active_until: instant.nullable().optional(),
  coupon_expires_after_days: z.number().int().min(1).max(3_660).nullable().optional(),
};

const rewardBody = z.object({ ...rewardFields, kind }).strict();
const rewardChanges = z
  .object({
    ...rewardFields,
    name: rewardFields.name.optional(),
    points_cost: rewardFields.points_cost.optional(),
  })
  .strict();
const idParams = z.object({ id: z.string() });
const redemptionParams = z.object({ id: z.string(), redemption_id: z.string() });

export const rewardRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const tags = ['loyalty rewards'];
  app.post(
    '/v1/loyalty/rewards',
    {
      config: { errors: ['resource_missing'] },
      schema: {
        tags,
        summary: 'Add a reward to the catalog',
        body: rewardBody,
        response: { 201: schemas.rewardSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createReward(ctx.db, principal(request).workspaceId, request.body, ctx.clock.now())),
  );
  app.get(
    '/v1/loyalty/rewards',
    {
      schema: {
        tags,
        summary: 'The reward catalog, newest first',
        querystring: paginationQuery.extend({ archived: z.enum(['true', 'false']).optional() }),
        response: { 200: schemas.rewardListSchema },
      },
    },
    async (request) =>
      listPage(
        await listRewards(ctx.db, principal(request).workspaceId, {
          ...request.query,
          archived: request.query.archived === 'true',
        }),
        request.query.limit,
      ),
  );
  app.get(
    '/v1/loyalty/rewards/:id',
    { schema: { tags, summary: 'A reward', params: idParams, response: { 200: schemas.rewardSchema } } },
    async (request) => getReward(ctx.db, principal(request).workspaceId, request.params.id),
  );
  app.patch(
    '/v1/loyalty/rewards/:id',
    {
      schema: {
        tags,
        summary: 'Change a reward (later redemptions only)',
        params: idParams,
        body: rewardChanges,
        response: { 200: schemas.rewardSchema },
      },
    },
    async (request) =>
      updateReward(ctx.db, principal(request).workspaceId, request.params.id, request.body, ctx.clock.now()),
  );
  app.delete(
    '/v1/loyalty/rewards/:id',
    {
      schema: {
        tags,
        summary: 'Archive a reward (its redemptions stay)',
        params: idParams,
        response: { 200: schemas.rewardSchema },
      },
    },
    async (request) =>
      archiveReward(ctx.db, principal(request).workspaceId, request.params.id, ctx.clock.now()),
  );

  app.post(
    '/v1/customers/:id/redemptions',
    {
      schema: {
        tags,
        summary: 'Spend points on a reward: issues a single-use coupon (or store credit) in one transaction',
        params: idParams,
        body: z.object({ reward_id: z.string().min(1) }).strict(),
        response: {
          200: schemas.redemptionSchema.describe('A replay of the same Idempotency-Key.'),
          201: schemas.redemptionSchema,
        },
      },
    },
    async (request, reply) => {
      const who = principal(request);
      const { redemption, replayed } = await redeemReward(
        ctx.db,
        who.workspaceId,
        request.params.id,
        request.body.reward_id,
        { idempotencyKey: request.idempotencyKey, actor: who.keyId, at: ctx.clock.now() },
      );
      return reply.status(replayed ? 200 : 201).send(redemption);
    },
  );
  app.get(
    '/v1/customers/:id/redemptions',
    {
      schema: {
        tags,
        summary: 'A customer’s redemptions, newest first',
        params: idParams,
        querystring: paginationQuery,
        response: { 200: schemas.redemptionListSchema },
      },
    },
    async (request) =>
      listPage(
        await listRedemptions(ctx.db, principal(request).workspaceId, request.params.id, request.query),
        request.query.limit,
      ),
  );
  app.post(
    '/v1/customers/:id/redemptions/:redemption_id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a redemption whose coupon is unused: points go back to their original lots',
        params: redemptionParams,
        response: { 200: schemas.redemptionSchema },
      },
    },
    async (request) => {
      const who = principal(request);
      return cancelRedemption(ctx.db, who.workspaceId, request.params.id, request.params.redemption_id, {
        actor: who.keyId,
        at: ctx.clock.now(),
      });
    },
  );
};
