// Predictive customer-lifetime-value models as pure functions over plain data: RFM summaries from
// transactions, BG/NBD (Fader, Hardie & Lee 2005) for purchase counts and P(alive), Gamma-Gamma
// (Fader & Hardie 2013) for order values, and their discounted combination into CLV. Below the
// pure code, and below scoring/: the fitted model as analytics uses it (model.ts) and its fits as
// model_fits rows (models.ts, fits.queries.ts); running a fit needs aggregates, so scoring/ does it.

export type { BgNbdFit, BgNbdParams, GammaGammaFit, GammaGammaParams, TimeUnit } from './types.js';
export { summarizeTransactionColumns } from './summary.js';
export { compressSummary } from './compress.js';
export { fitBgNbd } from './bgnbd-fit.js';
export { conditionalExpectedPurchases, dateAfter, nextPurchase, probabilityAlive } from './bgnbd-predict.js';
export { conditionalExpectedOrderValue } from './gamma-gamma.js';
export { fitGammaGamma } from './gamma-gamma-fit.js';
export { customerLifetimeValue } from './clv.js';
export {
  latestDoneModelFit,
  buyerCount,
  claimModelFit,
  claimQueuedModelFit,
  findModelFit,
  findPendingModelFit,
  finishModelFit,
  insertModelFit,
  requeueStaleModelFits,
  type ModelFitRow,
} from './fits.queries.js';
export {
  fitModels,
  type ClvModel,
  type Rhythm,
  clvHorizonMonths,
  historyInUnits,
  tryPredict,
  rhythmOf,
  type DayHistory,
  type FitInputs,
} from './model.js';
export {
  currentModel,
  modelOf,
  presentModelFit,
  recordFit,
  type ClvModelResource,
  getClvModel,
  getModelFit,
  fitResult,
} from './models.js';
