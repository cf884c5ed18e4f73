import createClient from 'openapi-fetch';
import type { paths } from './schema.js';

/** The API's error shape, `{"error":{type,code,message,param}}`, as a thrown value. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly param?: string,
  ) {
    super(message);
  }

  /** The endpoint is not in this server yet (another module has not shipped it). */
  get missingRoute(): boolean {
    return this.code === 'route_not_found';
  }
}

// The session's CSRF token (from /auth/me or sign-in), sent with every mutating request.
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The API, typed by its OpenAPI document (schema.d.ts, `npm run api:types`). */
export const api = createClient<paths>({
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
});
api.use({
  onRequest: ({ request }) => {
    if (request.method !== 'GET' && csrfToken) request.headers.set('x-retain-csrf', csrfToken);
    return request;
  },
});

type ErrorBody = { error?: { code?: string; message?: string; param?: string } } | undefined;

/** An answer's body, or its error thrown as an ApiError. */
export async function bodyOf<Body>(
  call: Promise<{ data?: Body; error?: unknown; response: Response }>,
): Promise<Body> {
  const { data, error, response } = await call;
  if (response.ok) return data as Body;
  const body = (typeof error === 'object' && error !== null ? error : undefined) as ErrorBody;
  throw new ApiError(
    response.status,
    body?.error?.code ?? 'http_error',
    body?.error?.message ?? `HTTP ${response.status}`,
    body?.error?.param,
  );
}

type JsonOf<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : never;

/** The JSON body of an operation's success answer (200 or 201). */
export type Answer<Path extends keyof paths, Method extends keyof paths[Path]> = paths[Path][Method] extends {
  responses: infer Responses;
}
  ? Responses extends { 200: infer Ok }
    ? JsonOf<Ok>
    : Responses extends { 201: infer Created }
      ? JsonOf<Created>
      : never
  : never;
