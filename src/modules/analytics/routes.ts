import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { clvBinsMax, cohortPeriodsMax, paretoPointsMax } from '../../core/limits.js';
import type { AppContext } from '../../http/context.js';
import { principal } from '../../http/principal.js';
import { paginationQuery } from '../../http/pagination.js';
import { parseInstant } from './calendar.js';
import {
  clvDistribution,
  cohortTable,
  analyticsSummary,
  lifecycleReport,
  paretoCurve,
  listScores,
  rfmReport,
} from './reports/index.js';
import { getClvModel, getModelFit } from './clv/index.js';
import { requestClvFit, customerPredictions } from './scoring/index.js';
import { recomputeAll, recomputeConnections } from './recompute.js';
import { getAnalyticsSettings, presentSettings, updateAnalyticsSettings } from './settings.js';
import * as schemas from './route-schemas.js';

const tags = ['analytics'];

/** from, to and as_of of a period whose default length is `defaultDays`. */
const periodQuery = (defaultDays: number) => ({
  from: z
    .string()
    .optional()
    .describe(`First local date of the period (YYYY-MM-DD); default to − ${defaultDays - 1} days.`),
  to: z
    .string()
    .optional()
    .describe('Last local date of the period (YYYY-MM-DD), included; default the as_of date.'),
  as_of: z.string().optional().describe('ISO 8601 instant; orders after it are not seen. Default now.'),
});

