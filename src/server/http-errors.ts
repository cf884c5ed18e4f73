import type { ErrorCatalog } from '../core/errors.js';

/** Codes of requests refused before any route's code runs: Fastify's own errors, in retain's shape. */
export const httpErrors = {
  url_invalid: {
    type: 'invalid_request_error',
    meaning: 'The path or query is not valid percent-encoded UTF-8.',
    fix: 'Percent-encode the path and query as UTF-8.',
  },
  url_too_long: {
    type: 'invalid_request_error',
    status: 414,
    meaning: 'A path parameter is longer than any id or userId can be.',
    fix: 'Shorten the path parameter: no id or userId is that long.',
  },
  payload_too_large: {
    type: 'invalid_request_error',
    status: 413,
    meaning: 'The request body is over the endpoint’s size limit.',
    fix: 'Send a smaller request body (split a CSV import into several files).',
  },
  unsupported_media_type: {
    type: 'invalid_request_error',
    status: 415,
    meaning: 'The endpoint does not read a body of this Content-Type.',
    fix: 'Send application/json (text/csv to POST /v1/imports).',
  },
  rate_limited: {
    type: 'rate_limit_error',
    meaning:
      'Too many requests: sign-in attempts from this address in the last minute, or requests with this ' +
      'API key (from this address without one; with a publishable key, from this address with it) in ' +
      'the last second, ingestion and the rest of the API counted apart.',
    fix: 'Wait for the time the Retry-After header gives, then try again; spread requests or batch events.',
  },
  route_not_found: {
    type: 'not_found_error',
    meaning: 'No endpoint has this method and path.',
    fix: 'Check the method and path against /docs.',
  },
} satisfies ErrorCatalog;
