import crypto from 'node:crypto';
import type { FastifyContextConfig, FastifyInstance, FastifyRequest } from 'fastify';
import { RetainError } from '../core/errors.js';
import { authenticateApiKey } from '../modules/auth/index.js';
import type { AppContext } from '../http/context.js';
import { roleAtLeast, type Principal, type Role } from '../http/principal.js';
import {
  authenticateSession,
  csrfHeaderName,
  dashboardUserRole,
  sessionTokenOf,
} from '../modules/users/index.js';

function bearerToken(header: string): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1]! : null;
}

/** A key sent bare, `Authorization: sk_…`: the prefix, to say how to send it (never the key). */
function bareKeyPrefix(header: string): string | null {
  return /^\s*(sk|pk)_\S+\s*$/.exec(header)?.[1] ?? null;
}

/** Segment sends `Basic base64("<writeKey>:")`: the key is the user, the password empty. */
function basicUser(header: string): string | null {
  const match = /^Basic\s+(\S+)$/i.exec(header);
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const user = decoded.split(':')[0];
  return user ? user : null;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

async function principalOf(request: FastifyRequest, ctx: AppContext): Promise<Principal> {
  const config = request.routeOptions.config;
  const header = request.headers.authorization ?? '';
  const key = bearerToken(header) ?? (config.basicAuth ? basicUser(header) : null);
  const bare = key ? null : bareKeyPrefix(header);
  if (bare) {
    throw new RetainError(
      'authorization_scheme_missing',
      `The Authorization header has the key but not its scheme: add "Bearer " before it, as in \`Authorization: Bearer ${bare}_…\`.`,
    );
  }
  if (!key) {
    // The dashboard calls /v1 with its session cookie instead of a key (CSRF and role checked).
    const sessionToken = sessionTokenOf(request.headers.cookie);
    if (sessionToken) {
      const csrfToken = request.headers[csrfHeaderName];
      return authenticateSession(
        ctx.db,
        {
          token: sessionToken,
          csrfToken: typeof csrfToken === 'string' ? csrfToken : null,
          method: request.method,
        },
        ctx.clock.now(),
      );
    }
    throw new RetainError('api_key_missing', 'No API key: send `Authorization: Bearer sk_…`.');
  }
  if (ctx.adminToken && ctx.defaultWorkspaceId && sameSecret(key, ctx.adminToken)) {
    return {
      workspaceId: ctx.defaultWorkspaceId,
      keyId: 'local_admin',
      kind: 'secret',
      role: 'owner',
      userId: null,
      session: false,
    };
  }
  const principal = await authenticateApiKey(ctx.db, key, dashboardUserRole);
  if (!principal) throw new RetainError('api_key_invalid', 'The API key is not valid or has been revoked.');
  if (principal.kind === 'publishable' && config.auth !== 'public') {
    throw new RetainError('secret_key_required', 'This endpoint needs a secret key (sk_…).');
  }
  return principal;
}

const changingMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A route's own `minRole`, else analyst to read and admin to change anything. */
export function requiredRole(config: FastifyContextConfig | undefined, method: string): Role {
  return config?.minRole ?? (changingMethods.has(method) ? 'admin' : 'analyst');
}

/** The one place a route's `minRole` and `sessionOnly` are enforced, for sessions and keys alike. */
function authorize(principal: Principal, config: FastifyContextConfig, method: string): void {
  if (config.sessionOnly && !principal.session) {
    throw new RetainError('session_required', 'Only a signed-in owner can do this, never an API key.');
  }
  const least = requiredRole(config, method);
  if (!roleAtLeast(principal.role, least)) {
    throw new RetainError(
      'role_forbidden',
      `This needs the ${least} role; this ${principal.session ? 'user' : 'key'} is ${principal.role}.`,
    );
  }
}

/** A route's own `auth`, else 'secret' under /v1 and 'none' elsewhere. */
export function routeAuth(
  config: FastifyContextConfig | undefined,
  url: string,
): FastifyContextConfig['auth'] {
  return config?.auth ?? (url.startsWith('/v1/') ? 'secret' : 'none');
}

/** The request's principal, once its key or session may call the route. */
export async function authenticate(request: FastifyRequest, ctx: AppContext): Promise<Principal> {
  const principal = await principalOf(request, ctx);
  authorize(principal, request.routeOptions.config, request.method);
  return principal;
}

export function registerAuth(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('idempotencyKey', null);
  app.addHook('onRequest', async (request) => {
    const config = request.routeOptions.config;
    if (routeAuth(config, request.url) === 'none' || !request.routeOptions.url) return;
    // Without the header a Segment client's key is in the body: ingestion authenticates once it is read.
    if (config.basicAuth && !request.headers.authorization) return;
    request.principal = await authenticate(request, ctx);
  });
}
