import type { FastifyRequest } from 'fastify';
import { RetainError } from '../core/errors.js';

/** Who a request acts as, once its key (or the dashboard's session) is checked. */
export interface Principal {
  workspaceId: string;
  keyId: string;
  kind: 'secret' | 'publishable';
}

/** The principal of an authenticated route; routes marked auth 'none' have none. */
export function principal(request: FastifyRequest): Principal {
  if (!request.principal) throw new RetainError('api_key_missing', 'This endpoint needs an API key.');
  return request.principal;
}
