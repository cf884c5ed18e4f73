import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../core/errors.js';
import type { AppContext } from '../../http/context.js';
import { principal } from '../../http/principal.js';
import { findCustomerRef } from '../customers/index.js';
import { getWorkspace } from '../workspaces/index.js';
import {
  archiveJourney,
  createJourney,
  findJourney,
  listJourneys,
  listVersions,
  publishJourney,
  setPaused,
  updateJourney,
} from './journeys.js';
import { presentJourney, presentReportPart, presentRun, presentVersion } from './present.js';
import { journeyReport, wholeJourney } from './report.js';
import * as schemas from './route-schemas.js';
import { customerRuns, enterByApi, findRun, runHistory } from './runs-read.js';
import { ensureReadyMadeJourneys, unavailableJourneys } from './seed.js';

const idParams = z.object({ id: z.string() });
const journeyBody = z
  .object({
    name: z.string(),
    description: z.string().nullable().optional(),
    graph: schemas.graphSchema,
  })
  .strict();
const publishBody = z
  .object({
    in_flight: z
      .union([
        z.object({ mode: z.literal('stay') }).strict(),
        z.object({ mode: z.literal('move'), node: z.string() }).strict(),
      ])
      .optional()
      .describe('Runs in flight stay on their version (default) or move to this node of the new one.'),
  })
  .strict();
const entryBody = z
  .object({
    customer: z.string().min(1).describe('The customer: retain id (cus_…) or the shop’s user id.'),
    entry_key: z.string().min(1).max(200).optional(),
    properties: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('Data the journey’s messages may read.'),
  })
  .strict();

