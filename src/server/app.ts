import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { pathParamLengthMax, requestBodyBytesMax } from '../core/limits.js';
import type { AppContext } from '../http/context.js';
import { frameworkErrors, registerErrorHandling } from './errors.js';
import { errorComponents, withErrorResponses } from './error-responses.js';
import { exactSerializerCompiler } from './exact-responses.js';
import { registerAuth } from './auth.js';
import { registerIdempotency } from './idempotency.js';
import { registerHealth } from './health.js';
import { registerStorableText } from './storable-text.js';
import { routeModules } from './routes.js';
import { registerDashboard } from './dashboard.js';
import {
  connectionLimits,
  registerConnectionLimits,
  serverTimeouts,
  type ConnectionLimits,
} from './connections.js';
import { rateLimits, registerRateLimits, type RateLimits } from './rate-limits.js';
import { withRequestRedaction } from './request-log.js';

export interface BuildAppOptions {
  logger?: FastifyServerOptions['logger'];
  /** Tests build the app strict: a code missing from the catalog or a broken invariant fails loudly. */
  strictCatalog?: boolean;
  /** Tests build it exact too: a response schema that would drop or change a field fails the request. */
  exactResponses?: boolean;
  /** Tests shorten them to see a stalled connection dropped. */
  connections?: ConnectionLimits;
  /** false: no limit (tests, whose bursts no client sends, unless a test sets its own). */
  rateLimits?: RateLimits | false;
  /** Addresses and CIDRs of the reverse proxies whose X-Forwarded-For names the client. */
  trustedProxies?: readonly string[];
}

/** Builds the HTTP app around a context; it never listens (tests use `inject`). */
export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const errorHandling = { strictCatalog: options.strictCatalog ?? false };
  const connections = options.connections ?? connectionLimits;
  const limits = options.rateLimits ?? rateLimits;
  const app = Fastify({
    logger: withRequestRedaction(options.logger),
    bodyLimit: requestBodyBytesMax,
    ajv: { customOptions: { coerceTypes: false } },
    frameworkErrors: frameworkErrors(errorHandling),
    routerOptions: { maxParamLength: pathParamLengthMax },
    // Without a trusted proxy, X-Forwarded-For is anyone's to write: request.ip stays the peer's.
    trustProxy: options.trustedProxies?.length ? [...options.trustedProxies] : false,
    ...serverTimeouts(connections),
  });
  registerConnectionLimits(app, connections);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(options.exactResponses ? exactSerializerCompiler : serializerCompiler);
  registerErrorHandling(app, errorHandling);
  registerStorableText(app);
  registerAuth(app, ctx);
  if (limits) registerRateLimits(app, ctx, limits);
  registerIdempotency(app, ctx);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'retain API',
        version: '1',
        description:
          'Customer retention: Segment-compatible ingestion, customers and orders, loyalty, analytics. ' +
          'Authenticate with `Authorization: Bearer sk_…`. Errors are `{"error":{"type","code","message","param"}}`; ' +
          'docs/errors.md lists every code with its status and how to fix it. ' +
          'Every mutating call accepts an `Idempotency-Key` header.',
      },
      components: {
        schemas: errorComponents,
        securitySchemes: {
          secretKey: { type: 'http', scheme: 'bearer', description: 'A secret key, sk_…' },
          writeKey: {
            type: 'http',
            scheme: 'basic',
            description: 'Segment-style write key as the Basic user',
          },
        },
      },
      security: [{ secretKey: [] }],
    },
    transform: withErrorResponses,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/v1/openapi.json', { config: { auth: 'none' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  registerHealth(app, ctx);
  for (const register of routeModules) await app.register(register, ctx);
  await registerDashboard(app);
  return app;
}
