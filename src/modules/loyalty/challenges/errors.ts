import { registerErrors } from '../../../core/errors.js';

registerErrors({
  challenges_limit_reached: {
    status: 422,
    type: 'business_rule_error',
    fix: 'Archive a challenge (DELETE /v1/loyalty/challenges/{id}) before adding another.',
  },
});
