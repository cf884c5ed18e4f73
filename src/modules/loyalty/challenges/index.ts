export { challengesConsumer } from './consumer.js';
export { challengeErrors } from './errors.js';
export { customerBadges } from './challenges.js';
