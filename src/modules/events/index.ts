export { appendEvents, type LoggedEvent, type NewEvent } from './log.js';
export {
  consumerPosition,
  drainConsumers,
  runConsumers,
  stepConsumer,
  type Consumer,
  type ConsumerRunner,
} from './consumers.js';
export { customersMergedEvent } from './retain-events.js';
export { fitsEventLimit } from './ingest.js';
export { consumerStatuses, type ConsumerStatus } from './consumer-status.js';
export { loggedEventsReceivedBetween, readEventsByName } from './read-by-name.js';
export { eventErrors } from './errors.js';
export {
  consumerCursorRelation,
  consumerFailedSince,
  loggedEventsWithIds,
  trackEventsBetween,
} from './log-reads.js';
export { findLoggedMessages } from './imported-messages.js';
export {
  eventPayloadsById,
  personEvents,
  pseudonymiseEvent,
  pseudonymiseEvents,
  replaceEventPayload,
  type PersonEventRow,
  type PersonIds,
} from './person-events.js';
export { eventsRelation } from './relation.js';
