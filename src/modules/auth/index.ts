export {
  authenticateApiKey,
  type CreatorRoleLookup,
  createApiKey,
  createApiKeyAs,
  hashApiKey,
  listApiKeys,
  recheckKeysOfCreator,
  revokeApiKey,
  type ApiKey,
  type ApiKeyKind,
} from './api-keys.js';
export {
  claimIdempotencyKey,
  completeIdempotencyKey,
  pruneIdempotencyKeys,
  releaseIdempotencyKey,
} from './idempotency.js';
export { countRequest, pruneRateLimits, type RequestCount } from './rate-limits.js';
export { authErrors } from './errors.js';
export { listenForKeyRevocations } from './key-cache.js';
