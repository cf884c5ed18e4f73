import type { FastifyRequest, FastifyServerOptions } from 'fastify';
import { idPrefixes } from '../core/ids.js';

// Paths and query strings carry what shops send: emails and phone numbers as userIds, `?email=`.
// A log line keeps retain's own ids, which name no one outside retain, and drops the rest.
const retainId = new RegExp(`^(${Object.values(idPrefixes).join('|')})_[0-9A-Z]{26}$`);
const plainWord = /^[A-Za-z][A-Za-z0-9_-]*$/;
const redacted = '[redacted]';

const keptParam = (value: unknown) => (typeof value === 'string' && retainId.test(value) ? value : redacted);

/** A path no route matched: its plain words and retain ids, without the query. */
function unroutedPath(url: string): string {
  const path = url.split('?', 1)[0]!;
  return path
    .split('/')
    .map((segment) => (segment === '' || plainWord.test(segment) ? segment : keptParam(segment)))
    .join('/');
}

/**
 * The route's pattern with only retain ids filled in (`/v1/customers/cus_…`, else `[redacted]`); a
 * catch-all's tail (the dashboard's `/*`) as a path no route matched.
 */
function loggedPath(request: FastifyRequest): string {
  const pattern = request.routeOptions.url;
  if (!pattern) return unroutedPath(request.url);
  const params = (request.params ?? {}) as Record<string, unknown>;
  return pattern
    .replace(/:(\w+)/g, (_, name: string) => keptParam(params[name]))
    .replace(/\*$/, () => unroutedPath(String(params['*'] ?? '')));
}

function requestLogEntry(request: FastifyRequest) {
  return { method: request.method, url: loggedPath(request), remoteAddress: request.ip };
}

/** The server's logger options with the request serializer that keeps people out of the log. */
export function withRequestRedaction(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger) return false;
  const options = logger === true ? {} : logger;
  return { ...options, serializers: { ...options.serializers, req: requestLogEntry } };
}
