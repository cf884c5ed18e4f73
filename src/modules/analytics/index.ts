export { analyticsConsumer } from './consumer.js';
export {
  recomputeAll,
  recomputeConnections,
  type RecomputeProgress,
  type RecomputeResult,
} from './recompute.js';
export { startAnalyticsWorker } from './worker.js';
export { analyticsCustomerData } from './customer-data.js';
export { analyticsErrors } from './errors.js';
export { customerScoresRelation } from './relation.js';
export { lifecycleStages, recomputedMedianClv, rfmSegments } from './scoring/index.js';
export { scoresChangedAt } from './scores-changed.js';
