import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { couponCodesPerRequestMax } from '../../core/limits.js';
import type { AppContext } from '../../http/context.js';
import { principal } from '../../http/principal.js';
import { listPage, paginationQuery } from '../../http/pagination.js';
import { Readable } from 'node:stream';
import {
  codesCsv,
  createCodes,
  createCoupon,
  getCoupon,
  listCodes,
  listCoupons,
  updateCoupon,
  voidCoupon,
} from './coupons.js';
import { redeemCoupon, validateCoupon } from './redeem.js';
import * as schemas from './route-schemas.js';
import { instant } from '../../http/instant.js';
import { amountMinor } from '../../http/amounts.js';

const minor = amountMinor(0);
const positiveMinor = amountMinor(1);
const count = z.number().int().min(1).max(1_000_000);
const { kind } = schemas;
const customerRef = z.string().min(1).max(255).describe('`cus_…` or the shop’s userId.');

const couponBody = z
  .object({
    name: z.string(),
    kind,
    amount_off: positiveMinor.optional().describe('Minor units of the workspace currency (kind amount_off).'),
    percent_off: z.number().int().min(1).max(100).optional().describe('Whole percent (kind percent_off).'),
    product_id: z.string().min(1).max(255).optional().describe('The product given free (kind free_product).'),
    minimum_order: positiveMinor.optional().describe('Minor units; orders below it cannot use the coupon.'),
    expires_at: instant.optional(),
    max_redemptions: count.optional().describe('Uses across all codes; unlimited when absent.'),
    max_redemptions_per_customer: count.optional(),
    customer: customerRef.optional().describe('Only this customer may use it.'),
  })
  .strict();

const couponChanges = z
  .object({ name: z.string().optional(), expires_at: instant.nullable().optional() })
  .strict();

const codesBody = z
  .object({
    count: z.number().int().min(1).max(couponCodesPerRequestMax).optional(),
    code: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .describe('A code of your choice (e.g. SUMMER10) instead of drawn ones.'),
    max_redemptions: count.nullable().optional().describe('Uses per code: 1 by default for drawn codes.'),
  })
  .strict();

const validateBody = z
  .object({
    code: z.string().min(1).max(64),
    customer: customerRef.optional(),
    order_total: minor.optional(),
  })
  .strict();

const redeemBody = z
  .object({
    customer: customerRef.optional(),
    order_id: z.string().min(1).max(255),
    order_total: minor.optional(),
  })
  .strict();

const idParams = z.object({ id: z.string() });
const listQuery = paginationQuery.extend({ source: z.enum(['api', 'reward']).optional() });

export const couponRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const tags = ['coupons'];
  app.post(
    '/v1/coupons',
    {
      config: { errors: ['resource_missing'] },
      schema: {
        tags,
        summary: 'Create a coupon (its terms)',
        body: couponBody,
        response: { 201: schemas.couponSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createCoupon(ctx.db, principal(request).workspaceId, request.body, ctx.clock.now())),
  );
  app.get(
    '/v1/coupons',
    {
      schema: {
        tags,
        summary: 'List coupons, newest first (source=reward for reward coupons)',
        querystring: listQuery,
        response: { 200: schemas.couponListSchema },
      },
    },
    async (request) =>
      listPage(await listCoupons(ctx.db, principal(request).workspaceId, request.query), request.query.limit),
  );
  app.get(
    '/v1/coupons/:id',
    { schema: { tags, summary: 'A coupon', params: idParams, response: { 200: schemas.couponSchema } } },
    async (request) => getCoupon(ctx.db, principal(request).workspaceId, request.params.id),
  );
  app.patch(
    '/v1/coupons/:id',
    {
      schema: {
        tags,
        summary: 'Rename a coupon or change its expiry',
        params: idParams,
        body: couponChanges,
        response: { 200: schemas.couponSchema },
      },
    },
    async (request) => updateCoupon(ctx.db, principal(request).workspaceId, request.params.id, request.body),
  );
  app.post(
    '/v1/coupons/:id/void',
    {
      schema: {
        tags,
        summary: 'Stop every code of a coupon from working',
        params: idParams,
        response: { 200: schemas.couponSchema },
      },
    },
    async (request) => voidCoupon(ctx.db, principal(request).workspaceId, request.params.id, ctx.clock.now()),
  );
  app.post(
    '/v1/coupons/:id/codes',
    {
      schema: {
        tags,
        summary: 'Draw unguessable codes for a coupon, or add a chosen one',
        params: idParams,
        body: codesBody,
        response: { 201: schemas.codeListSchema },
      },
    },
    async (request, reply) => {
      const codes = await createCodes(
        ctx.db,
        principal(request).workspaceId,
        request.params.id,
        request.body,
        ctx.clock.now(),
      );
      return reply.status(201).send({ object: 'list' as const, data: codes, has_more: false });
    },
  );
  app.get(
    '/v1/coupons/:id/codes',
    {
      schema: {
        tags,
        summary: 'List the codes of a coupon',
        params: idParams,
        querystring: paginationQuery,
        response: { 200: schemas.codeListSchema },
      },
    },
    async (request) =>
      listPage(
        await listCodes(ctx.db, principal(request).workspaceId, request.params.id, request.query),
        request.query.limit,
      ),
  );
  app.get(
    '/v1/coupons/:id/codes/export',
    {
      // Each code is worth its discount to whoever holds it: handed out by those who may make them.
      config: { minRole: 'admin' },
      schema: {
        tags,
        summary:
          'Every code of a coupon as a CSV file (code, max_redemptions, times_redeemed, voided, created)',
        params: idParams,
        response: {
          200: {
            content: {
              'text/csv': {
                schema: z.string().describe('A header line, then one line per code, newest first.'),
              },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const lines = codesCsv(ctx.db, principal(request).workspaceId, request.params.id);
      // The first line is read here so that an unknown coupon answers 404, not an empty file.
      const first = await lines.next();
      const body = Readable.from(
        (async function* () {
          if (!first.done) yield first.value;
          yield* lines;
        })(),
      );
      return (
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${request.params.id}-codes.csv"`)
          // The type provider types the body as the schema's string; the stream carries it.
          .send(body as never)
      );
    },
  );
  app.post(
    '/v1/coupons/validate',
    {
      config: { errors: ['resource_missing'] },
      schema: {
        tags,
        summary: 'Would this code work for this customer and order? Changes nothing',
        body: validateBody,
        response: { 200: schemas.validationSchema },
      },
    },
    async (request) => validateCoupon(ctx.db, principal(request).workspaceId, request.body, ctx.clock.now()),
  );
  app.post(
    '/v1/coupons/:code/redeem',
    {
      schema: {
        tags,
        summary: 'Use a code for an order (once per order; single-use codes once at all)',
        params: z.object({ code: z.string().min(1).max(64) }),
        body: redeemBody,
        response: {
          200: schemas.redemptionSchema.describe('A replay: this order already used this code.'),
          201: schemas.redemptionSchema,
        },
      },
    },
    async (request, reply) => {
      const { redemption, replayed } = await redeemCoupon(
        ctx.db,
        principal(request).workspaceId,
        { ...request.body, code: request.params.code },
        ctx.clock.now(),
      );
      return reply.status(replayed ? 200 : 201).send(redemption);
    },
  );
};
