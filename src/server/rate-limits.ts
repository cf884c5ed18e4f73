import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RetainError } from '../core/errors.js';
import {
  apiRequestsPerWindowMax,
  ingestionRequestsPerWindowMax,
  publishableRequestsPerAddressPerWindowMax,
  rateLimitWindowMs,
  signInAttemptsPerMinuteMax,
} from '../core/limits.js';
import { minuteMs } from '../core/time.js';
import { countRequest } from '../modules/auth/index.js';
import type { AppContext } from '../http/context.js';

/**
 * Requests per window for each budget; a key's ingestion and its other calls count apart, and a
 * publishable key's requests count per client address. Sign-in attempts count per client address
 * per minute.
 */
export interface RateLimits {
  ingestion: number;
  api: number;
  publishable: number;
  signIn: number;
}

export const rateLimits: RateLimits = {
  ingestion: ingestionRequestsPerWindowMax,
  api: apiRequestsPerWindowMax,
  publishable: publishableRequestsPerAddressPerWindowMax,
  signIn: signInAttemptsPerMinuteMax,
};

type Budget = keyof RateLimits;

const windowMs = (budget: Budget) => (budget === 'signIn' ? minuteMs : rateLimitWindowMs);

interface Bucket {
  budget: Budget;
  name: string;
}

/**
 * Whose budget a request spends: its key's, or its address's on routes without one; a publishable
 * key's, the address's share of it (request.ip: the client a trusted proxy names, else the peer).
 * Null while an ingestion request's key is still in its body, not yet read.
 */
function bucketOf(request: FastifyRequest): Bucket | null {
  const config = request.routeOptions.config;
  const budget: Budget = config.budget ?? 'api';
  const principal = request.principal;
  // A password or token guessed from one address, whoever is signed in to ask.
  if (budget === 'signIn') return { budget, name: `signIn:ip:${request.ip}` };
  if (principal?.kind === 'publishable')
    return { budget: 'publishable', name: `publishable:key:${principal.keyId}:ip:${request.ip}` };
  if (principal) return { budget, name: `${budget}:key:${principal.keyId}` };
  if (config.basicAuth) return null;
  return { budget, name: `${budget}:ip:${request.ip}` };
}

function refusal(limits: RateLimits, budget: Budget, retryAfterSeconds: number): RetainError {
  if (budget === 'signIn') {
    return new RetainError(
      'rate_limited',
      `Too many attempts from this address: at most ${limits.signIn} a minute; retry in ${retryAfterSeconds} s.`,
    );
  }
  return new RetainError(
    'rate_limited',
    `Over the budget of ${limits[budget]} ${budget} requests per ${rateLimitWindowMs / 1_000} s; ` +
      `retry in ${retryAfterSeconds} s.`,
  );
}

async function spend(ctx: AppContext, limits: RateLimits, bucket: Bucket, reply: FastifyReply) {
  const now = ctx.clock.now();
  const count = await countRequest(ctx.db, bucket.name, now, windowMs(bucket.budget));
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
