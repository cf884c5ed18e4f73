import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { principal } from '../../http/principal.js';
import { listPage, listSchema, paginationQuery } from '../../http/pagination.js';
import { customerCoupons } from './customer-coupons.js';
import { resendCoupon } from './resend.js';
import { codeSchema, couponSchema } from './route-schemas.js';

const resendSchema = z.object({
  object: z.literal('coupon_resend'),
  code: z.string(),
  coupon: z.string(),
  customer: z.string().describe('The customer’s `cus_…` id.'),
  message: z.string().describe('The queued email (`msg_…`, GET /v1/messages/{id}).'),
  created: z
    .boolean()
    .describe('false: the same code was resent to this customer within the same minute; that email stands.'),
  actor: z.string().describe('The dashboard user or API key that asked, recorded as the message’s producer.'),
});

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
  app.post(
    '/v1/customers/:id/coupons/:code/resend',
    {
      schema: {
        tags: ['coupons'],
        summary:
          'Email one of the customer’s own codes to them again (transactional, in their language); a second press within the minute sends nothing more',
        params: z.object({
          id: z.string().min(1).describe('cus_… or the shop’s own userId'),
          code: z.string().min(1).max(64).describe('One of the customer’s own codes (not case-sensitive).'),
        }),
        response: { 200: resendSchema, 202: resendSchema },
      },
    },
    async (request, reply) => {
      const who = principal(request);
      const resend = await resendCoupon(ctx.db, who.workspaceId, {
        customer: request.params.id,
        code: request.params.code,
        actor: who.keyId,
        at: ctx.clock.now(),
      });
      return reply.status(resend.created ? 202 : 200).send(resend);
    },
  );
};
