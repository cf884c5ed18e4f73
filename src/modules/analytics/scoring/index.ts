// Scoring: customers' aggregates (loaded in full, or kept and updated by the consumer's pages:
// the kept inputs), RFM and lifecycle stages, predictions from the CLV model, the stored scores,
// and the CLV fit jobs that read the same aggregates. Built on clv/; reports/ build on it.
export { loadAggregates } from './aggregates.js';
export { loadKeptAggregates, type ScanReason } from './kept-inputs.js';
export { lifecycleStages, lifecycleStageRules, type LifecycleStage } from './lifecycle-rules.js';
export { requestClvFit, runQueuedModelFits } from './model-fits.js';
export { predictionState, type PredictionState } from './prediction-state.js';
export { customerPredictions } from './predictions.js';
export { rfmSegments, rfmSegmentRules, type RfmSegment } from './rfm.js';
export { writeScoreChunk, type StageChangeRow, type StageChanges } from './score-writes.queries.js';
export {
  deleteCustomerScores,
  stageHistoryOf,
  findBreakpoints,
  deleteMergedAwayScores,
  externalIds,
  saveBreakpoints,
  recomputedMedianClv,
  findCustomerScores,
  listCustomerScores,
  type CustomerScoresRow,
} from './scores.queries.js';
export {
  AggregateBuilder,
  fitInputs,
  rfmColumns,
  scoreRange,
  splitByInputs,
  type AggregateColumns,
  type RfmColumns,
  type ScoredColumns,
} from './scoring.js';
