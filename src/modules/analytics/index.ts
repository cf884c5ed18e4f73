export { analyticsConsumer, refreshPending } from './consumer.js';
export { customerScores } from './lifecycle.js';
export type { CustomerScores } from './rfm-report.js';
export {
  recomputeAll,
  recomputeConnections,
  refreshCustomers,
  type RecomputeProgress,
  type RecomputeResult,
} from './recompute.js';
export { startAnalyticsWorker, runAnalyticsJobs, type AnalyticsWorker } from './worker.js';
export { analyticsCustomerData } from './customer-data.js';
export { analyticsErrors } from './errors.js';
export { customerScoresRelation } from './relation.js';
export { lifecycleStages } from './lifecycle-rules.js';
export { rfmSegments } from './rfm.js';
