import type { ErrorCatalog } from '../../core/errors.js';

/** API keys and Idempotency-Key records, both kept by this module. */
export const authErrors = {
  api_key_missing: {
    type: 'authentication_error',
    meaning: 'The request carries no API key (nor a dashboard session).',
    fix: 'Send `Authorization: Bearer sk_…` (or the key as the Basic-auth user for ingestion).',
  },
  authorization_scheme_missing: {
    type: 'authentication_error',
    meaning: 'The Authorization header holds a key (sk_… or pk_…) without the word Bearer before it.',
    fix: 'Add `Bearer ` before the key: `Authorization: Bearer sk_…`.',
  },
  api_key_invalid: {
    type: 'authentication_error',
    meaning:
      'The API key is unknown or revoked, or the user who made it was removed or now has less than its role.',
    fix: 'Create a key with `retain keys create` (or in the dashboard) and send it as a Bearer token.',
  },
  secret_key_required: {
    type: 'permission_error',
    meaning: 'A publishable key (pk_…) was sent to an endpoint that needs a secret key.',
    fix: 'This endpoint needs a secret key (sk_…); publishable keys reach public endpoints only.',
  },
  session_required: {
    type: 'permission_error',
    meaning:
      'Only a signed-in person may do this (change roles, remove users, make an owner key), never a key.',
    fix: 'Sign in to the dashboard as an owner and do it there.',
  },
  idempotency_key_reused: {
    type: 'invalid_request_error',
    status: 422,
    meaning: 'This Idempotency-Key was first used with a different request (body, path or target).',
    fix: 'Use a new Idempotency-Key for a request with a different body or path.',
  },
  idempotency_key_in_use: {
    type: 'conflict_error',
    meaning: 'A request with this Idempotency-Key is still being processed.',
    fix: 'Retry shortly: the retry answers with the first request’s result.',
  },
} satisfies ErrorCatalog;
