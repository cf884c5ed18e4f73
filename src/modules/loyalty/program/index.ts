// The program: its settings, earn rules and their definitions, tiers and their evaluation, the
// caps, and the order facts a rule reads. It imports no other part of loyalty, so the ledger and
// everything above it can build on it.
export { refuseBeyondCap } from './caps.js';
export {
  createRule,
  deleteRule,
  getRule,
  listEarnRules,
  updateRule,
  awardsFor,
  parseDefinition,
  periodStart,
} from './earn-rules.js';
export { workspaceRuleTemplates } from './templates.js';
export { idText, readOrderCompleted, readOrderRefunded, type OrderFacts } from './order-facts.js';
export {
  programSettingsSchema,
  getProgram,
  updateProgram,
  getProgramSettings,
  pointsValueMinor,
  type ProgramSettings,
  basePoints,
  lotExpiry,
} from './program.js';
export {
  ruleDefinitionSchema,
  type RuleDefinition,
  applyMultiplier,
  conditionsHold,
  rewardPoints,
  withinDates,
} from './rule-definition.js';
export { activeEventRules, type RuleRow, ruleTriggerEvents, activeRulesFor } from './rules.queries.js';
export {
  qualifyingAmount,
  tierMultiplierPercent,
  upgradeTierIfQualified,
  reviewTierNow,
  qualifyingWindow,
  reviewDate,
  tierChangedEvent,
  tierFor,
  reviewTier,
} from './tier-evaluation.js';
export { changeTier, createTier, deleteTier, getTier, listTierResources, customerTier } from './tiers.js';
export {
  findCustomerTier,
  listTiers,
  type TierRow,
  insertTier,
  setCustomerTier,
  tiersDueForReview,
} from './tiers.queries.js';
