export { rewardRoutes } from './routes.js';
export { redemptionsConsumer } from './consumer.js';
export { rewardErrors } from './errors.js';
