export {
  appendEvents,
  readLogAfter,
  toLoggedEvent,
  type AppendResult,
  type EventType,
  type LoggedEvent,
  type LogPosition,
  type NewEvent,
} from './log.js';
export {
  consumerPosition,
  drainConsumers,
  runConsumers,
  stepConsumer,
  type Consumer,
  type ConsumerRunner,
  type StepResult,
} from './consumers.js';
export { customersMergedEvent } from './retain-events.js';
export { correctClockSkew, fitsEventLimit, ingestBatch, ingestMessage, normaliseEvent } from './ingest.js';
export { createWriteBuffer, type AppendToLog, type WriteBuffer } from './write-buffer.js';
export { consumerStatuses, type ConsumerStatus } from './consumer-status.js';
export { readEventsByName, type NamedEvent, type NamedEventsRange } from './read-by-name.js';
export { eventErrors } from './errors.js';
export {
  consumerCursorRelation,
  consumerFailedSince,
  loggedEventsWithIds,
  trackEventsBetween,
  type TrackEventRow,
} from './log-reads.js';
export { findLoggedMessages, type LoggedImportRow } from './imported-messages.js';
export {
  eventPayloadsById,
  personEvents,
  pseudonymiseEvent,
  pseudonymiseEvents,
  replaceEventPayload,
  type PersonEventRow,
  type PersonIds,
} from './person-events.js';
