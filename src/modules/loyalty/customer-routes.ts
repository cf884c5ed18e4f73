import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { principal } from '../../http/principal.js';
import { paginationQuery } from '../../http/pagination.js';
import { amountMinor, signedAmountMinor, signedPointsAmount } from '../../http/amounts.js';
import { adjustPoints, creditStoreCredit, debitStoreCredit } from './ledger/index.js';
import { listTransactions, loyaltyStatus } from './status.js';
import * as schemas from './route-customer-schemas.js';

const customerParams = z.object({ id: z.string().min(1).describe('cus_… or the shop’s own userId') });
const reason = z.string().min(1).max(500);

export const customerLoyaltyRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  app.get(
    '/v1/customers/:id/loyalty',
    {
      schema: {
        tags: ['loyalty'],
        summary:
          'A customer’s points, pending points, tier and progress, expiring points, store credit and badges',
        params: customerParams,
        response: { 200: schemas.loyaltyStatusSchema },
      },
    },
    async (request) =>
      loyaltyStatus(ctx.db, principal(request).workspaceId, request.params.id, ctx.clock.now()),
  );
  app.get(
    '/v1/customers/:id/points/transactions',
    {
      schema: {
        tags: ['loyalty'],
        summary: 'A customer’s points ledger, newest first',
        params: customerParams,
        querystring: paginationQuery,
        response: { 200: schemas.pointsTransactionListSchema },
      },
    },
    async (request) =>
      listTransactions(ctx.db, principal(request).workspaceId, request.params.id, request.query),
  );
  app.post(
    '/v1/customers/:id/points/adjustments',
    {
      schema: {
        tags: ['loyalty'],
        summary: 'Add or remove points by hand; the reason and the acting key are recorded',
        params: customerParams,
        body: z
          .object({
            points: signedPointsAmount,
            reason,
          })
          .strict(),
        response: { 201: schemas.pointsTransactionSchema },
      },
    },
    async (request, reply) => {
      const who = principal(request);
      const entry = await adjustPoints(ctx.db, who.workspaceId, request.params.id, request.body, {
        idempotencyKey: request.idempotencyKey,
        actor: who.keyId,
        at: ctx.clock.now(),
      });
      return reply.status(201).send(entry);
    },
  );
  app.post(
    '/v1/customers/:id/store-credit/debits',
    {
      schema: {
        tags: ['loyalty'],
        summary: 'Spend store credit (minor units); 422 insufficient_store_credit when the balance is short',
        params: customerParams,
        body: z.object({ amount: amountMinor(1), reason, order_id: z.string().min(1).optional() }).strict(),
        response: { 201: schemas.storeCreditDebitSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await debitStoreCredit(ctx.db, principal(request).workspaceId, request.params.id, request.body, {
          idempotencyKey: request.idempotencyKey,
          at: ctx.clock.now(),
        }),
      ),
  );
  app.post(
    '/v1/customers/:id/store-credit/credits',
    {
      schema: {
        tags: ['loyalty'],
        summary: 'Add store credit by hand (a negative amount removes it, never below zero)',
        params: customerParams,
        body: z
          .object({
            amount: signedAmountMinor,
            reason,
          })
          .strict(),
        response: { 201: schemas.storeCreditCreditSchema },
      },
    },
    async (request, reply) => {
      const who = principal(request);
      return reply.status(201).send(
        await creditStoreCredit(ctx.db, who.workspaceId, request.params.id, request.body, {
          idempotencyKey: request.idempotencyKey,
          actor: who.keyId,
          at: ctx.clock.now(),
        }),
      );
    },
  );
};
