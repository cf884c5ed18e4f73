// The loyalty module's public surface. Rewards, redemptions, coupons and challenges build on
// the ledger functions here; everything else goes through the HTTP routes and the log.
export {
  earnPoints,
  spendPoints,
  returnSpentPoints,
  pointsBalance,
  type EarnInput,
  type SpendInput,
  type SpendResult,
  type ReturnInput,
  type Source,
} from './ledger.js';
export {
  issueStoreCredit,
  spendStoreCredit,
  storeCreditBalance,
  type IssueCreditInput,
  type SpendCreditInput,
  type SpendCreditResult,
} from './store-credit.js';
export { customerTier, type CustomerTier } from './tiers.js';
export { getProgram, type Program } from './program.js';
export { membersWithPoints, type MemberBalance } from './reports.queries.js';
export { checkLedger, assertLedger, type LedgerCheck, type LedgerProblem } from './check.js';
export { loyaltyConsumer } from './consumer.js';
export {
  runLoyaltySchedule,
  startLoyaltySchedule,
  type LoyaltyScheduler,
  type SweepResult,
} from './schedule.js';
export { rewardErrors, redemptionsConsumer } from './rewards/index.js';
export { challengeErrors, challengesConsumer, customerBadges, type Badge } from './challenges/index.js';
export { loyaltyCustomerData } from './customer-data.js';
export { loyaltyErrors } from './errors.js';
export { pointsAccountsRelation, customerTiersRelation } from './relation.js';
