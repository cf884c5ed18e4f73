import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { systemClock } from '../../src/core/clock.js';
import type { Database } from '../../src/db/connection.js';
import { openPrivateTestDatabase } from '../../src/testing/index.js';
import { createApiKey } from '../../src/modules/auth/index.js';
import { issueSetupToken } from '../../src/modules/users/index.js';
import { createWorkspace, type Workspace } from '../../src/modules/workspaces/index.js';
import { buildApp } from '../../src/server/app.js';
import { drainConsumers } from '../../src/modules/events/index.js';
import { consumers } from '../../src/server/consumers.js';

const chromiumPath = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(chromiumPath);

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const artifactsDir = path.join(repoRoot, 'test-artifacts');

/**
 * Builds web/dist when it is missing or older than web/src. The embedded and PostgreSQL runs of
 * this file may start together, so one builds under a lock directory while the other waits.
 */
export async function ensureDashboardBuilt(): Promise<void> {
  const lock = path.join(os.tmpdir(), 'retain-web-build.lock');
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'web/build-if-stale.js')], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`dashboard build failed:\n${result.stdout}\n${result.stderr}`);
  } finally {
    fs.rmdirSync(lock);
  }
}

export interface RunningShop {
  database: Database;
  app: FastifyInstance;
  url: string;
  workspace: Workspace;
  secretKey: string;
  /** What `retain start` prints for the owner's sign-up on the first visit. */
  setupToken: string;
  /** The API with the shop's secret key. */
  api<T>(pathAndQuery: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  close(): Promise<void>;
}

async function call<T>(url: string, key: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${key}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * The real server (buildApp + listen on 127.0.0.1:0) over a test database, serving its own shop;
 * `onboarded: false` leaves the shop as its first start makes it, for the owner's first run;
 * `sealingKey` is the server's RETAIN_SECRET_KEY, without which channels cannot be set up.
 */
export async function startShop({
  onboarded = true,
  sealingKey,
}: { onboarded?: boolean; sealingKey?: Buffer } = {}): Promise<RunningShop> {
  // A database of its own on PostgreSQL too: a shop's first owner, its users' emails and the
  // sign-in budget of 127.0.0.1 are per database, and browser test files run side by side.
  const database = await openPrivateTestDatabase();
  const workspace = await createWorkspace(database.db, { name: 'Browser test shop' }, { onboarded });
  const secretKey = (await createApiKey(database.db, workspace.id)).key;
  const setupToken = (await issueSetupToken(database.db, workspace.id, systemClock.now()))!;
  const app = await buildApp({
    database,
    db: database.db,
    clock: systemClock,
    wakeConsumers: () => undefined,
    applyPendingEvents: () => drainConsumers(database.db, consumers),
    defaultWorkspaceId: workspace.id,
    secretKey: sealingKey,
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    database,
    app,
    url,
    workspace,
    secretKey,
    setupToken,
    api: (pathAndQuery) => call(url, secretKey, 'GET', pathAndQuery),
    post: (path, body) => call(url, secretKey, 'POST', path, body),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Waits until no panel shows a loading state. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction("document.querySelectorAll('.state-loading').length === 0", undefined, {
    timeout: 20_000,
  });
}

/** The cells of every row of the table within `scope` (header row first), as text. */
export async function tableText(scope: Locator): Promise<string[][]> {
  const rows = await scope.locator('table tr').all();
  return Promise.all(
    rows.map(async (row) => (await row.locator('th, td').allTextContents()).map((text) => text.trim())),
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, `dashboard-${name}.png`), fullPage: true });
}
