import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { principal } from '../../http/principal.js';
import { runDoctor } from './doctor.js';
import { doctorReportSchema } from './route-schemas.js';

export const operationsRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/v1/doctor',
    {
      schema: {
        tags: ['operations'],
        summary: 'Health checks: migrations, consumer backlogs and skipped events, the points ledger',
        description:
          'healthy = migrations current AND no consumer skipped an event AND the points ledger agrees with its ' +
          'cached balances (accounts = sum of entries; lots = sum of allocations and never below zero).',
        response: { 200: doctorReportSchema },
      },
    },
    async (request) => runDoctor(ctx.database, principal(request).workspaceId),
  );
};
