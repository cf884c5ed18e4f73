/**
 * A prediction that cannot be computed for these parameters and this history in bounded time
 * (e.g. a horizon millions of times longer than α + T from a degenerate fit). The analytics layer
 * turns it into a 422 for the caller; it is never a bug to crash on.
 */
export class PredictionNotComputableError extends Error {
  override name = 'PredictionNotComputableError';
}
