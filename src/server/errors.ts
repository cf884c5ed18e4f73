import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifyServerOptions,
} from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { InvariantViolation } from '../core/assert.js';
import { RetainError, commonErrors, paramOf, type CatalogEntry } from '../core/errors.js';
import { catalogEntry, statusOf } from './error-catalog.js';
import { validationMessage } from '../core/validation-messages.js';

interface ErrorBody {
  error: { type: string; code: string; message: string; param?: string };
}

export interface ErrorHandlingOptions {
  /**
   * Tests set it: a bug the edge can see (a code no catalog lists, a broken invariant) then fails
   * the request loudly instead of answering 500 in the error shape.
   */
  strictCatalog?: boolean;
}

function errorBody(error: RetainError, { type }: CatalogEntry): ErrorBody {
  return {
    error: {
      type,
      code: error.code,
      message: error.message,
      ...(error.param !== undefined ? { param: error.param } : {}),
    },
  };
}

/** `/batch/3/userId` → `batch[3].userId`, the way Stripe names nested parameters. */
function paramName(instancePath: string): string {
  const parts = instancePath.split('/').filter(Boolean);
  return paramOf(parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part)));
}

const fastifyCodes: Record<string, (error: FastifyError) => RetainError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () => new RetainError('payload_too_large', 'The request body is too large.'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: (e) => new RetainError('unsupported_media_type', e.message),
  FST_ERR_CTP_INVALID_JSON_BODY: () => new RetainError('body_invalid', 'The body is not valid JSON.'),
  FST_ERR_BAD_URL: (e) => new RetainError('url_invalid', `${e.message}.`),
  FST_ERR_MAX_PARAM_LENGTH: () => new RetainError('url_too_long', 'A path parameter is too long.'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () =>
    new RetainError('body_invalid', 'The body is empty; send a JSON object.'),
};

function toRetainError(error: unknown): RetainError | null {
  if (error instanceof RetainError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0]!;
    const where = (error as { validationContext?: string }).validationContext;
    const param =
      paramName(first.instancePath) ||
      (first.params as { missingProperty?: string }).missingProperty ||
      where;
    return new RetainError(
      'parameter_invalid',
      validationMessage(param ?? '', first),
      param ? { param } : {},
    );
  }
  const fastifyError = error as FastifyError;
  const mapped = fastifyError.code ? fastifyCodes[fastifyError.code] : undefined;
  if (mapped) return mapped(fastifyError);
  if (fastifyError.statusCode === 400) return new RetainError('body_invalid', fastifyError.message);
  return null;
}

const internalError = () => new RetainError('internal_error', 'Something went wrong on our side.');

/** The error with its catalog entry; a code no catalog lists is a bug, answered as a logged 500. */
function catalogued(
  error: RetainError,
  request: FastifyRequest,
  options: ErrorHandlingOptions,
): { error: RetainError; entry: CatalogEntry } {
  const entry = catalogEntry(error.code);
  if (entry) return { error, entry };
  const bug = new Error(`Error code '${error.code}' is in no catalog (src/server/error-catalog.ts).`, {
    cause: error,
  });
  if (options.strictCatalog) throw bug;
  request.log.error({ err: bug }, 'bug: an error code is missing from the catalog');
  return { error: internalError(), entry: commonErrors.internal_error };
}

/** A broken invariant is a bug, never a business error: it answers as any bug does, a 500. */
function invariantViolated(
  violation: InvariantViolation,
  request: FastifyRequest,
  options: ErrorHandlingOptions,
): RetainError {
  request.log.error({ err: violation }, 'bug: invariant violated');
  if (options.strictCatalog) throw violation;
  return internalError();
}

/** Answers any error in retain's shape: a known one with its status, anything else as a logged 500. */
function sendError(
  thrown: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
  options: ErrorHandlingOptions,
): FastifyReply {
  const known =
    thrown instanceof InvariantViolation
      ? invariantViolated(thrown, request, options)
      : toRetainError(thrown);
  if (!known) request.log.error({ err: thrown }, 'unhandled error');
  const { error, entry } = catalogued(known ?? internalError(), request, options);
  return reply.status(statusOf(entry)).send(errorBody(error, entry));
}

export function registerErrorHandling(app: FastifyInstance, options: ErrorHandlingOptions = {}): void {
  app.setErrorHandler((error, request, reply) => sendError(error, request, reply, options));
  app.setNotFoundHandler((request, reply) =>
    sendError(
      new RetainError('route_not_found', `No route ${request.method} ${request.url.split('?')[0]}.`),
      request,
      reply,
      options,
    ),
  );
}

/**
 * Errors Fastify meets while routing (a URL that is not valid percent-encoded UTF-8, a path
 * parameter over the limit), in the same shape as every other error rather than Fastify's own.
 */
export function frameworkErrors(options: ErrorHandlingOptions): FastifyServerOptions['frameworkErrors'] {
  return (error, request, reply) => void sendError(error, request, reply, options);
}
