export { customerZone } from './time-zone.js';
export { type PastSend, type Reservation } from './frequency-caps.js';
export { pacingDecision } from './decision.js';
export {
  pacingSettingsSchema,
  defaultPacingSettings,
  messagePriorities,
  type MessagePriority,
  type PacingSettings,
} from './settings.js';
