import type { ErrorCatalog } from '../../core/errors.js';

/** The CLV model's refusals: a prediction needs a fitted model and a customer it can speak for. */
export const analyticsErrors = {
  model_not_fitted: {
    type: 'business_rule_error',
    meaning: 'The workspace has no fitted CLV model yet.',
    fix: 'Fit the CLV model first: POST /v1/analytics/models/clv/fit (or run `retain recompute`).',
  },
  prediction_not_computable: {
    type: 'business_rule_error',
    meaning: 'The fitted model’s parameters give no finite prediction for this customer.',
    fix: 'The fitted parameters are degenerate for this customer; refit (POST /v1/analytics/models/clv/fit) with a penalizer.',
  },
} satisfies ErrorCatalog;
