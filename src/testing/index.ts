// The fixture API every test imports: a database, an app and shop, a loyalty program, events
// through the log, orders, races, processes, and data generators. README.md says what each is for.
export {
  freshDataDir,
  openPrivateTestDatabase,
  openTestDatabase,
  removeDataDir,
  testEngine,
} from '../db/test-helpers.js';
export * from './app.js';
export * from './dashboard.js';
export * from './program.js';
export * from './events.js';
export * from './log.js';
export * from './orders.js';
export * from './races.js';
export * from './cli.js';
export * from './server-process.js';
export * from './process-storage.js';
export * from './projections.js';
export * from './pure.js';
export * from './journeys.js';
