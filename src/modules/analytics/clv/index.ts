// Predictive customer-lifetime-value models as pure functions over plain data: RFM summaries from
// transactions, BG/NBD (Fader, Hardie & Lee 2005) for purchase counts and P(alive), Gamma-Gamma
// (Fader & Hardie 2013) for order values, and their discounted combination into CLV.

export type {
  BgNbdFit,
  BgNbdParams,
  GammaGammaFit,
  GammaGammaParams,
  PurchaseHistory,
  RfmRows,
  TimeUnit,
} from './types.js';
export type { RfmSummary, SummaryOptions, Transaction, TransactionColumns } from './summary.js';
export { summarizeTransactionColumns, summarizeTransactions } from './summary.js';
export { compressSummary, rowsFromHistories } from './compress.js';
export { bgNbdLogLikelihood, bgNbdTotalLogLikelihood } from './bgnbd-likelihood.js';
export type { BgNbdFitOptions } from './bgnbd-fit.js';
export { fitBgNbd } from './bgnbd-fit.js';
export type { NextPurchaseEstimate } from './bgnbd-predict.js';
export {
  conditionalExpectedPurchases,
  dateAfter,
  expectedPurchases,
  expectedPurchasesWhileAlive,
  nextPurchase,
  probabilityAlive,
} from './bgnbd-predict.js';
export { conditionalExpectedOrderValue, gammaGammaLogLikelihood } from './gamma-gamma.js';
export type { GammaGammaFitOptions, SpendHistories } from './gamma-gamma-fit.js';
export { fitGammaGamma } from './gamma-gamma-fit.js';
export type { ClvOptions, CustomerColumns } from './clv.js';
export { clvMonths, customerLifetimeValue, customerLifetimeValues, lifetimeValueFrom } from './clv.js';
export { PredictionNotComputableError } from './errors.js';
