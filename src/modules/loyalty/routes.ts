import { PassThrough } from 'node:stream';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { principal } from '../../http/principal.js';
import { paginationQuery } from '../../http/pagination.js';
import {
  createRule,
  deleteRule,
  getRule,
  listEarnRules,
  workspaceRuleTemplates,
  updateRule,
  getProgram,
  programSettingsSchema,
  updateProgram,
  changeTier,
  createTier,
  deleteTier,
  getTier,
  listTierResources,
} from './program/index.js';
import { entryKinds, listWorkspaceTransactions, liability } from './ledger/index.js';
import { simulateRule, simulationPlan, type SimulationProgress } from './earning/index.js';
import { customerLoyaltyRoutes } from './customer-routes.js';
import { workspaceTransactionListSchema } from './route-customer-schemas.js';
import * as schemas from './route-schemas.js';
import { instant } from '../../http/instant.js';

const idParams = z.object({ id: z.string().min(1) });
const instantAsDate = instant.transform((value) => new Date(value));
const ruleBody = z
  .object({
    name: z.string().min(1).max(200),
    active: z
      .boolean()
      .optional()
      .describe('Whether the rule earns points; a new rule is a draft (false) unless this says true.'),
    definition: z
      .record(z.string(), z.unknown())
      .describe('trigger, conditions, reward, limits, apply_tier_multiplier'),
  })
  .strict();
const simulationBody = z
  .object({
    definition: z.record(z.string(), z.unknown()),
    from: instantAsDate.optional(),
    to: instantAsDate.optional(),
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
    {
      schema: {
        tags: ['loyalty'],
        summary: 'The loyalty program settings',
        response: { 200: schemas.programSchema },
      },
    },
    async (request) => getProgram(ctx.db, ws(request)),
  );
  app.put(
    '/v1/loyalty/program',
    {
      schema: {
        tags: ['loyalty'],
        summary: 'Change the program settings (fields not sent keep their value)',
        body: programSettingsSchema.partial().strict(),
        response: { 200: schemas.programSchema },
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
        querystring: z.object({ from: instantAsDate.optional(), to: instantAsDate.optional() }).strict(),
        response: { 200: schemas.liabilitySchema },
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
        response: { 200: workspaceTransactionListSchema },
      },
    },
    async (request) => listWorkspaceTransactions(ctx.db, ws(request), request.query),
  );

  app.get(
    '/v1/loyalty/earn-rules/templates',
    {
      schema: {
        tags: ['loyalty'],
        summary: 'Starting points for common earn rules, in the workspace’s currency and at its base rate',
        response: { 200: schemas.ruleTemplateListSchema },
      },
    },
    async (request) => ({
      object: 'list' as const,
      data: (await workspaceRuleTemplates(ctx.db, ws(request))).map((t) => ({
        object: 'earn_rule_template' as const,
        ...t,
      })),
      has_more: false,
    }),
  );
  app.post(
    '/v1/loyalty/earn-rules/simulate',
    {
      schema: {
        tags: ['loyalty'],
        summary: 'Backtest a draft rule over past events: points, customers and value it would have issued',
        body: simulationBody,
        response: { 200: schemas.simulationSchema },
      },
      // A backtest computes and changes nothing: open to analysts.
      config: { minRole: 'analyst' },
    },
    async (request) => simulateRule(ctx.db, ws(request), request.body, ctx.clock.now()),
  );
  app.post(
    '/v1/loyalty/earn-rules/backtests',
    {
      schema: {
        tags: ['loyalty'],
        summary:
          'The same backtest, answered as it runs: newline-delimited JSON, progress lines then the simulation',
        body: simulationBody,
        response: { 200: { content: { 'application/x-ndjson': { schema: schemas.backtestLineSchema } } } },
      },
      config: { minRole: 'analyst' },
    },
    async (request, reply) => {
      const now = ctx.clock.now();
      // Bad input is refused with a 400 naming the field before the stream starts.
      simulationPlan(request.body, now);
      const lines = new PassThrough();
      const progress = (line: SimulationProgress) => lines.write(`${JSON.stringify(line)}\n`);
      simulateRule(ctx.db, ws(request), request.body, now, progress).then(
        (simulation) => lines.end(`${JSON.stringify(simulation)}\n`),
        (error: unknown) => {
          request.log.error({ err: error }, 'earn rule backtest failed');
          lines.end(
            `${JSON.stringify({ object: 'error', error: { code: 'internal_error', message: 'Something went wrong on our side.' } })}\n`,
          );
        },
      );
      // The type provider types the body as one line of the schema; the stream carries them all.
      return reply.type('application/x-ndjson').send(lines as never);
    },
  );
  app.get(
    '/v1/loyalty/earn-rules',
    {
      schema: {
        tags: ['loyalty'],
        summary: 'List earn rules',
        querystring: paginationQuery,
        response: { 200: schemas.earnRuleListSchema },
      },
    },
    async (request) => listEarnRules(ctx.db, ws(request), request.query),
  );
  app.post(
    '/v1/loyalty/earn-rules',
    {
      schema: {
        tags: ['loyalty'],
        summary: 'Create an earn rule',
        body: ruleBody,
        response: { 201: schemas.earnRuleSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createRule(ctx.db, ws(request), request.body, ctx.clock.now())),
  );
  app.get(
    '/v1/loyalty/earn-rules/:id',
    {
      schema: {
        tags: ['loyalty'],
        summary: 'An earn rule',
        params: idParams,
        response: { 200: schemas.earnRuleSchema },
      },
    },
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
        response: { 200: schemas.earnRuleSchema },
      },
    },
    async (request) => updateRule(ctx.db, ws(request), request.params.id, request.body, ctx.clock.now()),
  );
  app.delete(
    '/v1/loyalty/earn-rules/:id',
    {
      schema: {
        tags: ['loyalty'],
        summary: 'Archive an earn rule',
        params: idParams,
        response: { 200: schemas.deletedRuleSchema },
      },
    },
    async (request) => deleteRule(ctx.db, ws(request), request.params.id, ctx.clock.now()),
  );

  app.get(
    '/v1/loyalty/tiers',
    {
      schema: {
        tags: ['loyalty'],
        summary: 'List VIP tiers, lowest first',
        response: { 200: schemas.tierListSchema },
      },
    },
    async (request) => listTierResources(ctx.db, ws(request)),
  );
  app.post(
    '/v1/loyalty/tiers',
    {
      schema: {
        tags: ['loyalty'],
        summary: 'Create a VIP tier',
        body: tierBody,
        response: { 201: schemas.tierSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createTier(ctx.db, ws(request), request.body, ctx.clock.now())),
  );
  app.get(
    '/v1/loyalty/tiers/:id',
    {
      schema: {
        tags: ['loyalty'],
        summary: 'A VIP tier',
        params: idParams,
        response: { 200: schemas.tierSchema },
      },
    },
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
        response: { 200: schemas.tierSchema },
      },
    },
    async (request) => changeTier(ctx.db, ws(request), request.params.id, request.body),
  );
  app.delete(
    '/v1/loyalty/tiers/:id',
    {
      schema: {
        tags: ['loyalty'],
        summary: 'Archive a VIP tier',
        params: idParams,
        response: { 200: schemas.deletedTierSchema },
      },
    },
    async (request) => deleteTier(ctx.db, ws(request), request.params.id, ctx.clock.now()),
  );
};

export const loyaltyRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  await programRoutes(app, ctx);
  await customerLoyaltyRoutes(app, ctx);
};
