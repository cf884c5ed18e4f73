import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RetainError } from '../../core/errors.js';
import {
  batchBytesMax,
  corsPreflightMaxAgeSeconds,
  eventBytesMax,
  ingestFlushesInFlightMax,
} from '../../core/limits.js';
import type { AppContext } from '../../http/context.js';
import { principal, type Principal } from '../../http/principal.js';
import { listSchema, paginationQuery } from '../../http/pagination.js';
import { listConsumerFailures } from './failures.js';
import { authenticate } from '../../server/auth.js';
import { someWorkspaceAllowsOrigin, workspaceAllowsOrigin } from '../workspaces/index.js';
import { eventRowWriter } from './event-writer.js';
import { ingestBatch, ingestMessage, type Sender } from './ingest.js';
import { readJsonBody, type BodyLimit } from './request-body.js';
import { batchSchema, messageTypes, singleMessageSchemas } from './segment.js';
import { createWriteBuffer, type AppendToLog } from './write-buffer.js';

const success = z.object({ success: z.literal(true) });
const tags = ['ingestion'];
// The body is validated by the domain (sizes first, then the schema, naming the failing
// message); the route's schema is there for the OpenAPI document.
const documentedOnly = () => (value: unknown) => ({ value });
// Write keys are the Basic-auth user (Segment's libraries) or a Bearer key, secret or publishable
// (the only routes a publishable key reaches); without the header, `writeKey` in the body, read by
// this plugin's hook. Every role may write events. Ingestion has a rate limit of its own, far above
// the rest of the API's.
const config = { auth: 'public', basicAuth: true, minRole: 'analyst', budget: 'ingestion' } as const;
/** analytics.js posts each call to its type's initial (`/v1/t`) and batches to `/v1/b`. */
const shortPath = (path: string) => `/v1/${path.slice('/v1/'.length, '/v1/'.length + 1)}`;

/**
 * Segment clients label bodies loosely (RudderStack: gzip JSON as a form), so this scope reads
 * JSON whatever the Content-Type. The scope is encapsulated: other routes keep strict JSON.
 */
function acceptAnyJson(app: FastifyInstance, limit: BodyLimit): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', async (request: FastifyRequest, payload: IncomingMessage) =>
    readJsonBody(payload, request.headers['content-encoding'], limit),
  );
}

/**
 * A browser names the page's origin on every cross-site request; servers send none and are not
 * restricted. A publishable key is public, so a browser may use it from the workspace's allowed
 * origins only, and is told it may read the answer (CORS) from those only.
 */
async function checkOrigin(ctx: AppContext, request: FastifyRequest, reply: FastifyReply, by: Principal) {
  const origin = request.headers.origin;
  if (by.kind !== 'publishable' || origin === undefined) return;
  if (!(await workspaceAllowsOrigin(ctx.db, by.workspaceId, origin))) {
    throw new RetainError(
      'origin_not_allowed',
      `The publishable key may not be used from ${origin}: add it to the workspace's allowed_origins.`,
    );
  }
  reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
}

/** A key in the header was checked before the body was read; a body `writeKey` is, once it is parsed. */
function authenticateWriteKey(app: FastifyInstance, ctx: AppContext): void {
  app.addHook('preValidation', async (request, reply) => {
    const writeKey = (request.body as { writeKey?: unknown } | undefined)?.writeKey;
    // Segment allows the write key in the body when there is no Authorization header.
    if (!request.principal && typeof writeKey === 'string') {
      request.headers.authorization = `Bearer ${writeKey}`;
    }
    request.principal ??= await authenticate(request, ctx);
    await checkOrigin(ctx, request, reply, request.principal);
  });
}

const senderOf = (request: FastifyRequest): Sender => {
  const { workspaceId, kind } = principal(request);
  return { workspaceId, publishable: kind === 'publishable' };
};

