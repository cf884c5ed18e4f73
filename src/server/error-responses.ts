import type { OpenAPIV3_2, SwaggerTransform } from '@fastify/swagger';
import type { FastifySchema, RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requiredRole, routeAuth } from './auth.js';
import { catalogEntry, statusOf } from './error-catalog.js';
import { errorResponse } from './schemas.js';
import { withExamples } from './openapi-examples.js';

// The error responses of the OpenAPI document. They are added to the document only (the swagger
// transform), not to the routes' schemas: a route's runtime schema stays its own.

type SchemaObject = NonNullable<NonNullable<OpenAPIV3_2.Document['components']>['schemas']>[string];

// zod types a schema's `type` as any string; OpenAPI's types name the JSON Schema types.
const { $schema: _, ...errorSchema } = z.toJSONSchema(errorResponse, { io: 'output' }) as SchemaObject;

/** The `Error` component every error response refers to. */
export const errorComponents: Record<string, SchemaObject> = { Error: errorSchema };

const descriptions: Record<number, string> = {
  400: 'Invalid request: a parameter, the body or the URL (invalid_request_error).',
  401: 'No valid API key or session (authentication_error).',
  403: 'The key or the signed-in user may not do this (permission_error).',
  404: 'The resource the request names does not exist (not_found_error).',
  409: 'The request conflicts with the current state, e.g. an Idempotency-Key still in use (conflict_error).',
  413: 'The body is over the size limit.',
  414: 'A path parameter is too long.',
  415: 'The body’s Content-Type or Content-Encoding is not read here.',
  422: 'A business rule refused the request, or the Idempotency-Key was used with another request.',
  429: 'Too many requests; retry after the time the Retry-After header gives (rate_limit_error).',
  500: 'A bug on retain’s side (api_error).',
};

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * What any route of this kind can answer, from its auth, method, path and body. Every route can
 * answer 400: a query parameter holding text PostgreSQL cannot store is refused on all of them.
 */
function kindStatuses(route: RouteOptions): number[] {
  const schema: FastifySchema = route.schema ?? {};
  const config = route.config ?? {};
  const writes = [route.method].flat().some((method) => writeMethods.has(method));
  const authenticated = routeAuth(config, route.url) !== 'none' || config.basicAuth === true;
  const idempotent = writes && authenticated;
  return [
    400,
    ...(authenticated ? [401, 403] : []),
    // A path parameter: an id that names nothing, or one longer than any id can be.
    ...(route.url.includes(':') ? [404, 414] : []),
    // Idempotency-Key: 409 while its first request runs, 422 when reused with another request.
    ...(idempotent ? [409, 422] : []),
    ...(schema.body ? [413, 415] : []),
    // Every request spends a rate limit (src/server/rate-limits.ts); sign-ins also their own.
    429,
  ];
}

function declaredStatuses(route: RouteOptions): number[] {
  return (route.config?.errors ?? []).map((code) => {
    const entry = catalogEntry(code);
    if (!entry) throw new Error(`${route.url} declares error code ${code}, which no catalog lists.`);
    return statusOf(entry);
  });
}

function errorResponses(route: RouteOptions): Record<number, unknown> {
  const statuses = [...new Set([...kindStatuses(route), ...declaredStatuses(route)])].sort((a, b) => a - b);
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: descriptions[status], $ref: '#/components/schemas/Error' },
    ]),
  );
}

/** Who may call an authenticated route, for clients and for the test that walks the role matrix. */
function access(route: RouteOptions): Record<string, unknown> {
  const config = route.config ?? {};
  if (routeAuth(config, route.url) === 'none') return {};
  return {
    'x-retain-role': requiredRole(config, [route.method].flat()[0]!),
    ...(config.sessionOnly ? { 'x-retain-session-only': true } : {}),
  };
}

/**
 * The zod transform, then examples of the body and the success answers, the route's error
 * responses beside its success ones, and its access.
 */
export const withErrorResponses: SwaggerTransform = (document) => {
  const { url, ...transformed } = jsonSchemaTransform(document);
  const schema: FastifySchema & { hide?: boolean } = transformed.schema ?? {};
  if (schema.hide) return { schema, url };
  const exemplified = withExamples(schema, document.schema, `${[document.route.method].flat()[0]} ${url}`);
  const successes = (exemplified.response ?? {}) as Record<number, unknown>;
  const response = { ...successes, ...errorResponses(document.route) };
  return { schema: { ...exemplified, response, ...access(document.route) }, url };
};
