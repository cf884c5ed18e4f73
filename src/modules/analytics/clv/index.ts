// Predictive customer-lifetime-value models as pure functions over plain data: RFM summaries from
// transactions, BG/NBD (Fader, Hardie & Lee 2005) for purchase counts and P(alive), Gamma-Gamma
// (Fader & Hardie 2013) for order values, and their discounted combination into CLV.

export type {
  BgNbdFit,
  BgNbdParams,
  GammaGammaFit,
  GammaGammaParams,
  PurchaseHistory,
  TimeUnit,
} from './types.js';
export { summarizeTransactionColumns } from './summary.js';
export { compressSummary } from './compress.js';
export { fitBgNbd } from './bgnbd-fit.js';
export {
  conditionalExpectedPurchases,
  dateAfter,
  expectedPurchasesWhileAlive,
  nextPurchase,
  probabilityAlive,
} from './bgnbd-predict.js';
export { conditionalExpectedOrderValue } from './gamma-gamma.js';
export { fitGammaGamma } from './gamma-gamma-fit.js';
export { clvMonths, customerLifetimeValue, lifetimeValueFrom } from './clv.js';