export const analyticsRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const workspace = (request: Parameters<typeof principal>[0]) => principal(request).workspaceId;

  app.get(
    '/v1/analytics/summary',
    {
      schema: {
        tags,
        summary: 'KPIs of a period, each with its definition and the previous period’s value',
        description: schemas.summaryDescription,
        querystring: z.object(periodQuery(30)).strict(),
        response: { 200: schemas.summaryResponse },
      },
    },
    async (request) => analyticsSummary(ctx.db, workspace(request), request.query, ctx.clock.now()),
  );

  app.get(
    '/v1/analytics/pareto',
    {
      schema: {
        tags,
        summary: 'Pareto curve: cumulative revenue share against the share of customers ranked by revenue',
        description: schemas.paretoDescription,
        querystring: z
          .object({
            ...periodQuery(365),
            points: z.coerce
              .number()
              .int()
              .min(2)
              .max(paretoPointsMax)
              .default(20)
              .describe('Points on the curve, evenly spaced by customer share.'),
          })
          .strict(),
        response: { 200: schemas.paretoResponse },
      },
    },
    async (request) => paretoCurve(ctx.db, workspace(request), request.query, ctx.clock.now()),
  );

  app.get(
    '/v1/analytics/clv-distribution',
    {
      schema: {
        tags,
        summary: 'Histogram of the predicted 12-month CLV per customer, with its median, p90 and p99',
        description: schemas.clvDistributionDescription,
        querystring: z
          .object({
            bins: z.coerce
              .number()
              .int()
              .min(2)
              .max(clvBinsMax)
              .default(20)
              .describe('Bins, the last one open-ended above the 99th percentile.'),
          })
          .strict(),
        response: { 200: schemas.clvDistributionResponse },
      },
    },
    async (request) => clvDistribution(ctx.db, workspace(request), request.query),
  );

  app.get(
    '/v1/analytics/cohorts',
    {
      schema: {
        tags,
        summary: 'Cohorts by first-order month or week: returning share or revenue per member',
        description: schemas.cohortsDescription,
        querystring: z
          .object({
            period: z.enum(['month', 'week']).default('month'),
            metric: z.enum(['customers', 'revenue']).default('customers'),
            periods: z.coerce
              .number()
              .int()
              .min(1)
              .max(cohortPeriodsMax)
              .default(12)
              .describe('Most recent cohorts shown.'),
            as_of: z.string().optional(),
          })
          .strict(),
        response: { 200: schemas.cohortsResponse },
      },
    },
    async (request) => cohortTable(ctx.db, workspace(request), request.query, ctx.clock.now()),
  );

  app.get(
    '/v1/analytics/rfm',
    {
      schema: {
        tags,
        summary: 'RFM: quintile scoring, segment sizes and revenue, R×F grid',
        description: schemas.rfmDescription,
        response: { 200: schemas.rfmResponse },
      },
    },
    async (request) => rfmReport(ctx.db, workspace(request)),
  );

  app.get(
    '/v1/analytics/customer_scores',
    {
      schema: {
        tags,
        summary: 'Customers’ scores (RFM, stage, predictions), optionally of one segment or stage',
        description: schemas.scoresDescription,
        querystring: paginationQuery
          .extend({ segment: z.string().optional(), stage: z.string().optional() })
          .strict(),
        response: { 200: schemas.scoresListResponse },
      },
    },
    async (request) => listScores(ctx.db, workspace(request), request.query),
  );

  app.post(
    '/v1/analytics/models/clv/fit',
    {
      schema: {
        tags,
        summary: 'Fit BG/NBD + Gamma-Gamma (inline for small data, a durable job for large)',
        description: schemas.modelDescription,
        body: z
          .object({
            as_of: z.string().optional().describe('Observation end (ISO 8601); default now.'),
            time_unit: z.enum(['week', 'day']).optional().describe('Default: the time_unit setting (week).'),
            penalizer: z
              .number()
              .min(0)
              .max(100)
              .optional()
              .describe('L2 penalty; default the penalizer setting (0).'),
          })
          .strict()
          .default({}),
        response: { 200: schemas.modelResponse, 202: schemas.modelResponse },
      },
    },
    async (request, reply) => {
      const fit = await requestClvFit(ctx.db, workspace(request), request.body, ctx.clock.now());
      return reply.status(fit.status === 'done' || fit.status === 'failed' ? 200 : 202).send(fit);
    },
  );

  app.get(
    '/v1/analytics/models/clv',
    {
      config: { errors: ['model_not_fitted'] },
      schema: {
        tags,
        summary: 'The current CLV model: parameters, log-likelihoods, customers used',
        description: schemas.modelDescription,
        response: { 200: schemas.modelResponse },
      },
    },
    async (request) => getClvModel(ctx.db, workspace(request)),
  );

  app.get(
    '/v1/analytics/models/clv/fits/:id',
    {
      schema: {
        tags,
        summary: 'One fit (job) by id, with its status',
        params: z.object({ id: z.string() }),
        response: { 200: schemas.modelResponse },
      },
    },
    async (request) => getModelFit(ctx.db, workspace(request), request.params.id),
  );

  app.get(
    '/v1/customers/:id/predictions',
    {
      config: { errors: ['model_not_fitted', 'prediction_not_computable'] },
      schema: {
        tags,
        summary: 'P(alive), expected purchases, expected order value, 12-month CLV, next order date',
        description: schemas.predictionsDescription,
        params: z.object({ id: z.string().describe('cus_… or the shop’s own customer id') }),
        response: { 200: schemas.predictionsResponse },
      },
    },
    async (request) => customerPredictions(ctx.db, workspace(request), request.params.id),
  );

  app.get(
    '/v1/analytics/lifecycle',
    {
      schema: {
        tags,
        summary: 'Lifecycle stages: counts now and over time, flows between stages',
        description: schemas.lifecycleDescription,
        querystring: z
          .object({
            from: z.string().optional(),
            to: z.string().optional(),
            period: z.enum(['month', 'week', 'day']).default('month'),
          })
          .strict(),
        response: { 200: schemas.lifecycleResponse },
      },
    },
    async (request) => lifecycleReport(ctx.db, workspace(request), request.query, ctx.clock.now()),
  );

  app.get(
    '/v1/analytics/settings',
    {
      schema: {
        tags,
        summary: 'Lifecycle thresholds and model settings, with defaults and meaning',
        response: { 200: schemas.settingsResponse },
      },
    },
    async (request) => presentSettings(await getAnalyticsSettings(ctx.db, workspace(request))),
  );

  app.put(
    '/v1/analytics/settings',
    {
      schema: {
        tags,
        summary: 'Change analytics settings (fields left out keep their value)',
        body: schemas.settingsChange,
        response: { 200: schemas.settingsResponse },
      },
    },
    async (request) =>
      presentSettings(await updateAnalyticsSettings(ctx.db, workspace(request), request.body)),
  );

  app.post(
    '/v1/analytics/recompute',
    {
      schema: {
        tags,
        summary: 'Refit the model and recompute every customer’s scores now',
        body: z
          .object({
            as_of: z.string().optional(),
            rescan: z
              .boolean()
              .optional()
              .describe('true: aggregate every order again instead of reading the kept per-customer rows'),
          })
          .strict()
          .default({}),
        response: { 200: schemas.recomputeResponse },
      },
    },
    async (request) => {
      const asOf = request.body.as_of ? parseInstant('as_of', request.body.as_of) : ctx.clock.now();
      const result = await recomputeAll(ctx.db, workspace(request), {
        asOf,
        ...recomputeConnections(),
        rescan: request.body.rescan === true,
      });
      return {
        object: 'analytics_recompute' as const,
        customers: result.customers,
        stage_changes: result.stageChanges,
        as_of: result.asOf.toISOString(),
        model: result.model,
        inputs: result.inputs,
        timings_ms: result.timings,
      };
    },
  );
};
