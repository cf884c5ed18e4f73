export {
  authenticateApiKey,
  createApiKey,
  hashApiKey,
  listApiKeys,
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
export { authErrors } from './errors.js';
export { listenForKeyRevocations } from './key-cache.js';
