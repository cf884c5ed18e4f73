import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RetainError } from '../../core/errors.js';
import { batchBytesMax, eventBytesMax, ingestFlushesInFlightMax } from '../../core/limits.js';
import type { AppContext } from '../../http/context.js';
import { principal } from '../../http/principal.js';
import { principalOf } from '../../server/auth.js';
import { eventRowWriter } from './event-writer.js';
import { ingestBatch, ingestMessage } from './ingest.js';
import { readJsonBody, type BodyLimit } from './request-body.js';
import { batchSchema, messageTypes, singleMessageSchemas } from './segment.js';
import { createWriteBuffer, type AppendToLog } from './write-buffer.js';

const success = z.object({ success: z.literal(true) });
const tags = ['ingestion'];
// The body is validated by the domain (sizes first, then the schema, naming the failing
// message); the route's schema is there for the OpenAPI document.
const documentedOnly = () => (value: unknown) => ({ value });
// Write keys are the Basic-auth user (Segment's libraries) or a Bearer secret key; auth 'none'
// hands authentication to this plugin's hooks, which also accept `writeKey` in the body.
// Ingestion has a rate limit of its own, far above the rest of the API's.
const config = { auth: 'none', basicAuth: true, budget: 'ingestion' } as const;

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

/** Checks a key in the header before the body is read; a body `writeKey` once it is parsed. */
function authenticateWriteKey(app: FastifyInstance, ctx: AppContext): void {
  app.addHook('onRequest', async (request) => {
    if (request.headers.authorization) request.principal = await principalOf(request, ctx);
  });
  app.addHook('preValidation', async (request) => {
    if (request.principal) return;
    const writeKey = (request.body as { writeKey?: unknown } | undefined)?.writeKey;
    // Segment allows the write key in the body when there is no Authorization header.
    if (typeof writeKey === 'string') request.headers.authorization = `Bearer ${writeKey}`;
    request.principal = await principalOf(request, ctx);
  });
}

function singleMessageRoutes(append: AppendToLog): FastifyPluginAsyncZod<AppContext> {
  return async (app, ctx) => {
    acceptAnyJson(app, {
      bytesMax: eventBytesMax,
      tooLarge: () => new RetainError('event_too_large', `The event is over ${eventBytesMax / 1024} KB.`),
    });
    authenticateWriteKey(app, ctx);
    for (const type of messageTypes) {
      app.post(
        `/v1/${type}`,
        {
          config,
          validatorCompiler: documentedOnly,
          schema: {
            tags,
            summary: `Segment ${type} call`,
            body: singleMessageSchemas[type],
            response: { 200: success },
          },
        },
        async (request) => {
          await ingestMessage(append, principal(request).workspaceId, type, request.body, ctx.clock.now());
          ctx.wakeConsumers();
          return { success: true as const };
        },
      );
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
    app.post(
      '/v1/batch',
      {
        config,
        validatorCompiler: documentedOnly,
        schema: {
          tags,
          summary: 'Segment batch: all messages are stored, or none',
          body: batchSchema,
          response: { 200: success },
        },
      },
      async (request) => {
        await ingestBatch(append, principal(request).workspaceId, request.body, ctx.clock.now());
        ctx.wakeConsumers();
        return { success: true as const };
      },
    );
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
};
