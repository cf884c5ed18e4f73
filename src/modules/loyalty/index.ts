// The loyalty module's public surface. Rewards, redemptions, coupons and challenges build on
// the ledger functions here; everything else goes through the HTTP routes and the log.
export {
  earnPoints,
  spendPoints,
  returnSpentPoints,
  pointsBalance,
  spendStoreCredit,
  storeCreditBalance,
  membersWithPoints,
  checkLedger,
  assertLedger,
  type LedgerProblem,
} from './ledger/index.js';
export { loyaltyConsumer } from './earning/index.js';
export { runLoyaltySchedule, startLoyaltySchedule, type SweepResult } from './schedule/index.js';
export { rewardErrors, redemptionsConsumer } from './rewards/index.js';
export { challengeErrors, challengesConsumer, customerBadges } from './challenges/index.js';
export { loyaltyCustomerData } from './customer-data.js';
export { loyaltyErrors } from './errors.js';
export {
  badgesRelation,
  customerTiersRelation,
  pointsAccountsRelation,
  pointsLotsRelation,
  storeCreditAccountsRelation,
} from './relation.js';
export { loyaltyFactsFor, type LoyaltyFacts } from './message-facts.js';
