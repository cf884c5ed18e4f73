import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { principal } from '../../http/principal.js';
import { listPage, listSchema, paginationQuery } from '../../http/pagination.js';
import { customerCoupons } from './customer-coupons.js';
import { codeSchema, couponSchema } from './route-schemas.js';

const customerCouponSchema = couponSchema.extend({
  codes: z.array(codeSchema.extend({ status: z.enum(['unused', 'used', 'voided']) })),
});

/** A customer's side of coupons: the ones only they may use. */
export const customerCouponRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/v1/customers/:id/coupons',
    {
      schema: {
        tags: ['coupons'],
        summary:
          'The coupons only this customer may use (their rewards’ and the shop’s), newest first, with each code’s status',
        params: z.object({ id: z.string().min(1).describe('cus_… or the shop’s own userId') }),
        querystring: paginationQuery,
        response: { 200: listSchema(customerCouponSchema) },
      },
    },
    async (request) =>
      listPage(
        await customerCoupons(ctx.db, principal(request).workspaceId, request.params.id, {
          limit: request.query.limit + 1,
          startingAfter: request.query.starting_after,
        }),
        request.query.limit,
      ),
  );
};
