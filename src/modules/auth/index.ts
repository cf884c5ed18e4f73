export {
  authenticateApiKey,
  createApiKey,
  hashApiKey,
  listApiKeys,
  revokeApiKey,
  type ApiKey,
  type ApiKeyKind,
  type Principal,
} from './api-keys.js';
export { apiKeyRoutes } from './routes.js';
export { claimIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey } from './idempotency.js';
export { authErrors } from './errors.js';
