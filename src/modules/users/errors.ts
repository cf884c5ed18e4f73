import { registerErrors } from '../../core/errors.js';

registerErrors({
  rate_limited: {
    status: 429,
    type: 'rate_limit_error',
    fix: 'Wait for the time the Retry-After header gives, then try again.',
  },
  credentials_invalid: {
    status: 401,
    type: 'authentication_error',
    fix: 'Check the email and password; the owner can invite you again if you have none.',
  },
  session_invalid: {
    status: 401,
    type: 'authentication_error',
    fix: 'The session has expired or was signed out; sign in again.',
  },
  csrf_token_invalid: {
    status: 403,
    type: 'permission_error',
    fix: 'Send the session’s CSRF token (from /auth/me) in the X-Retain-CSRF header.',
  },
  role_forbidden: {
    status: 403,
    type: 'permission_error',
    fix: 'Your role does not allow this; ask an owner or admin.',
  },
  owner_exists: {
    status: 409,
    type: 'conflict_error',
    fix: 'The workspace already has an owner: sign in, or ask the owner for an invitation.',
  },
  email_taken: { status: 409, type: 'conflict_error', fix: 'Use another email, or sign in with this one.' },
  invitation_invalid: {
    status: 404,
    type: 'not_found_error',
    fix: 'The invitation was used, revoked or has expired; ask for a new one.',
  },
  last_owner: {
    status: 422,
    type: 'business_rule_error',
    fix: 'Make another user an owner first: a workspace always keeps one.',
  },
});
