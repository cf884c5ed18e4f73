/**
 * Whether the current model can speak for a customer: it predicts from a customer's history up to
 * its as_of, so a customer with no order by then has not enough history yet (a first order after
 * the fit waits for the next one, nightly). The predictions API and the scores list both use it,
 * so a customer's page and the customer list say the same thing.
 */
export type PredictionState = 'predicted' | 'not_enough_history' | 'model_not_fitted';

export function predictionState(firstOrderAt: Date | null, modelAsOf: Date | null): PredictionState {
  if (!modelAsOf) return 'model_not_fitted';
  return firstOrderAt && firstOrderAt.getTime() <= modelAsOf.getTime() ? 'predicted' : 'not_enough_history';
}
