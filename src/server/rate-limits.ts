import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RetainError } from '../core/errors.js';
import { apiRequestsPerWindowMax, ingestionRequestsPerWindowMax, rateLimitWindowMs } from '../core/limits.js';
import { countRequest } from '../modules/auth/index.js';
import type { AppContext } from '../http/context.js';

/** Requests per window for each budget; a key's ingestion and its other calls count apart. */
export interface RateLimits {
  ingestion: number;
  api: number;
}

export const rateLimits: RateLimits = {
  ingestion: ingestionRequestsPerWindowMax,
  api: apiRequestsPerWindowMax,
};

type Budget = keyof RateLimits;

interface Bucket {
  budget: Budget;
  name: string;
}

/**
 * Whose budget a request spends: its key's, or its address's on routes without one. Null while an
 * ingestion request's key is still in its body, not yet read.
 */
function bucketOf(request: FastifyRequest): Bucket | null {
  const config = request.routeOptions.config;
  const budget: Budget = config.budget ?? 'api';
  if (request.principal) return { budget, name: `${budget}:key:${request.principal.keyId}` };
  if (config.basicAuth) return null;
  return { budget, name: `${budget}:ip:${request.ip}` };
}

function refusal(limits: RateLimits, budget: Budget, retryAfterSeconds: number): RetainError {
  return new RetainError(
    'rate_limited',
    `Over the budget of ${limits[budget]} ${budget} requests per ${rateLimitWindowMs / 1_000} s; ` +
      `retry in ${retryAfterSeconds} s.`,
  );
}

async function spend(ctx: AppContext, limits: RateLimits, bucket: Bucket, reply: FastifyReply) {
  const now = ctx.clock.now();
  const count = await countRequest(ctx.db, bucket.name, now, rateLimitWindowMs);
  if (count.requests <= limits[bucket.budget]) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((count.resetsAt.getTime() - now.getTime()) / 1_000));
  reply.header('retry-after', String(retryAfterSeconds));
  throw refusal(limits, bucket.budget, retryAfterSeconds);
}

/**
 * Counts every request against its budget before its body is read, or, for an ingestion request
 * whose key is in the body, once it is: a request is counted once.
 */
export function registerRateLimits(app: FastifyInstance, ctx: AppContext, limits: RateLimits): void {
  const counted = new WeakSet<FastifyRequest>();
  const check = async (request: FastifyRequest, reply: FastifyReply) => {
    const bucket = bucketOf(request);
    if (!bucket || counted.has(request)) return;
    counted.add(request);
    await spend(ctx, limits, bucket, reply);
  };
  app.addHook('preParsing', async (request, reply, payload) => {
    await check(request, reply);
    return payload;
  });
  app.addHook('preHandler', check);
}
