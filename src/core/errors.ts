// Domain code throws RetainError with a code; each module lists its codes in a catalog of its own
// (src/server/error-catalog.ts gathers them), and only the HTTP edge turns a code into a status and
// the `{error:{…}}` body. Codes are literals at throw sites so a test can check them against the
// catalog (src/server/error-catalog.unit.test.ts).

export const errorTypes = [
  'invalid_request_error',
  'authentication_error',
  'permission_error',
  'not_found_error',
  'conflict_error',
  'business_rule_error',
  'rate_limit_error',
  'api_error',
] as const;

export type ErrorType = (typeof errorTypes)[number];

/** One code as docs/errors.md shows it (Fastify's lib/errors.js shape). */
export interface CatalogEntry {
  type: ErrorType;
  /** Only where HTTP has a more exact status than the type's (413, 414, 415). */
  status?: number;
  /** What happened, for someone reading the code in a response. */
  meaning: string;
  /** What the caller can do about it. */
  fix: string;
}

export type ErrorCatalog = Record<string, CatalogEntry>;

/** Codes every layer throws through the helpers below, and the edge's answer to a bug. */
export const commonErrors = {
  parameter_invalid: {
    type: 'invalid_request_error',
    meaning: 'A parameter (path, query, header or body field) has a value retain does not accept.',
    fix: 'Correct the parameter that `param` names; `message` says what is wrong with it.',
  },
  parameter_missing: {
    type: 'invalid_request_error',
    meaning: 'A required parameter is absent.',
    fix: 'Send the parameter that `param` names.',
  },
  body_invalid: {
    type: 'invalid_request_error',
    meaning: 'The body is not the JSON object the endpoint reads (empty, malformed or not an object).',
    fix: 'Send a JSON object body.',
  },
  resource_missing: {
    type: 'not_found_error',
    meaning: 'No resource of this workspace has the id the request names.',
    fix: 'Check the id in the parameter that `param` names.',
  },
  internal_error: {
    type: 'api_error',
    meaning: 'Something went wrong on retain’s side; the request may not have been applied.',
    fix: 'Retry; if it persists, report it with the server’s logs.',
  },
} satisfies ErrorCatalog;

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
