import type { ErrorCatalog } from '../../core/errors.js';

/** The points ledger and store credit (rewards and challenges keep catalogs of their own). */
export const loyaltyErrors = {
  insufficient_points: {
    type: 'business_rule_error',
    meaning: 'The customer has fewer posted points than the spend or debit takes.',
    fix: 'The customer does not have enough posted points; check GET /v1/customers/{id}/loyalty.',
  },
  insufficient_store_credit: {
    type: 'business_rule_error',
    meaning: 'The customer has less store credit than the debit takes.',
    fix: 'The customer does not have enough store credit; check GET /v1/customers/{id}/loyalty.',
  },
  spend_already_returned: {
    type: 'conflict_error',
    meaning: 'The points of this spend were already given back.',
    fix: 'These points were already returned; a spend can be returned once.',
  },
} satisfies ErrorCatalog;
