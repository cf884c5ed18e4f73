// The segments module's public surface: its log consumer and worker (the server runs them) and
// its part of a customer (export and erasure).
export { segmentsConsumer } from './consumer.js';
export { startSegmentsWorker } from './worker.js';
