import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../core/errors.js';
import type { AppContext } from '../../http/context.js';
import { listPage, paginationQuery } from '../../http/pagination.js';
import { principal } from '../../http/principal.js';
import { findCustomerRef } from '../customers/index.js';
import { fieldCatalogue, operatorsByType } from './fields.js';
import { explainerFor, presentSegment } from './present.js';
import {
  customerSegments,
  membersPage,
  membershipHistory,
  previewDefinition,
  workspaceVocabulary,
} from './reads.js';
import * as schemas from './route-schemas.js';
import {
  checkAgainstWorkspace,
  createSegment,
  deleteSegment,
  findSegment,
  liveSegments,
  updateSegment,
} from './segments.js';
import { validateDefinition } from './validate.js';
import { ensureReadyMadeSegments } from './seed.js';
import { readyMadeSegments } from './ready-made.js';
import { segmentMembersExportPageRows } from '../../core/limits.js';

const idParams = z.object({ id: z.string() });
const segmentBody = z
  .object({
    name: z.string(),
    description: z.string().nullable().optional(),
    definition: schemas.definitionSchema,
  })
  .strict();
const segmentChanges = segmentBody.partial().strict();
export const segmentRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const tags = ['segments'];
  const wake = () => ctx.wakeConsumers();

  app.get(
    '/v1/segments',
    {
      schema: {
        tags,
        summary: 'List segments with their sizes',
        response: { 200: schemas.segmentListSchema },
      },
    },
    async (request) => {
      const { workspaceId } = principal(request);
      await ensureReadyMadeSegments(ctx.db, workspaceId, ctx.clock.now());
      const explain = await explainerFor(ctx.db, workspaceId);
      const rows = await liveSegments(ctx.db, workspaceId);
      const data = await Promise.all(rows.map((row) => presentSegment(ctx.db, row, explain)));
      const unavailable = readyMadeSegments
        .filter((made) => !made.available)
        .map((made) => ({ ready_made: made.key, name: made.names.en, reason: made.unavailableReason ?? '' }));
      return { object: 'list' as const, data, has_more: false, unavailable };
    },
  );
  app.post(
    '/v1/segments',
    {
      config: { errors: ['segments_limit'] },
      schema: {
        tags,
        summary: 'Save a segment; its members are built in the background',
        body: segmentBody,
        response: { 201: schemas.segmentSchema },
      },
    },
    async (request, reply) => {
      const { workspaceId } = principal(request);
      const row = await createSegment(ctx.db, workspaceId, request.body, ctx.clock.now());
      wake();
      return reply
        .status(201)
        .send(await presentSegment(ctx.db, row, await explainerFor(ctx.db, workspaceId)));
    },
  );
  app.post(
    '/v1/segments/preview',
    {
      // Saves nothing: whoever may read the segments may size a draft.
      config: { minRole: 'analyst' },
      schema: {
        tags,
        summary: "A draft definition's size now and a few members, without saving",
        body: z.object({ definition: schemas.definitionSchema }).strict(),
        response: { 200: schemas.previewSchema },
      },
    },
    async (request) => {
      const { workspaceId } = principal(request);
      const definition = validateDefinition(request.body.definition);
      checkAgainstWorkspace(definition, await liveSegments(ctx.db, workspaceId), null);
      const preview = await previewDefinition(ctx.db, workspaceId, definition, ctx.clock.now());
      return { ...preview, explanation: (await explainerFor(ctx.db, workspaceId))(definition) };
    },
  );
  app.get(
    '/v1/segments/fields',
    {
      schema: {
        tags,
        summary: "What a condition can name: fields, operators, the workspace's traits, events and segments",
        response: { 200: schemas.fieldsSchema },
      },
    },
    async (request) => {
      const { workspaceId } = principal(request);
      const vocabulary = await workspaceVocabulary(ctx.db, workspaceId);
      const segments = (await liveSegments(ctx.db, workspaceId)).map((row) => ({
        id: row.id,
        name: row.name,
      }));
      const fields = Object.entries(fieldCatalogue).map(([field, spec]) => ({
        field,
        type: spec.type,
        family: spec.family,
        ...(spec.values ? { values: [...spec.values] } : {}),
      }));
      const operators = Object.fromEntries(
        Object.entries(operatorsByType).map(([type, ops]) => [type, [...ops]]),
      );
      return { fields, operators, ...vocabulary, segments };
    },
  );
  app.get(
    '/v1/segments/:id',
    { schema: { tags, summary: 'A segment', params: idParams, response: { 200: schemas.segmentSchema } } },
    async (request) => {
      const { workspaceId } = principal(request);
      const row = await findSegment(ctx.db, workspaceId, request.params.id);
      return presentSegment(ctx.db, row, await explainerFor(ctx.db, workspaceId));
    },
  );
  app.patch(
    '/v1/segments/:id',
    {
      schema: {
        tags,
        summary: 'Rename a segment or change its definition (which rebuilds its members)',
        params: idParams,
        body: segmentChanges,
        response: { 200: schemas.segmentSchema },
      },
    },
    async (request) => {
      const { workspaceId } = principal(request);
      const row = await updateSegment(ctx.db, workspaceId, request.params.id, request.body, ctx.clock.now());
      wake();
      return presentSegment(ctx.db, row, await explainerFor(ctx.db, workspaceId));
    },
  );
  app.delete(
    '/v1/segments/:id',
    {
      config: { errors: ['segment_in_use'] },
      schema: {
        tags,
        summary: 'Delete a segment; its members leave it',
        params: idParams,
        response: { 200: schemas.deletedSchema },
      },
    },
    async (request) => {
      const row = await deleteSegment(
        ctx.db,
        principal(request).workspaceId,
        request.params.id,
        ctx.clock.now(),
      );
      wake();
      return { object: 'segment' as const, id: row.id, deleted: true as const };
    },
  );
  app.get(
    '/v1/segments/:id/members',
    {
      schema: {
        tags,
        summary: 'Current members, by customer id',
        params: idParams,
        querystring: paginationQuery,
        response: { 200: schemas.memberListSchema },
      },
    },
    async (request) => {
      const segment = await findSegment(ctx.db, principal(request).workspaceId, request.params.id);
      const rows = await membersPage(ctx.db, segment.id, request.query.limit, request.query.starting_after);
      return listPage(
        rows.map((row) => ({ ...row, entered_at: new Date(row.entered_at).toISOString() })),
        request.query.limit,
      );
    },
  );
  app.get(
    '/v1/segments/:id/members.csv',
    {
      config: { minRole: 'admin' },
      schema: {
        tags,
        summary: 'Every current member as CSV (customer_id, user_id, email, name, entered_at)',
        params: idParams,
        response: { 200: { content: { 'text/csv': { schema: z.string() } } } },
      },
    },
    async (request, reply) => {
      const segment = await findSegment(ctx.db, principal(request).workspaceId, request.params.id);
      const records = Readable.from(
        (async function* () {
          let after: string | undefined;
          for (;;) {
            const rows = (await membersPage(ctx.db, segment.id, segmentMembersExportPageRows, after)).slice(
              0,
              segmentMembersExportPageRows,
            );
            for (const row of rows) {
              yield [
                row.customer_id,
                row.external_id,
                row.email,
                row.name,
                new Date(row.entered_at).toISOString(),
              ];
            }
            if (rows.length < segmentMembersExportPageRows) return;
            after = rows.at(-1)!.customer_id;
          }
        })(),
      );
      // escape_formulas: a customer's name must not become a formula in the spreadsheet.
      const csv = records.pipe(
        stringify({
          header: true,
          columns: ['customer_id', 'user_id', 'email', 'name', 'entered_at'],
          escape_formulas: true,
        }),
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${segment.id}-members.csv"`)
        .send(csv as never);
    },
  );
  app.get(
    '/v1/segments/:id/history',
    {
      schema: {
        tags,
        summary: 'Members at the end of each day, in the workspace time zone',
        params: idParams,
        querystring: z.object({ days: z.coerce.number().int().min(1).max(366).default(30) }),
        response: { 200: schemas.historySchema },
      },
    },
    async (request) => {
      const { workspaceId } = principal(request);
      const segment = await findSegment(ctx.db, workspaceId, request.params.id);
      return {
        data: await membershipHistory(ctx.db, workspaceId, segment.id, request.query.days, ctx.clock.now()),
      };
    },
  );
  app.get(
    '/v1/customers/:id/segments',
    {
      schema: {
        tags,
        summary: 'The segments a customer is in now',
        params: idParams,
        response: { 200: schemas.customerSegmentsSchema },
      },
    },
    async (request) => {
      const { workspaceId } = principal(request);
      const customerId = await findCustomerRef(ctx.db, workspaceId, request.params.id);
      if (!customerId) throw notFound('customer', request.params.id);
      const rows = await customerSegments(ctx.db, workspaceId, customerId);
      return { data: rows.map((row) => ({ ...row, entered_at: new Date(row.entered_at).toISOString() })) };
    },
  );
};
