export { customerZone } from './time-zone.js';
export { pendingReservations, type PastSend, type Reservation } from './frequency-caps.js';
export { pacingDecision } from './decision.js';
export {
  pacingSettingsSchema,
  defaultPacingSettings,
  messagePriorities,
  priorityRank,
  type MessagePriority,
  type PacingSettings,
} from './settings.js';
export { isQuiet } from './quiet-hours.js';
