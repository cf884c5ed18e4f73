import crypto from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { systemClock, type Clock } from '../core/clock.js';
import type { Database } from '../db/connection.js';
import { openPrivateTestDatabase, openTestDatabase } from '../db/test-helpers.js';
import { createWorkspace, type Workspace, type WorkspaceChanges } from '../modules/workspaces/index.js';
import { createApiKey } from '../modules/auth/index.js';
import { drainConsumers } from '../modules/events/index.js';
import { buildApp, type BuildAppOptions } from '../server/app.js';
import { consumers } from '../server/consumers.js';
import type { AppContext } from '../http/context.js';

/** The RETAIN_SECRET_KEY test apps seal channel credentials with. */
export const testSecretKey = crypto.randomBytes(32);

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
}

export async function createTestApp(
  database: Database,
  options: {
    clock?: Clock;
    wakeConsumers?: () => void;
    app?: Pick<BuildAppOptions, 'connections' | 'rateLimits' | 'trustedProxies' | 'logger'>;
  } = {},
): Promise<TestApp> {
  const ctx: AppContext = {
    database,
    db: database.db,
    clock: options.clock ?? systemClock,
    wakeConsumers: options.wakeConsumers ?? (() => undefined),
    applyPendingEvents: () => drainConsumers(database.db, consumers),
    // Channel credentials are sealed with a key of the test run's own; links point at a local URL.
    secretKey: testSecretKey,
    publicUrl: 'http://retain.test',
  };
  const app = await buildApp(ctx, {
    strictCatalog: true,
    exactResponses: true,
    rateLimits: false,
    ...options.app,
  });
  await app.ready();
  return { app, ctx };
}

/** A test file's database and app, opened before its tests and closed after them. */
export function useTestApp(
  options: {
    clock?: Clock;
    /** A database no other test file uses (tests of sweeps that act on every workspace's rows). */
    privateDatabase?: boolean;
  } = {},
): () => TestApp {
  let database: Database | undefined;
  let testApp: TestApp | undefined;
  beforeAll(async () => {
    database = options.privateDatabase ? await openPrivateTestDatabase() : await openTestDatabase();
    testApp = await createTestApp(database, options);
  });
  afterAll(async () => {
    await testApp?.app.close();
    await database?.close();
  });
  return () => testApp!;
}

export interface TestShop {
  workspace: Workspace;
  secretKey: string;
  publishableKey: string;
  /** `inject` with the shop's secret key. */
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

/** A fresh workspace with keys: each test gets its own shop, so tests never see each other's data. */
export async function createTestShop(testApp: TestApp, fields: WorkspaceChanges = {}): Promise<TestShop> {
  const workspace = await createWorkspace(testApp.ctx.db, fields);
  const secretKey = (await createApiKey(testApp.ctx.db, workspace.id)).key;
  const publishableKey = (await createApiKey(testApp.ctx.db, workspace.id, { kind: 'publishable' })).key;
  return {
    workspace,
    secretKey,
    publishableKey,
    request: (options) =>
      testApp.app.inject({
        ...options,
        headers: { authorization: `Bearer ${secretKey}`, ...(options.headers ?? {}) },
      }),
  };
}
