// The reports the API answers: KPIs, cohorts, lifecycle, RFM, Pareto and the CLV distribution,
// each read from the stored scores and the orders; built on scoring/ and clv/, used by nothing
// below them.
export { clvDistributionDefinition, clvDistribution } from './clv-distribution.js';
export { cohortMetricDefinitions, cohortTable } from './cohorts.js';
export { kpiDefinitions, type KpiName, analyticsSummary } from './kpis.js';
export { customerScores, lifecycleReport } from './lifecycle.js';
export { paretoDefinition, paretoTopShareDefinition, paretoCurve } from './pareto.js';
export { currentModelAsOf, rfmScoringDefinition, listScores, rfmReport } from './rfm-report.js';
