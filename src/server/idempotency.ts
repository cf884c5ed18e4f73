import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { invalidParameter } from '../core/errors.js';
import { idempotencyKeyLengthMax } from '../core/limits.js';
import { claimIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey } from '../modules/auth/index.js';
import type { AppContext } from '../http/context.js';

const mutatingMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function fingerprint(method: string, url: string, body: unknown): string {
  return crypto
    .createHash('sha256')
    .update(
      `${method} ${url}\n${body === undefined ? '' : Buffer.isBuffer(body) ? body : JSON.stringify(body)}`,
    )
    .digest('hex');
}

/** The answer as kept for replays: the route's secret fields null (the first answer alone shows them). */
function withoutSecrets(body: unknown, secretFields: readonly string[]): unknown {
  if (secretFields.length === 0 || typeof body !== 'object' || body === null) return body;
  return { ...body, ...Object.fromEntries(secretFields.map((field) => [field, null])) };
}

/**
 * `Idempotency-Key` on every mutating call: the first answer is stored and replayed for a retry
 * with the same request; a retry with a different request is refused (Stripe's contract).
 */
export function registerIdempotency(app: FastifyInstance, ctx: AppContext): void {
  app.addHook('preHandler', async (request, reply) => {
    const header = request.headers['idempotency-key'];
    if (!mutatingMethods.has(request.method) || header === undefined || !request.principal) return;
    const key = Array.isArray(header) ? header[0]! : header;
    if (!key || key.length > idempotencyKeyLengthMax) {
      throw invalidParameter(
        'Idempotency-Key',
        `Idempotency-Key must be 1–${idempotencyKeyLengthMax} characters.`,
      );
    }
    const claim = await claimIdempotencyKey(
      ctx.db,
      request.principal.workspaceId,
      key,
      fingerprint(request.method, request.url, request.body),
      ctx.clock.now(),
    );
    if (claim.outcome === 'replay') {
      reply.header('idempotent-replayed', 'true');
      return reply.status(claim.status).send(claim.body);
    }
    request.idempotencyKey = key;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.idempotencyKey || !request.principal) return payload;
    const { workspaceId } = request.principal;
    if (reply.statusCode >= 500) {
      await releaseIdempotencyKey(ctx.db, workspaceId, request.idempotencyKey);
      return payload;
    }
    const body = typeof payload === 'string' && payload ? (JSON.parse(payload) as unknown) : null;
    const kept = withoutSecrets(body, request.routeOptions.config.secretFields ?? []);
    await completeIdempotencyKey(ctx.db, workspaceId, request.idempotencyKey, reply.statusCode, kept);
    return payload;
  });
}
