// One catalog of every error a client can see (Fastify's lib/errors.js shape): each code has its
// HTTP status, its Stripe-style type and a line on how to fix it. Domain code throws RetainError
// with a code; only the HTTP edge turns the code into a status and the `{error:{…}}` body.

export type ErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'permission_error'
  | 'not_found_error'
  | 'conflict_error'
  | 'business_rule_error'
  | 'rate_limit_error'
  | 'api_error';

interface CatalogEntry {
  status: number;
  type: ErrorType;
  fix: string;
}

export const errorCatalog = {
  parameter_invalid: { status: 400, type: 'invalid_request_error', fix: 'Correct the named parameter.' },
  parameter_missing: { status: 400, type: 'invalid_request_error', fix: 'Send the named parameter.' },
  body_invalid: { status: 400, type: 'invalid_request_error', fix: 'Send a JSON object body.' },
  url_invalid: {
    status: 400,
    type: 'invalid_request_error',
    fix: 'Percent-encode the path and query as UTF-8.',
  },
  url_too_long: {
    status: 414,
    type: 'invalid_request_error',
    fix: 'Shorten the path parameter: no id or userId is that long.',
  },
  event_too_large: {
    status: 400,
    type: 'invalid_request_error',
    fix: 'Keep each event under 32 KB, as Segment does.',
  },
  batch_too_large: {
    status: 400,
    type: 'invalid_request_error',
    fix: 'Split the batch: at most 500 KB per request, as Segment does.',
  },
  payload_too_large: { status: 413, type: 'invalid_request_error', fix: 'Send a smaller request body.' },
  unsupported_media_type: { status: 415, type: 'invalid_request_error', fix: 'Send application/json.' },
  api_key_missing: {
    status: 401,
    type: 'authentication_error',
    fix: 'Send `Authorization: Bearer sk_…` (or the key as the Basic-auth user for ingestion).',
  },
  api_key_invalid: {
    status: 401,
    type: 'authentication_error',
    fix: 'Create a key with `retain keys create` and send it as a Bearer token.',
  },
  secret_key_required: {
    status: 403,
    type: 'permission_error',
    fix: 'This endpoint needs a secret key (sk_…); publishable keys reach public endpoints only.',
  },
  route_not_found: { status: 404, type: 'not_found_error', fix: 'Check the method and path against /docs.' },
  resource_missing: { status: 404, type: 'not_found_error', fix: 'Check the id.' },
  idempotency_key_reused: {
    status: 422,
    type: 'invalid_request_error',
    fix: 'Use a new Idempotency-Key for a request with a different body or path.',
  },
  idempotency_key_in_use: {
    status: 409,
    type: 'conflict_error',
    fix: 'A request with this Idempotency-Key is still being processed; retry shortly.',
  },
  currency_locked: {
    status: 422,
    type: 'business_rule_error',
    fix: 'The workspace currency can change only while there are no orders.',
  },
  data_directory_locked: {
    status: 409,
    type: 'conflict_error',
    fix: 'Another retain process holds this data directory; stop it or go through its server.',
  },
  not_ready: { status: 503, type: 'api_error', fix: 'Wait until the service is ready.' },
  internal_error: { status: 500, type: 'api_error', fix: 'Retry; if it persists, report it with the logs.' },
} satisfies Record<string, CatalogEntry>;

export type BaseErrorCode = keyof typeof errorCatalog;

const registered: Record<string, CatalogEntry> = { ...errorCatalog };

/** Modules add their own codes (e.g. `insufficient_points`) at import time. */
export function registerErrors(entries: Record<string, CatalogEntry>): void {
  for (const [code, entry] of Object.entries(entries)) {
    if (registered[code] && registered[code] !== entry)
      throw new Error(`error code ${code} registered twice`);
    registered[code] = entry;
  }
}

export function catalogEntry(code: string): CatalogEntry {
  return registered[code] ?? errorCatalog.internal_error;
}

export function catalogCodes(): string[] {
  return Object.keys(registered).sort();
}

export class RetainError extends Error {
  readonly code: string;
  readonly param: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: string,
    message: string,
    options: { param?: string; details?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = 'RetainError';
    this.code = code;
    this.param = options.param;
    this.details = options.details;
  }
}

/** `['batch', 2, 'event']` → `batch[2].event`, the way errors name parameters. */
export function paramOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, part) =>
      typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part),
    '',
  );
}

export function invalidParameter(param: string, message: string): RetainError {
  return new RetainError('parameter_invalid', message, { param });
}

export function notFound(what: string, id: string, param = 'id'): RetainError {
  return new RetainError('resource_missing', `No ${what} with id '${id}'.`, { param });
}
