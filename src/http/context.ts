import type { Clock } from '../core/clock.js';
import type { Database, Db } from '../db/connection.js';

/**
 * What the HTTP layer hands to route modules: storage, time and the hooks between parts. It names
 * no module's types, so every module's routes can take it without importing another module.
 */
export interface AppContext {
  database: Database;
  db: Db;
  clock: Clock;
  /** Called after events are appended so in-process consumers run without waiting for a poll. */
  wakeConsumers: () => void;
  /** Runs the log's consumers until they have applied every event appended so far; answers how many. */
  applyPendingEvents: () => Promise<number>;
  /**
   * A token that acts as the owner of `defaultWorkspaceId`, for an app built in-process and never
   * listening (the demo configures its program through the API with it).
   */
  adminToken?: string | undefined;
  /** Encrypts channel credentials at rest; absent: channels cannot be set up (secret_key_missing). */
  secretKey?: Buffer | undefined;
  /** Where customers reach unsubscribe, preference and tracking links (RETAIN_PUBLIC_URL, else the server's URL). */
  publicUrl?: string | undefined;
  /** Called after messages are enqueued so the dispatcher runs without waiting for a poll. */
  wakeDispatcher?: (() => void) | undefined;
  /** The workspace the admin token acts on. */
  defaultWorkspaceId?: string | undefined;
}
