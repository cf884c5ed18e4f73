// What dispatch offers: the loops a process runs, one Dispatcher for tests and benchmarks, the
// workspace's pacing as the dispatcher reads it, and the customer's template context and provider
// idempotency key, which a template preview and a test send build exactly as a real send does.
export { startDispatcher, type RunningDispatcher } from './runner.js';
export { Dispatcher, pacingOf } from './dispatcher.js';
export { predictionsFor, templateContext } from './context.js';
export { idempotencyKeyOf } from './batch.js';
