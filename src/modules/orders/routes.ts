import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { principal } from '../../http/principal.js';
import { paginationQuery } from '../../http/pagination.js';
import * as schemas from './schemas.js';
import { currencyMismatchReport, getOrder, listOrders, listRejections } from './orders.js';

const tags = ['orders'];
const filters = paginationQuery.extend({
  customer: z.string().min(1).optional().describe('`cus_…` or the shop’s userId.'),
  status: z.enum(['completed', 'partially_refunded', 'refunded']).optional(),
  currency_mismatch: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('true: only orders in another currency than the workspace’s (kept, never converted).'),
});

export const orderRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/v1/orders',
    {
      config: { errors: ['resource_missing'] },
      schema: {
        tags,
        summary: 'List orders, newest first',
        querystring: filters,
        response: { 200: schemas.orderListSchema },
      },
    },
    async (request) => listOrders(ctx.db, principal(request).workspaceId, request.query),
  );
  app.get(
    '/v1/orders/:id',
    {
      schema: {
        tags,
        summary: 'An order with its lines and refunds, by `ord_…` or the shop’s order_id',
        params: z.object({ id: z.string().min(1) }),
        response: { 200: schemas.orderDetailSchema },
      },
    },
    async (request) => getOrder(ctx.db, principal(request).workspaceId, request.params.id),
  );
  app.get(
    '/v1/customers/:id/orders',
    {
      schema: {
        tags,
        summary: "A customer's orders, newest first",
        params: z.object({ id: z.string().min(1) }),
        querystring: paginationQuery,
        response: { 200: schemas.orderListSchema },
      },
    },
    async (request) =>
      listOrders(ctx.db, principal(request).workspaceId, { ...request.query, customer: request.params.id }),
  );
  app.get(
    '/v1/order_currency_mismatches',
    {
      schema: {
        tags,
        summary: 'Orders in another currency than the workspace’s, counted per currency',
        response: { 200: schemas.mismatchReportSchema },
      },
    },
    async (request) => currencyMismatchReport(ctx.db, principal(request).workspaceId),
  );
  app.get(
    '/v1/order_rejections',
    {
      schema: {
        tags,
        summary: 'Order events that could not be applied, with the reason (newest first)',
        querystring: paginationQuery,
        response: { 200: schemas.rejectionListSchema },
      },
    },
    async (request) => listRejections(ctx.db, principal(request).workspaceId, request.query),
  );
};
