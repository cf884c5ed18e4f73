export { authenticateApiKey, createApiKey, recheckKeysOfCreator, type ApiKeyKind } from './api-keys.js';
export {
  claimIdempotencyKey,
  completeIdempotencyKey,
  pruneIdempotencyKeys,
  releaseIdempotencyKey,
} from './idempotency.js';
export { countRequest, pruneRateLimits } from './rate-limits.js';
export { authErrors } from './errors.js';
export { listenForKeyRevocations } from './key-cache.js';
