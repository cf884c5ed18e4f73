import type { Clock } from '../core/clock.js';
import type { Database, Db } from '../db/connection.js';

/** What the HTTP layer hands to route modules: storage, time and the hooks between parts. */
export interface AppContext {
  database: Database;
  db: Db;
  clock: Clock;
  /** Called after events are appended so in-process consumers run without waiting for a poll. */
  wakeConsumers: () => void;
  /** Token that the local CLI presents (from the data-directory lock file) to act as the owner. */
  adminToken?: string | undefined;
  /** The workspace the admin token acts on (the one created at first start). */
  defaultWorkspaceId?: string | undefined;
}
