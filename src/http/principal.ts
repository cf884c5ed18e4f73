import type { FastifyRequest } from 'fastify';
import { RetainError } from '../core/errors.js';

/** The rights a session or key acts with, most first: each role can do all that those after it can. */
export const roles = ['owner', 'admin', 'analyst'] as const;
export type Role = (typeof roles)[number];

export function roleAtLeast(role: Role, least: Role): boolean {
  return roles.indexOf(role) <= roles.indexOf(least);
}

/** Who a request acts as, once its key (or the dashboard's session) is checked. */
export interface Principal {
  workspaceId: string;
  keyId: string;
  kind: 'secret' | 'publishable';
  /** A session's user's role, or the role a key was made with (at most its creator's). */
  role: Role;
  /** The signed-in user, or the user who made the key; null for keys the operator made on the machine. */
  userId: string | null;
  /** Made with the dashboard's session cookie: a person, not a key, is acting. */
  session: boolean;
}

/** The principal of an authenticated route; routes marked auth 'none' have none. */
export function principal(request: FastifyRequest): Principal {
  if (!request.principal) throw new RetainError('api_key_missing', 'This endpoint needs an API key.');
  return request.principal;
}
