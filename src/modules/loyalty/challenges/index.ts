// Challenges and badges: goals a customer reaches by events, with bonus points paid through the
// ledger. The rest of loyalty reads a customer's badges and the merged-profiles lookup.
export { challengesConsumer } from './consumer.js';
export { challengeErrors } from './errors.js';
export { customerBadges } from './challenges.js';
export { mergedProfiles } from './merged.js';
export { badgeSchema } from './route-schemas.js';
