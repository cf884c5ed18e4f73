export { customerZone, zoneOfPhone, type ZoneSource } from './time-zone.js';
export { quietHoursEnd, effectiveQuietHours, type ZonedQuietHours } from './quiet-hours.js';
export {
  capDecision,
  pendingReservations,
  type CapDecision,
  type PastSend,
  type Reservation,
} from './frequency-caps.js';
export { pacingDecision, type PacingDecision, type PacingInput } from './decision.js';
export {
  pacingSettingsSchema,
  defaultPacingSettings,
  messagePriorities,
  type MessagePriority,
  type CapRule,
  type QuietHours,
  type PacingSettings,
} from './settings.js';
