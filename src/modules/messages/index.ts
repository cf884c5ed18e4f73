// The messages module's public surface: producers (journeys, surveys, broadcasts) enqueue through
// the outbox in their own transaction; the server runs the dispatcher and the consent consumer.
export { enqueueMessages, notifyDispatchers, type NewMessage, type Enqueued } from './outbox.js';
export { startDispatcher, type RunningDispatcher } from './dispatch/runner.js';
export { messageConsentConsumer } from './consent-consumer.js';
export { messageErrors } from './errors.js';
export { startBroadcastWorker } from './broadcasts.js';
