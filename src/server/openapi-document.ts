import { systemClock } from '../core/clock.js';
import type { Database } from '../db/connection.js';
import { buildApp } from './app.js';

/**
 * The document GET /v1/openapi.json serves, built in-process without a database: routes read
 * storage only when they answer a request, and this app answers none.
 */
export async function openApiDocument(): Promise<unknown> {
  const noStorage = {} as Database;
  const app = await buildApp({
    database: noStorage,
    db: noStorage.db,
    clock: systemClock,
    wakeConsumers: () => undefined,
    applyPendingEvents: async () => 0,
  });
  await app.ready();
  try {
    return app.swagger();
  } finally {
    await app.close();
  }
}
