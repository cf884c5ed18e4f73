export { customerZone, zoneOfPhone, canonicalZone, type ZoneSource } from './time-zone.js';
export {
  quietHoursEnd,
  quietHoursOver,
  isQuiet,
  effectiveQuietHours,
  legalQuietHours,
  type ZonedQuietHours,
  type LegalPreset,
} from './quiet-hours.js';
export {
  capDecision,
  pendingReservations,
  type CapDecision,
  type CapInput,
  type PastSend,
  type Reservation,
} from './frequency-caps.js';
export { pacingDecision, type PacingDecision, type PacingInput } from './decision.js';
export {
  pacingSettingsSchema,
  quietHoursSchema,
  capRuleSchema,
  defaultPacingSettings,
  defaultCapRules,
  messagePriorities,
  type MessagePriority,
  type CappedPriority,
  type CapRule,
  type QuietHours,
  type PacingSettings,
} from './settings.js';
