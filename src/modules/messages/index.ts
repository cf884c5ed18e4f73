// The messages module's public surface: the server runs the dispatcher, the broadcast worker and
// the consent consumer. Producers outside the module (journeys, surveys) will enqueue through
// outbox.ts's enqueueMessages in their own transaction; it joins this index with the first of them.
export { startDispatcher, type RunningDispatcher } from './dispatch/index.js';
export { messageConsentConsumer } from './consent-consumer.js';
export { messageErrors } from './errors.js';
export { startBroadcastWorker } from './broadcasts.js';
export { messagesCustomerData } from './customer-data.js';
export { messageConsentsRelation } from './relation.js';
export { enqueueLibraryEmail } from './library-send.js';
export { enqueueMessages, notifyDispatchers, type NewMessage } from './outbox.js';
export { checkTemplateChoice, templatesForCustomers } from './producer-templates.js';
export { customerZone } from './pacing/index.js';
