import { registerErrors } from '../../core/errors.js';

// Loyalty's own error codes, added to the one catalog (core/errors.ts) when the module loads.
registerErrors({
  insufficient_points: {
    status: 422,
    type: 'business_rule_error',
    fix: 'The customer does not have enough posted points; check GET /v1/customers/{id}/loyalty.',
  },
  insufficient_store_credit: {
    status: 422,
    type: 'business_rule_error',
    fix: 'The customer does not have enough store credit; check GET /v1/customers/{id}/loyalty.',
  },
  spend_already_returned: {
    status: 409,
    type: 'conflict_error',
    fix: 'These points were already returned; a spend can be returned once.',
  },
  ledger_invariant_violated: {
    status: 500,
    type: 'api_error',
    fix: 'The points ledger disagrees with its cached balances: run `retain doctor` and report it.',
  },
});