export const journeyRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const tags = ['journeys'];
  const withCounts = async (row: Awaited<ReturnType<typeof findJourney>>) =>
    presentJourney(row, wholeJourney(await journeyReport(ctx.db, row.id)));

  app.get(
    '/v1/journeys',
    {
      schema: {
        tags,
        summary: 'List journeys with their counts',
        response: { 200: schemas.journeyListSchema },
      },
    },
    async (request) => {
      const { workspaceId } = principal(request);
      await ensureReadyMadeJourneys(ctx.db, workspaceId, ctx.clock.now());
      const rows = await listJourneys(ctx.db, workspaceId);
      const data = await Promise.all(rows.map(withCounts));
      return {
        object: 'list' as const,
        data,
        has_more: false as const,
        unavailable: await unavailableJourneys(ctx.db, workspaceId),
      };
    },
  );
  app.post(
    '/v1/journeys',
    {
      schema: {
        tags,
        summary: 'Save a journey as a draft; nobody enters it until it is published',
        body: journeyBody,
        response: { 201: schemas.journeySchema },
      },
    },
    async (request, reply) => {
      const row = await createJourney(ctx.db, principal(request).workspaceId, request.body, ctx.clock.now());
      return reply.status(201).send(presentJourney(row, null));
    },
  );
  app.get(
    '/v1/journeys/:id',
    { schema: { tags, summary: 'A journey', params: idParams, response: { 200: schemas.journeySchema } } },
    async (request) =>
      withCounts(await findJourney(ctx.db, principal(request).workspaceId, request.params.id)),
  );
  app.patch(
    '/v1/journeys/:id',
    {
      config: { errors: ['journey_archived'] },
      schema: {
        tags,
        summary: 'Change the draft, name or description (a live journey walks its published version)',
        params: idParams,
        body: journeyBody.partial().strict(),
        response: { 200: schemas.journeySchema },
      },
    },
    async (request) =>
      withCounts(
        await updateJourney(
          ctx.db,
          principal(request).workspaceId,
          request.params.id,
          request.body,
          ctx.clock.now(),
        ),
      ),
  );
  app.post(
    '/v1/journeys/:id/publish',
    {
      config: { errors: ['journey_archived', 'journeys_limit'] },
      schema: {
        tags,
        summary: 'Publish the draft as a new version and make the journey live',
        params: idParams,
        body: publishBody,
        response: { 200: schemas.versionSchema },
      },
    },
    async (request) => {
      const { workspaceId, actor } = principal(request) as ReturnType<typeof principal> & { actor?: string };
      const { version } = await publishJourney(
        ctx.db,
        workspaceId,
        request.params.id,
        { inFlight: request.body.in_flight ?? { mode: 'stay' }, by: actor ?? null },
        ctx.clock.now(),
      );
      ctx.wakeConsumers();
      return presentVersion(version);
    },
  );
  for (const [action, summary] of [
    ['pause', 'Pause a live journey: runs hold where they are and nobody enters'],
    ['resume', 'Resume a paused journey: due runs catch up, messages past their lateness limit are skipped'],
    ['archive', 'Archive a journey: its open runs end and nobody enters'],
  ] as const) {
    app.post(
      `/v1/journeys/:id/${action}`,
      {
        config: { errors: ['journey_state'] },
        schema: { tags, summary, params: idParams, response: { 200: schemas.journeySchema } },
      },
      async (request) => {
        const { workspaceId } = principal(request);
        const now = ctx.clock.now();
        const row =
          action === 'archive'
            ? await archiveJourney(ctx.db, workspaceId, request.params.id, now)
            : await setPaused(ctx.db, workspaceId, request.params.id, action === 'pause', now);
        return withCounts(row);
      },
    );
  }
  app.get(
    '/v1/journeys/:id/versions',
    {
      schema: {
        tags,
        summary: 'Published versions, newest first',
        params: idParams,
        response: { 200: z.object({ object: z.literal('list'), data: z.array(schemas.versionSchema) }) },
      },
    },
    async (request) => {
      const journey = await findJourney(ctx.db, principal(request).workspaceId, request.params.id);
      return { object: 'list' as const, data: (await listVersions(ctx.db, journey.id)).map(presentVersion) };
    },
  );
  app.get(
    '/v1/journeys/:id/report',
    {
      config: { minRole: 'analyst' },
      schema: {
        tags,
        summary:
          'Entered, in progress, converted, exited, runs at each node, and the lift over the holdout with its 95% interval',
        params: idParams,
        response: { 200: schemas.reportSchema },
      },
    },
    async (request) => {
      const { workspaceId } = principal(request);
      const journey = await findJourney(ctx.db, workspaceId, request.params.id);
      const versions = await journeyReport(ctx.db, journey.id);
      const total = wholeJourney(versions);
      return {
        object: 'journey_report' as const,
        journey_id: journey.id,
        currency: (await getWorkspace(ctx.db, workspaceId)).currency,
        total: total ? presentReportPart(total) : null,
        versions: versions.map((version) => ({ version: version.version, ...presentReportPart(version) })),
      };
    },
  );
  app.post(
    '/v1/journeys/:id/entries',
    {
      config: { errors: ['journey_not_live', 'journey_entry_kind'] },
      schema: {
        tags,
        summary: 'Enter a customer into a live journey whose entry is by API (under its re-entry rule)',
        params: idParams,
        body: entryBody,
        response: { 200: schemas.entryAnswerSchema, 201: schemas.entryAnswerSchema },
      },
    },
    async (request, reply) => {
      const answer = await enterByApi(
        ctx.db,
        principal(request).workspaceId,
        request.params.id,
        {
          customer: request.body.customer,
          entryKey: request.body.entry_key,
          properties: request.body.properties,
        },
        ctx.clock.now(),
      );
      const entered = 'run' in answer;
      return reply.status(entered ? 201 : 200).send({
        object: 'journey_entry' as const,
        entered,
        run: entered ? presentRun(answer.run) : null,
        refused: entered ? null : answer.refused,
        eligible_again_at: !entered && answer.until ? answer.until.toISOString() : null,
      });
    },
  );
  app.get(
    '/v1/journeys/:id/runs/:run',
    {
      schema: {
        tags,
        summary: 'A run and its history: each node it passed and what happened there',
        params: z.object({ id: z.string(), run: z.string() }),
        response: { 200: schemas.runSchema },
      },
    },
    async (request) => {
      const run = await findRun(ctx.db, principal(request).workspaceId, request.params.run);
      if (run.journeyId !== request.params.id) throw notFound('journey run', request.params.run, 'run');
      return presentRun(run, await runHistory(ctx.db, run.id));
    },
  );
  app.get(
    '/v1/customers/:id/journeys',
    {
      schema: {
        tags,
        summary: "A customer's journey runs, newest first: where each is and why",
        params: idParams,
        response: { 200: z.object({ object: z.literal('list'), data: z.array(schemas.runSchema) }) },
      },
    },
    async (request) => {
      const { workspaceId } = principal(request);
      const customerId = await findCustomerRef(ctx.db, workspaceId, request.params.id);
      if (!customerId) throw notFound('customer', request.params.id);
      const runs = await customerRuns(ctx.db, workspaceId, customerId);
      return { object: 'list' as const, data: runs.map((run) => presentRun(run)) };
    },
  );
};
