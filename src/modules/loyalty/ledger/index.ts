// The points ledger: the only writer of points entries, lots, allocations and accounts, and of
// store credit. Everything else in loyalty changes points through these functions (earning,
// spending, expiry, posting, a page's batched writes) and reads balances and entries here.
export { entryKinds, listWorkspaceTransactions } from './activity.js';
export { adjustPoints, creditStoreCredit, debitStoreCredit } from './adjustments.js';
export { checkLedger, assertLedger, type LedgerProblem } from './check.js';
export { expireLots } from './expiry.js';
export { markAnnounced, markExpiryWarned } from './expiry.queries.js';
export { expireInactiveMembers } from './inactivity-expiry.js';
export {
  earnPoints,
  spendPoints,
  returnSpentPoints,
  pointsBalance,
  type EarnInput,
  emitPointsEvent,
} from './ledger.js';
export { findAccount, openLots, findEntryByKey, hasEntries, lockAccount } from './ledger.queries.js';
export { liability } from './liability.js';
export { loyaltyOrderColumns, loyaltyOrderOf, type LoyaltyOrderRow } from './loyalty-orders.js';
export { moveOpenPoints } from './move-lots.js';
export {
  openPageLedger,
  type PageLedger,
  flushPageLedger,
  forgetCustomer,
  pageMultiplierPercent,
  pageTierReached,
  planLoyaltyOrder,
  planPageEarning,
  planTierUpgrade,
  planTraits,
  tiersPlannable,
} from './page-ledger.js';
export { planRefund } from './page-refunds.js';
export { postLots } from './posting.js';
export { reasonCodes, reasonText } from './reason.js';
export { presentEntry, customerIdOrThrow, type PointsTransaction } from './present-entry.js';
export { clawBackOrder, refundKeyOf } from './refunds.js';
export { entriesPage, membersWithPoints } from './reports.queries.js';
export {
  spendStoreCredit,
  storeCreditBalance,
  issueStoreCredit,
  lockCredit,
  writeCreditEntry,
} from './store-credit.js';
