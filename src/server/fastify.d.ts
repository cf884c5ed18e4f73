import 'fastify';
import type { Principal, Role } from '../http/principal.js';
import type { ErrorCode } from './error-catalog.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The workspace and key a request acts as; null on routes without auth. */
    principal: Principal | null;
    /** The client's Idempotency-Key, for domain functions that record it with their effects. */
    idempotencyKey: string | null;
  }
  interface FastifyContextConfig {
    /** 'secret' (default under /v1): sk_ keys only; 'public': pk_ keys too; 'none': no key. */
    auth?: 'secret' | 'public' | 'none';
    /** Segment clients send the write key as the Basic-auth user; ingestion accepts that too. */
    basicAuth?: boolean;
    /**
     * The rate limit a request spends (src/server/rate-limits.ts): 'api' unless it says otherwise;
     * 'signIn': attempts at a password or a token, per client address per minute.
     */
    budget?: 'ingestion' | 'api' | 'signIn';
    /**
     * Codes the route's own code answers beyond those every route of its kind can (a 404 for an id
     * in the body, a 422 on a read): the OpenAPI document declares their statuses.
     */
    errors?: readonly ErrorCode[];
    /**
     * Top-level fields of the answer that hold a secret (a new API key, an invitation token): the
     * answer an Idempotency-Key keeps for replays has them null, so no secret is stored.
     */
    secretFields?: readonly string[];
    /**
     * The least role a session or key needs here: by default analyst to read (GET), admin to change
     * anything. One hook (src/server/auth.ts) enforces it; users/README.md shows the matrix.
     */
    minRole?: Role;
    /** Only a signed-in person, never a key: changing who may do what. */
    sessionOnly?: true;
  }
}
