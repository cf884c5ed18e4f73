import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { systemClock } from '../core/clock.js';
import { shutdownGraceMs } from '../core/limits.js';
import { openDatabase, type Database } from '../db/connection.js';
import { initialiseDataDir } from '../db/data-dir.js';
import { acquireDataDirLock, type DataDirLock } from '../db/lock.js';
import { migrateDatabase } from '../db/migrate.js';
import { consumerPacing, runConsumers, type ConsumerRunner } from '../modules/events/index.js';
import { ensureDefaultWorkspace } from '../modules/workspaces/index.js';
import { startLoyaltySchedule } from '../modules/loyalty/index.js';
import { recomputeConnections, startAnalyticsWorker } from '../modules/analytics/index.js';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { consumers } from './consumers.js';
import type { AppContext } from './context.js';

export interface RunningServer {
  app: FastifyInstance;
  ctx: AppContext;
  url: string;
  /** Finishes requests in flight, stops the consumers, closes the database, frees the lock. */
  stop(): Promise<void>;
}

/** Opens storage for a command: PGlite behind its lock, or PostgreSQL; migrated either way. */
export async function openStorage(
  config: Config,
  command: string,
): Promise<{ database: Database; lock?: DataDirLock }> {
  if (config.databaseUrl) {
    const database = await openDatabase({ databaseUrl: config.databaseUrl });
    await migrateDatabase(database);
    return { database };
  }
  const lock = acquireDataDirLock(config.dataDir, command);
  try {
    initialiseDataDir(config.dataDir);
    const database = await openDatabase({ dataDir: config.dataDir });
    await migrateDatabase(database);
    return { database, lock };
  } catch (error) {
    lock.release();
    throw error;
  }
}

export async function startServer(config: Config): Promise<RunningServer> {
  const { database, lock } = await openStorage(config, 'start');
  const workspace = await ensureDefaultWorkspace(database.db);
  let runner: ConsumerRunner | undefined;
  const ctx: AppContext = {
    database,
    db: database.db,
    clock: systemClock,
    wakeConsumers: () => runner?.wake(),
    adminToken: lock ? `rk_admin_${crypto.randomBytes(24).toString('base64url')}` : undefined,
    defaultWorkspaceId: workspace.id,
  };
  const app = await buildApp(ctx, { logger: { level: config.logLevel } });
  // Background work follows the same switch as the consumers: with several processes on one
  // PostgreSQL database, every step locks what it works on, so each piece runs once.
  const background: { stop(): Promise<void> }[] = [];
  if (config.consumers) {
    runner = runConsumers(
      database.db,
      consumers,
      (consumer, error) => app.log.error({ err: error, consumer }, 'consumer step failed'),
      consumerPacing(database.engine),
    );
    background.push(
      startLoyaltySchedule(database.db, ctx.clock, (error) =>
        app.log.error({ err: error }, 'loyalty sweep failed'),
      ),
      startAnalyticsWorker(database.db, {
        clock: ctx.clock,
        connections: recomputeConnections(database.engine),
        onError: (error) => app.log.error({ err: error }, 'analytics job failed'),
      }),
    );
  }
  const address = await app.listen({ port: config.port, host: config.host });
  const url = address.replace('[::1]', 'localhost');
  lock?.update({ url, adminToken: ctx.adminToken });

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      const forced = setTimeout(() => app.server.closeAllConnections(), shutdownGraceMs);
      await app.close();
      clearTimeout(forced);
      await runner?.stop();
      await Promise.all(background.map((work) => work.stop()));
      await database.close();
      lock?.release();
    })());
  return { app, ctx, url, stop };
}
