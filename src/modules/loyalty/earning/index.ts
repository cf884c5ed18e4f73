// Earning: the loyalty consumer reads pages of the log and turns orders, refunds, merges and
// tracked events into ledger calls; the sweep reads traits, the routes simulate a rule.
export { loyaltyConsumer } from './consumer.js';
export { findTraits } from './consumer.queries.js';
export { simulateRule, simulationPlan, type SimulationProgress } from './simulate.js';
