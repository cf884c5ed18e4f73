// The segments module's public surface: its log consumer and worker (the server runs them), its
// error codes and its part of a customer (detail, export, erasure).
export { segmentsConsumer } from './consumer.js';
export { startSegmentsWorker } from './worker.js';
export { segmentErrors } from './errors.js';
export { segmentsCustomerData } from './customer-data.js';
export { customersMatching, missingSegments } from './matching.js';
export { ensureKeptSegment } from './entry-segments.js';
export { ensureReadyMadeSegment } from './seed.js';
export { validateDefinition } from './validate.js';
export { referencedSegments, type Definition, type PropertyCondition } from './definition.js';
