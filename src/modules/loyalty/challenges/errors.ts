import type { ErrorCatalog } from '../../../core/errors.js';

export const challengeErrors = {
  challenges_limit_reached: {
    type: 'business_rule_error',
    meaning: 'The workspace has as many live challenges as it may.',
    fix: 'Archive a challenge (DELETE /v1/loyalty/challenges/{id}) before adding another.',
  },
} satisfies ErrorCatalog;
