import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { principal } from '../../http/principal.js';
import { paginationQuery } from '../../http/pagination.js';
import { createRule, deleteRule, getRule, listEarnRules, ruleTemplates, updateRule } from './earn-rules.js';
import { entryKinds, listWorkspaceTransactions } from './activity.js';
import { liability } from './liability.js';
import { getProgram, programSettingsSchema, updateProgram } from './program.js';
import { simulateRule } from './simulate.js';
import { changeTier, createTier, deleteTier, getTier, listTierResources } from './tiers.js';
import { customerLoyaltyRoutes } from './customer-routes.js';

const idParams = z.object({ id: z.string().min(1) });
const instant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
const ruleBody = z
  .object({
    name: z.string().min(1).max(200),
    active: z.boolean().optional(),
    definition: z
      .record(z.string(), z.unknown())
      .describe('trigger, conditions, reward, limits, apply_tier_multiplier'),
  })
  .strict();
const tierBody = z
  .object({
    name: z.string().min(1).max(100),
    threshold: z
      .number()
      .int()
      .min(0)
      .describe('Spend in minor units, or points, per the program’s tier_metric.'),
    earn_multiplier_percent: z.number().int().min(100).max(1_000).optional(),
    free_shipping: z.boolean().optional(),
  })
  .strict();

const programRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const ws = (request: Parameters<typeof principal>[0]) => principal(request).workspaceId;
  app.get(
    '/v1/loyalty/program',
    { schema: { tags: ['loyalty'], summary: 'The loyalty program settings' } },
    async (request) => getProgram(ctx.db, ws(request)),
  );
  app.put(
    '/v1/loyalty/program',
    {
      schema: {
        tags: ['loyalty'],
        summary: 'Change the program settings (fields not sent keep their value)',
        body: programSettingsSchema.partial().strict(),
      },
    },
    async (request) => updateProgram(ctx.db, ws(request), request.body),
  );
  app.get(
    '/v1/loyalty/liability',
    {
      schema: {
        tags: ['loyalty'],
        summary:
          'Outstanding points and their value, by expiry month; issued, redeemed, expired and breakage over a period',
        querystring: z.object({ from: instant.optional(), to: instant.optional() }).strict(),
      },
    },
    async (request) => liability(ctx.db, ws(request), request.query, ctx.clock.now()),
  );
  app.get(
    '/v1/loyalty/transactions',
    {
      config: { errors: ['resource_missing'] },
      schema: {
        tags: ['loyalty'],
        summary: 'Recent points ledger activity of every customer, newest first',
        querystring: paginationQuery.extend({ kind: z.enum(entryKinds).optional() }).strict(),
      },
    },
    async (request) => listWorkspaceTransactions(ctx.db, ws(request), request.query),
  );

  app.get(
    '/v1/loyalty/earn-rules/templates',
    { schema: { tags: ['loyalty'], summary: 'Starting points for common earn rules' } },
    async () => ({
      object: 'list' as const,
      data: ruleTemplates.map((t) => ({ object: 'earn_rule_template' as const, ...t })),
      has_more: false,
    }),
  );
  app.post(
    '/v1/loyalty/earn-rules/simulate',
    {
      schema: {
        tags: ['loyalty'],
        summary: 'Backtest a draft rule over past events: points, customers and value it would have issued',
        body: z
          .object({
            definition: z.record(z.string(), z.unknown()),
            from: instant.optional(),
            to: instant.optional(),
          })
          .strict(),
      },
    },
    async (request) => simulateRule(ctx.db, ws(request), request.body, ctx.clock.now()),
  );
  app.get(
    '/v1/loyalty/earn-rules',
    { schema: { tags: ['loyalty'], summary: 'List earn rules', querystring: paginationQuery } },
    async (request) => listEarnRules(ctx.db, ws(request), request.query),
  );
  app.post(
    '/v1/loyalty/earn-rules',
    { schema: { tags: ['loyalty'], summary: 'Create an earn rule', body: ruleBody } },
    async (request, reply) =>
      reply.status(201).send(await createRule(ctx.db, ws(request), request.body, ctx.clock.now())),
  );
  app.get(
    '/v1/loyalty/earn-rules/:id',
    { schema: { tags: ['loyalty'], summary: 'An earn rule', params: idParams } },
    async (request) => getRule(ctx.db, ws(request), request.params.id),
  );
  app.patch(
    '/v1/loyalty/earn-rules/:id',
    {
      schema: {
        tags: ['loyalty'],
        summary: 'Change an earn rule (writes a new version)',
        params: idParams,
        body: ruleBody.partial().strict(),
      },
    },
    async (request) => updateRule(ctx.db, ws(request), request.params.id, request.body, ctx.clock.now()),
  );
  app.delete(
    '/v1/loyalty/earn-rules/:id',
    { schema: { tags: ['loyalty'], summary: 'Archive an earn rule', params: idParams } },
    async (request) => deleteRule(ctx.db, ws(request), request.params.id, ctx.clock.now()),
  );

  app.get(
    '/v1/loyalty/tiers',
    { schema: { tags: ['loyalty'], summary: 'List VIP tiers, lowest first' } },
    async (request) => listTierResources(ctx.db, ws(request)),
  );
  app.post(
    '/v1/loyalty/tiers',
    { schema: { tags: ['loyalty'], summary: 'Create a VIP tier', body: tierBody } },
    async (request, reply) =>
      reply.status(201).send(await createTier(ctx.db, ws(request), request.body, ctx.clock.now())),
  );
  app.get(
    '/v1/loyalty/tiers/:id',
    { schema: { tags: ['loyalty'], summary: 'A VIP tier', params: idParams } },
    async (request) => getTier(ctx.db, ws(request), request.params.id),
  );
  app.patch(
    '/v1/loyalty/tiers/:id',
    {
      schema: {
        tags: ['loyalty'],
        summary: 'Change a VIP tier',
        params: idParams,
        body: tierBody.partial().strict(),
      },
    },
    async (request) => changeTier(ctx.db, ws(request), request.params.id, request.body),
  );
  app.delete(
    '/v1/loyalty/tiers/:id',
    { schema: { tags: ['loyalty'], summary: 'Archive a VIP tier', params: idParams } },
    async (request) => deleteTier(ctx.db, ws(request), request.params.id, ctx.clock.now()),
  );
};

export const loyaltyRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  await programRoutes(app, ctx);
  await customerLoyaltyRoutes(app, ctx);
};
