// Rewards and redemptions: the catalogue customers spend points on, what they redeemed, and the
// consumer that moves redemptions to the profile a customer merged into.
export { redemptionsConsumer } from './consumer.js';
export { rewardErrors } from './errors.js';
export { listRedemptions } from './redemptions.js';
