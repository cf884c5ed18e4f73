import type { ErrorCatalog } from '../../core/errors.js';

/** Dashboard accounts, sessions and invitations. */
export const userErrors = {
  credentials_invalid: {
    type: 'authentication_error',
    meaning: 'No account has this email and password.',
    fix: 'Check the email and password; the owner can invite you again if you have none.',
  },
  session_invalid: {
    type: 'authentication_error',
    meaning: 'The session cookie names no live session.',
    fix: 'The session has expired or was signed out; sign in again.',
  },
  csrf_token_invalid: {
    type: 'permission_error',
    meaning: 'A request made with the session cookie lacks the session’s CSRF token.',
    fix: 'Send the session’s CSRF token (from /auth/me) in the X-Retain-CSRF header.',
  },
  role_forbidden: {
    type: 'permission_error',
    meaning: 'The role of the signed-in user or of the API key does not allow this.',
    fix: 'Your role (or the key’s) does not allow this; ask an owner or admin.',
  },
  owner_exists: {
    type: 'conflict_error',
    meaning: 'The workspace already has an owner account.',
    fix: 'The workspace already has an owner: sign in, or ask the owner for an invitation.',
  },
  setup_token_invalid: {
    type: 'permission_error',
    meaning: 'The owner’s sign-up lacks the setup token, or it is not the live one.',
    fix: 'Use the token the last `retain start` printed, or run `npx retain setup-token` for a new one.',
  },
  email_taken: {
    type: 'conflict_error',
    meaning: 'An account with this email exists.',
    fix: 'Use another email, or sign in with this one.',
  },
  invitation_invalid: {
    type: 'not_found_error',
    meaning: 'The invitation token names no open invitation.',
    fix: 'The invitation was used, revoked or has expired; ask for a new one.',
  },
  password_incorrect: {
    type: 'permission_error',
    meaning: 'The current password given with a password change is not the account’s.',
    fix: 'Enter the password you sign in with now; if you forgot it, ask an owner for a reset link.',
  },
  password_reset_invalid: {
    type: 'not_found_error',
    meaning: 'The reset token names no live password reset.',
    fix: 'The reset link was used or has expired; ask an owner for a new one.',
  },
  last_owner: {
    type: 'business_rule_error',
    meaning: 'The change would leave the workspace without an owner.',
    fix: 'Make another user an owner first: a workspace always keeps one.',
  },
} satisfies ErrorCatalog;
