export { challengesConsumer } from './consumer.js';
export { challengeErrors } from './errors.js';
export { customerBadges, type Badge } from './challenges.js';
