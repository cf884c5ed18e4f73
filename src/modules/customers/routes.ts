import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { searchQueryLengthMax } from '../../core/limits.js';
import type { AppContext } from '../../http/context.js';
import { principal } from '../../http/principal.js';
import { paginationQuery } from '../../http/pagination.js';
import { pageSizeDefault, pageSizeMax } from '../../core/limits.js';
import { everyListedCustomer, getCustomer, listCustomerEvents, listCustomers } from './customers.js';
import type { CustomerListFacts } from './facts.js';
import { listDirections, listSorts } from './listing.js';
import { customersCsv } from './csv.js';
import type { CustomerDataProvider } from './privacy-provider.js';
import { eraseCustomer, exportCustomer } from './privacy.js';
import * as schemas from './schemas.js';

const params = z.object({ id: z.string().min(1).describe('`cus_…`, or the shop’s own userId.') });
const tags = ['customers'];

/** The list's filters and sort, shared by the page and the CSV export. */
function listQuery(facts: CustomerListFacts) {
  const points = z.coerce.number().int().min(0);
  const score = z.coerce.number().int().min(1).max(5);
  const monthStart = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-01$/, 'a month’s first day, YYYY-MM-01');
  return z.object({
    query: z
      .string()
      .max(searchQueryLengthMax)
      .optional()
      .describe(
        'Any word of the name (from its start, with or without diacritics), the email anywhere, or the shop’s exact userId.',
      ),
    stage: z
      .enum(facts.stages as [string, ...string[]])
      .optional()
      .describe('Lifecycle stage.'),
    segment: z
      .enum(facts.segments as [string, ...string[]])
      .optional()
      .describe('RFM segment.'),
    tier: z.string().min(1).optional().describe('A loyalty tier id: its current members.'),
    points_min: points.optional().describe('Posted points at least this.'),
    points_max: points.optional().describe('Posted points at most this.'),
    recency_score: score.optional().describe('RFM recency score (5: most recent).'),
    frequency_score: score.optional().describe('RFM frequency score (5: most orders).'),
    cohort: monthStart
      .optional()
      .describe(
        'First order in this month (its first day, the workspace’s calendar), as the cohort table counts.',
      ),
    cohort_active: monthStart
      .optional()
      .describe('With cohort: ordered in this month too (a cell of the cohort table).'),
    sort: z.enum(listSorts).default('created').describe('`created`: when retain first knew the person.'),
    direction: z.enum(listDirections).default('desc'),
  });
}

const filterOf = (query: z.infer<ReturnType<typeof listQuery>>) => ({
  query: query.query,
  stage: query.stage,
  segment: query.segment,
  tier: query.tier,
  pointsMin: query.points_min,
  pointsMax: query.points_max,
  recencyScore: query.recency_score,
  frequencyScore: query.frequency_score,
  cohort: query.cohort,
  cohortActive: query.cohort_active,
  sort: query.sort,
  direction: query.direction,
});

/**
 * Customers' routes; `providers` are the other modules' parts of a customer, `facts` what the list
 * filters and sorts by (src/server/customer-data.ts).
 */
export function customerRoutes(
  providers: CustomerDataProvider[],
  facts: CustomerListFacts,
): FastifyPluginAsyncZod<AppContext> {
  return async (app, ctx) => {
    app.get(
      '/v1/customers',
      {
        schema: {
          tags,
          summary:
            'List customers: search, filter by stage, RFM segment, tier and points, sort by any column; with the total',
          querystring: listQuery(facts).extend({
            limit: z.coerce.number().int().min(1).max(pageSizeMax).default(pageSizeDefault),
            cursor: z.string().min(1).optional().describe('The previous page’s `next_cursor`.'),
          }),
          response: { 200: schemas.customerListSchema },
        },
      },
      async (request) =>
        listCustomers(ctx.db, principal(request).workspaceId, facts, {
          ...filterOf(request.query),
          limit: request.query.limit,
          cursor: request.query.cursor,
        }),
    );
    app.get(
      '/v1/customers/export.csv',
      {
        schema: {
          tags,
          summary: 'The filtered list as CSV, every matching customer, streamed in the list’s order',
          querystring: listQuery(facts),
          response: {
            200: {
              content: {
                'text/csv': {
                  schema: z
                    .string()
                    .describe(
                      'A header line (id, user_id, name, email, phone, stage, rfm_segment, tier_id, points, orders, net_revenue_minor, clv_12_months_minor, probability_alive, last_order_at, first_seen), then one line per customer.',
                    ),
                },
              },
            },
          },
        },
      },
      async (request, reply) => {
        const rows = everyListedCustomer(
          ctx.db,
          principal(request).workspaceId,
          facts,
          filterOf(request.query),
        );
        // The first row is read here so that a bad filter answers 400, not a cut-off file.
        const first = await rows.next();
        const body = customersCsv(
          (async function* () {
            if (!first.done) yield first.value;
            yield* rows;
          })(),
        );
        return (
          reply
            .type('text/csv; charset=utf-8')
            .header('content-disposition', 'attachment; filename="customers.csv"')
            // The type provider types the body as the schema's string; the stream carries it.
            .send(body as never)
        );
      },
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
