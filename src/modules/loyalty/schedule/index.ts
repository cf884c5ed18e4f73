// The loyalty sweep: posts pending points, expires and announces, reviews tiers and pays
// birthdays when due; its writes to the ledger go through ledger/index.ts.
export { runLoyaltySchedule, startLoyaltySchedule, type SweepResult } from './schedule.js';