function singleMessageRoutes(append: AppendToLog): FastifyPluginAsyncZod<AppContext> {
  return async (app, ctx) => {
    acceptAnyJson(app, {
      bytesMax: eventBytesMax,
      tooLarge: () => new RetainError('event_too_large', `The event is over ${eventBytesMax / 1024} KB.`),
    });
    authenticateWriteKey(app, ctx);
    for (const type of messageTypes) {
      const path = `/v1/${type}`;
      const route = (url: string, hide: boolean) =>
        app.post(
          url,
          {
            config,
            validatorCompiler: documentedOnly,
            schema: {
              hide,
              tags,
              summary: `Segment ${type} call`,
              body: singleMessageSchemas[type],
              response: { 200: success },
            },
          },
          async (request) => {
            await ingestMessage(append, senderOf(request), type, request.body, ctx.clock.now());
            ctx.wakeConsumers();
            return { success: true as const };
          },
        );
      route(path, false);
      route(shortPath(path), true);
    }
  };
}

function batchRoute(append: AppendToLog): FastifyPluginAsyncZod<AppContext> {
  return async (app, ctx) => {
    acceptAnyJson(app, {
      bytesMax: batchBytesMax,
      tooLarge: () => new RetainError('batch_too_large', `The batch is over ${batchBytesMax / 1024} KB.`),
    });
    authenticateWriteKey(app, ctx);
    for (const [url, hide] of [
      ['/v1/batch', false],
      [shortPath('/v1/batch'), true],
    ] as const) {
      app.post(
        url,
        {
          config,
          validatorCompiler: documentedOnly,
          schema: {
            hide,
            tags,
            summary: 'Segment batch: all messages are stored, or none',
            body: batchSchema,
            response: { 200: success },
          },
        },
        async (request) => {
          await ingestBatch(append, senderOf(request), request.body, ctx.clock.now());
          ctx.wakeConsumers();
          return { success: true as const };
        },
      );
    }
  };
}

/**
 * CORS preflights for the ingestion paths. A preflight carries no key, so it names no workspace:
 * it is answered for an origin some workspace allows, and bare otherwise, which the browser takes
 * as a refusal. What protects is the real request's check against its own key's workspace
 * (checkOrigin); this only keeps the API from inviting every site's scripts. analytics.js sends
 * `text/plain` without credentials, a request browsers make without asking first.
 */
function preflightRoutes(paths: readonly string[]): FastifyPluginAsyncZod<AppContext> {
  return async (app, ctx) => {
    for (const url of paths) {
      app.options(
        url,
        { config: { auth: 'none', budget: 'ingestion' }, schema: { hide: true } },
        async (request, reply) => {
          const origin = request.headers.origin;
          reply.header('vary', 'Origin').code(204);
          if (origin === undefined || !(await someWorkspaceAllowsOrigin(ctx.db, origin))) return reply.send();
          return reply
            .headers({
              'access-control-allow-origin': origin,
              'access-control-allow-methods': 'POST',
              'access-control-allow-headers': 'Content-Type, Authorization',
              'access-control-max-age': String(corsPreflightMaxAgeSeconds),
            })
            .send();
        },
      );
    }
  };
}

/** Segment's HTTP Tracking API; every request is answered after its events are committed. */
export const ingestionRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const buffer = createWriteBuffer(eventRowWriter(ctx.database), {
    flushesInFlightMax: ingestFlushesInFlightMax,
  });
  app.addHook('onClose', () => buffer.close());
  await app.register(singleMessageRoutes(buffer.append), ctx);
  await app.register(batchRoute(buffer.append), ctx);
  const paths = [...messageTypes, 'batch'].map((type) => `/v1/${type}`);
  await app.register(preflightRoutes([...paths, ...paths.map(shortPath)]), ctx);

  app.get(
    '/v1/consumer_failures',
    {
      schema: {
        tags,
        summary: 'Events a consumer could not apply and skipped, newest first (the import problems view)',
        querystring: paginationQuery,
        response: {
          200: listSchema(
            z.object({
              object: z.literal('consumer_failure'),
              id: z.string().describe('consumer:event id; the page cursor.'),
              consumer: z.string().describe('The step that failed: orders, loyalty, analytics…'),
              event_id: z.string(),
              event_type: z.string().nullable(),
              event_name: z.string().nullable().describe('The track event’s name, e.g. Order Completed.'),
              error: z.string().describe('What the consumer reported, for developers.'),
              failed_at: z.string(),
            }),
          ),
        },
      },
    },
    async (request) => listConsumerFailures(ctx.db, principal(request).workspaceId, request.query),
  );
};
