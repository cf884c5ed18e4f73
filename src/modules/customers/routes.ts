import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { searchQueryLengthMax } from '../../core/limits.js';
import type { AppContext } from '../../http/context.js';
import { principal } from '../../http/principal.js';
import { paginationQuery } from '../../http/pagination.js';
import { getCustomer, listCustomerEvents, listCustomers } from './customers.js';
import type { CustomerDataProvider } from './privacy-provider.js';
import { eraseCustomer, exportCustomer } from './privacy.js';
import * as schemas from './schemas.js';

const params = z.object({ id: z.string().min(1).describe('`cus_…`, or the shop’s own userId.') });
const tags = ['customers'];

/** Customers' routes; `providers` are the other modules' parts of a customer (src/server/customer-data.ts). */
export function customerRoutes(providers: CustomerDataProvider[]): FastifyPluginAsyncZod<AppContext> {
  return async (app, ctx) => {
    app.get(
      '/v1/customers',
      {
        schema: {
          tags,
          summary: 'List customers, newest first; `query` matches the start of the email or the full name',
          querystring: paginationQuery.extend({ query: z.string().max(searchQueryLengthMax).optional() }),
          response: { 200: schemas.customerListSchema },
        },
      },
      async (request) => listCustomers(ctx.db, principal(request).workspaceId, request.query),
    );
    app.get(
      '/v1/customers/:id',
      {
        schema: {
          tags,
          summary: 'A customer: profile, traits, identities, orders summary',
          params,
          response: { 200: schemas.customerDetailSchema },
        },
      },
      async (request) => getCustomer(ctx.db, principal(request).workspaceId, request.params.id, providers),
    );
    app.get(
      '/v1/customers/:id/events',
      {
        schema: {
          tags,
          summary: "The customer's events, newest first, including those of merged anonymous ids",
          params,
          querystring: paginationQuery,
          response: { 200: schemas.eventListSchema },
        },
      },
      async (request) =>
        listCustomerEvents(ctx.db, principal(request).workspaceId, request.params.id, request.query),
    );
    app.get(
      '/v1/customers/:id/export',
      {
        schema: {
          tags,
          summary: 'Everything held about the person (data access request)',
          params,
          response: { 200: schemas.exportSchema },
        },
        // Everything about a person at once is for whoever answers data requests, not for analysis.
        config: { minRole: 'admin' },
      },
      async (request) =>
        exportCustomer(ctx.db, principal(request).workspaceId, request.params.id, providers, ctx.clock.now()),
    );
    app.delete(
      '/v1/customers/:id',
      {
        schema: {
          tags,
          summary: 'Erase the person’s personal data; keeps anonymous amounts. Idempotent.',
          params,
          response: { 200: schemas.erasureSchema },
        },
      },
      async (request) =>
        eraseCustomer(ctx.db, principal(request).workspaceId, request.params.id, providers, ctx.clock.now()),
    );
  };
}
