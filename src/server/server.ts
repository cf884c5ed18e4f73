import type { FastifyInstance } from 'fastify';
import { systemClock } from '../core/clock.js';
import { shutdownGraceMs } from '../core/limits.js';
import { openDatabase, type Database } from '../db/connection.js';
import { migrateDatabase } from '../db/migrate.js';
import { drainConsumers, runConsumers, type ConsumerRunner } from '../modules/events/index.js';
import { ensureDefaultWorkspace } from '../modules/workspaces/index.js';
import { startLoyaltySchedule } from '../modules/loyalty/index.js';
import { recomputeConnections, startAnalyticsWorker } from '../modules/analytics/index.js';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { consumers } from './consumers.js';
import { startMaintenance } from './maintenance.js';
import type { AppContext } from '../http/context.js';
import { listenForKeyRevocations } from '../modules/auth/index.js';
import { issueSetupToken } from '../modules/users/index.js';
import { startBroadcastWorker, startDispatcher, type RunningDispatcher } from '../modules/messages/index.js';
import { embeddedSecretKey } from './secret-key-file.js';
import { startSegmentsWorker } from '../modules/segments/index.js';
import { startJourneysWorker } from '../modules/journeys/index.js';
import { scoresChangedAt } from '../modules/analytics/index.js';

export interface RunningServer {
  app: FastifyInstance;
  ctx: AppContext;
  url: string;
  /** While no dashboard account exists: the token the owner's sign-up needs, new at every start. */
  setupToken: string | null;
  /** Finishes requests in flight, stops the consumers, closes the database. */
  stop(): Promise<void>;
}

/** Opens the database for a command (the embedded server, started if need be, or DATABASE_URL), migrated. */
export async function openStorage(config: Config): Promise<Database> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    embeddedSettings: config.embeddedSettings,
  });
  try {
    await migrateDatabase(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

/** "embedded PostgreSQL 18.4 in .retain" or "PostgreSQL at host:port/db", for start-up lines and the doctor. */
export function describeEngine(database: Database): string {
  if (database.embedded)
    return `the embedded PostgreSQL in ${database.embedded.dataDir} (port ${database.embedded.port})`;
  const url = new URL(database.pool.options.connectionString ?? 'postgres://unknown');
  return `PostgreSQL at ${url.host}${url.pathname}`;
}

export async function startServer(config: Config): Promise<RunningServer> {
  const database = await openStorage(config);
  const workspace = await ensureDefaultWorkspace(database.db);
  // Issued before listening: whoever reaches the port first still needs what only the log shows.
  const setupToken = await issueSetupToken(database.db, workspace.id, systemClock.now());
  let runner: ConsumerRunner | undefined;
  let dispatcher: RunningDispatcher | undefined;
  const secretKey =
    config.secretKey ?? (database.embedded ? await embeddedSecretKey(database.embedded.dataDir) : undefined);
  const ctx: AppContext = {
    database,
    db: database.db,
    clock: systemClock,
    wakeConsumers: () => runner?.wake(),
    applyPendingEvents: () => drainConsumers(database.db, consumers),
    defaultWorkspaceId: workspace.id,
    secretKey,
    publicUrl: config.publicUrl,
    wakeDispatcher: () => dispatcher?.wake(),
  };
  const app = await buildApp(ctx, {
    logger: { level: config.logLevel },
    trustedProxies: config.trustedProxies,
  });
  // Background work follows the same switch as the consumers: with several processes on one
  // PostgreSQL database, every step locks what it works on, so each piece runs once.
  // Every process caches API keys, and so every process listens for their revocation.
  const background: { stop(): Promise<void> }[] = [listenForKeyRevocations(database)];
  if (config.consumers) {
    runner = runConsumers(database.db, consumers, (consumer, error) =>
      app.log.error({ err: error, consumer }, 'consumer step failed'),
    );
    background.push(
      startLoyaltySchedule(database.db, ctx.clock, (error) =>
        app.log.error({ err: error }, 'loyalty sweep failed'),
      ),
      startAnalyticsWorker(database.db, {
        clock: ctx.clock,
        connections: recomputeConnections(),
        onError: (error) => app.log.error({ err: error }, 'analytics job failed'),
      }),
      startMaintenance(database.db, ctx.clock, (error) =>
        app.log.error({ err: error }, 'maintenance sweep failed'),
      ),
      startSegmentsWorker(database.db, ctx.clock, scoresChangedAt, (error) =>
        app.log.error({ err: error }, 'segments work failed'),
      ),
      startJourneysWorker(database.db, ctx.clock, (error) =>
        app.log.error({ err: error }, 'journeys work failed'),
      ),
    );
  }
  const address = await app.listen({ port: config.port, host: config.host });
  const url = address.replace('[::1]', 'localhost');
  // Links in messages point at RETAIN_PUBLIC_URL, else at this server as it listens.
  ctx.publicUrl ??= url;
  if (config.consumers) {
    dispatcher = startDispatcher(database, {
      clock: ctx.clock,
      secretKey,
      publicUrl: ctx.publicUrl,
      sendLeaseMs: config.sendLeaseMs,
      onError: (error) => app.log.error({ err: error }, 'message dispatch failed'),
    });
    background.push(
      dispatcher,
      startBroadcastWorker(database.db, {
        clock: ctx.clock,
        onError: (error) => app.log.error({ err: error }, 'broadcast enqueue failed'),
      }),
    );
  }

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      const forced = setTimeout(() => app.server.closeAllConnections(), shutdownGraceMs);
      await app.close();
      clearTimeout(forced);
      await runner?.stop();
      await Promise.all(background.map((work) => work.stop()));
      await database.close();
    })());
  return { app, ctx, url, setupToken, stop };
}
