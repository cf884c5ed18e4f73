export { redemptionsConsumer } from './consumer.js';
export { rewardErrors } from './errors.js';
