import type { ErrorCatalog } from '../../core/errors.js';
import {
  earnRulesLiveMax,
  pointsBalanceMax,
  storeCreditBalanceMinorMax,
  tiersLiveMax,
} from '../../core/limits.js';

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
  store_credit_balance_limit_reached: {
    type: 'business_rule_error',
    meaning: `The credit would take the customer's store credit past ${storeCreditBalanceMinorMax} minor units, the most one balance may hold.`,
    fix: 'Debit some of the balance first (POST /v1/customers/{id}/store-credit/debits), or credit less.',
  },
  points_balance_limit_reached: {
    type: 'business_rule_error',
    meaning: `The points would take the customer's points, posted and pending, past ${pointsBalanceMax}, the most one balance may hold.`,
    fix: 'Nothing was posted. Take points away first (a negative adjustment or a redemption), or give fewer.',
  },
  earn_rules_limit_reached: {
    type: 'business_rule_error',
    meaning: `The workspace has ${earnRulesLiveMax} live earn rules, the most it may.`,
    fix: 'Archive an earn rule (DELETE /v1/loyalty/earn-rules/{id}) before adding another.',
  },
  tiers_limit_reached: {
    type: 'business_rule_error',
    meaning: `The workspace has ${tiersLiveMax} tiers, the most it may.`,
    fix: 'Delete a tier (DELETE /v1/loyalty/tiers/{id}) before adding another.',
  },
  spend_already_returned: {
    type: 'conflict_error',
    meaning: 'The points of this spend were already given back.',
    fix: 'These points were already returned; a spend can be returned once.',
  },
} satisfies ErrorCatalog;
