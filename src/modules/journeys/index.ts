// The journeys module's public surface: its log consumer and worker (the server runs them), its
// error codes and its part of a customer (detail, export, erasure).
export { journeysConsumer } from './consumer.js';
export { startJourneysWorker } from './worker.js';
export { journeyErrors } from './errors.js';
export { journeysCustomerData } from './customer-data.js';
