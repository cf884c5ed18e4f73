import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { RetainError, catalogEntry, paramOf } from '../core/errors.js';

export interface ErrorBody {
  error: { type: string; code: string; message: string; param?: string };
}

export function errorBody(error: RetainError): ErrorBody {
  const { type } = catalogEntry(error.code);
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
export function paramName(instancePath: string): string {
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

export function toRetainError(error: unknown): RetainError | null {
  if (error instanceof RetainError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0]!;
    const where = (error as { validationContext?: string }).validationContext;
    const param =
      paramName(first.instancePath) ||
      (first.params as { missingProperty?: string }).missingProperty ||
      where;
    const message = param ? `${param}: ${first.message}` : (first.message ?? 'Invalid request.');
    return new RetainError('parameter_invalid', message, param ? { param } : {});
  }
  const fastifyError = error as FastifyError;
  const mapped = fastifyError.code ? fastifyCodes[fastifyError.code] : undefined;
  if (mapped) return mapped(fastifyError);
  if (fastifyError.statusCode === 400) return new RetainError('body_invalid', fastifyError.message);
  return null;
}

/** Answers any error in retain's shape: a known one with its status, anything else as a logged 500. */
function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const known = toRetainError(error);
  if (!known) request.log.error({ err: error }, 'unhandled error');
  const answer = known ?? new RetainError('internal_error', 'Something went wrong on our side.');
  return reply.status(catalogEntry(answer.code).status).send(errorBody(answer));
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => sendError(error, request, reply));
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send(
        errorBody(
          new RetainError('route_not_found', `No route ${request.method} ${request.url.split('?')[0]}.`),
        ),
      ),
  );
}

/**
 * Errors Fastify meets while routing (a URL that is not valid percent-encoded UTF-8, a path
 * parameter over the limit), in the same shape as every other error rather than Fastify's own.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  void sendError(error, request, reply);
}
