import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Command } from 'commander';
import { systemClock } from '../core/clock.js';
import { demoCustomersMax, demoRedeemersMax } from '../core/limits.js';
import { openDatabase, type Database } from '../db/connection.js';
import { embeddedServerRunning, stopEmbeddedServerWhenIdle } from '../db/embedded/server.js';
import { migrateDatabase } from '../db/migrate.js';
import { createApiKey } from '../modules/auth/index.js';
import { drainConsumers } from '../modules/events/index.js';
import { signUpOwner } from '../modules/users/index.js';
import { ensureDefaultWorkspace } from '../modules/workspaces/index.js';
import { readConfig } from '../server/config.js';
import { consumers } from '../server/consumers.js';
import { startServer } from '../server/server.js';
import { demoCurrencies, type DemoCurrency } from '../demo/profiles.js';
import { configureDemoLoyalty, demoApi, demoRedemptions, settleDemoLedger } from '../demo/loyalty.js';
import { appendDemoEvents, demoMarker, holdsOwnData, prepareDemoWorkspace, setMarker } from '../demo/seed.js';
import { simulateShop, type DemoOptions } from '../demo/simulate.js';
import { catchUpWithProgress, progressBar } from './import.js';
import { withStartFlags, type StartFlags } from './start.js';

interface DemoFlags extends StartFlags {
  customers: string;
  seed: string;
  currency: string;
  reset?: boolean;
}

const demoOwnerEmail = 'demo@retain.local';

function demoOptions(flags: DemoFlags): DemoOptions {
  const customers = Number(flags.customers);
  if (!Number.isInteger(customers) || customers < 1 || customers > demoCustomersMax) {
    throw new Error(`--customers must be a whole number from 1 to ${demoCustomersMax}.`);
  }
  const seed = Number(flags.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new Error('--seed must be a whole number ≥ 0.');
  const currency = flags.currency.toUpperCase();
  if (!(demoCurrencies as readonly string[]).includes(currency)) {
    throw new Error(`--currency must be one of ${demoCurrencies.join(', ')}.`);
  }
  return { customers, seed, currency: currency as DemoCurrency, today: systemClock.now() };
}

/**
 * The demo's connection leaves the embedded server running when it closes: the server that starts
 * next uses it at once (stopping would cost a checkpoint of everything just written).
 */
async function openMigrated(dataDir: string, keepEmbeddedServer = true): Promise<Database> {
  const database = await openDatabase({ dataDir, keepEmbeddedServer });
  await migrateDatabase(database);
  return database;
}

/** Opens the directory for the demo: empty, or a previous demo (rebuilt only with --reset). */
async function openForDemo(dataDir: string, reset: boolean): Promise<Database> {
  const database = await openMigrated(dataDir, false);
  const workspace = await ensureDefaultWorkspace(database.db);
  const marker = await demoMarker(database.db, workspace.id);
  if (!marker) {
    if (!(await holdsOwnData(database.db, workspace.id))) return database;
    await database.close();
    throw new Error(
      `${dataDir} holds a shop's own orders; the demo never writes beside them. ` +
        `Give the demo a directory of its own: retain demo --data-dir .retain-demo`,
    );
  }
  if (!reset) {
    await database.close();
    throw new Error(
      `${dataDir} already holds a demo shop (seed ${marker.seed}, ${marker.customers} customers, ${marker.currency}). ` +
        `Start it with 'retain start${dataDir === '.retain' ? '' : ` --data-dir ${dataDir}`}', or rebuild it with --reset.`,
    );
  }
  await database.close();
  if (embeddedServerRunning(dataDir)) {
    throw new Error(
      `Another retain process is using ${dataDir}; stop it before rebuilding the demo with --reset.`,
    );
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.stderr.write(`deleted the previous demo in ${dataDir}\n`);
  return openMigrated(dataDir);
}

const seconds = (from: number) => ((Date.now() - from) / 1000).toFixed(1);

/** Builds the demo shop in the directory and answers the credentials to print. */
async function seedDirectory(dataDir: string, options: DemoOptions, reset: boolean) {
  const database = await openForDemo(dataDir, reset);
  try {
    const { db } = database;
    const workspace = await ensureDefaultWorkspace(db);
    let started = Date.now();
    const shop = simulateShop(options);
    const { stats } = shop;
    process.stderr.write(
      `simulated ${stats.customers} customers (${stats.prospects} prospects, ${stats.repeatBuyers} repeat buyers), ` +
        `${stats.orders} orders, ${stats.fullRefunds + stats.partialRefunds} refunds in ${seconds(started)} s\n`,
    );
    await prepareDemoWorkspace(db, workspace.id, shop, options);
    const api = await demoApi(database, workspace.id, () => systemClock.now());
    const { rewards } = await configureDemoLoyalty(api, options.currency);
    started = Date.now();
    const bar = progressBar('appending  |{bar}| {value}/{total} events · {speed} events/s');
    bar.start(shop.events.length, 0, { speed: 0 });
    await appendDemoEvents(db, workspace.id, shop, (appended) =>
      bar.update(appended, { speed: Math.round(appended / Math.max(0.001, (Date.now() - started) / 1000)) }),
    );
    bar.stop();
    const appendSeconds = seconds(started);
    started = Date.now();
    await catchUpWithProgress(db, shop.events.length * consumers.length);
    process.stderr.write(
      `appended ${shop.events.length} events in ${appendSeconds} s; consumers applied them in ${seconds(started)} s\n`,
    );
    const settled = await settleDemoLedger(db, workspace.id, systemClock.now());
    const { redeemed } = await demoRedemptions(api, db, workspace.id, rewards, demoRedeemersMax);
    await api.close();
    await drainConsumers(db, consumers);
    process.stderr.write(
      `loyalty: 3 tiers, ${rewards.length} rewards; ${settled.posted} lots posted and ${settled.expired} expired ` +
        `as the schedule would have; ${redeemed} redemptions\n`,
    );
    await setMarker(db, workspace.id, options, 'ready');
    const key = await createApiKey(db, workspace.id, { name: 'demo' });
    const password = crypto.randomBytes(12).toString('base64url');
    await signUpOwner(
      db,
      workspace.id,
      { email: demoOwnerEmail, password, name: 'Demo owner' },
      systemClock.now(),
    );
    await database.close();
    return { key: key.key, password, shopName: shop.profile.shopName };
  } catch (error) {
    await database.close();
    if (database.embedded) await stopEmbeddedServerWhenIdle(database.embedded);
    throw error;
  }
}

async function runDemo(flags: DemoFlags): Promise<void> {
  const options = demoOptions(flags);
  const config = readConfig(process.env, flags);
  if (config.databaseUrl) {
    throw new Error('retain demo builds its shop in the embedded database: unset DATABASE_URL to run it.');
  }
  const started = Date.now();
  const credentials = await seedDirectory(config.dataDir, options, flags.reset === true);
  process.stderr.write(`the demo shop was ready in ${seconds(started)} s; starting the server…\n`);
  const server = await startServer(config);
  process.stdout.write(
    [
      '',
      `  ${credentials.shopName} — retain demo shop (${options.customers} customers, ${options.currency}, seed ${options.seed})`,
      '',
      `  Dashboard  ${server.url}/`,
      `  Sign in    ${demoOwnerEmail}  /  ${credentials.password}`,
      `  API key    ${credentials.key}`,
      `  Try        curl -H "Authorization: Bearer ${credentials.key}" ${server.url}/v1/workspace`,
      '',
      '  The password and key are shown only now. Stop with Ctrl-C; start again with',
      `  retain start${config.dataDir === '.retain' ? '' : ` --data-dir ${config.dataDir}`}`,
      '',
    ].join('\n') + '\n',
  );
  const shutdown = () => void server.stop().then(() => process.exit(0));
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

export function registerDemoCommand(program: Command): void {
  withStartFlags(
    program
      .command('demo')
      .description(
        'Build a simulated shop (two years of customers, orders, refunds) and start the server on it',
      )
      .option('--customers <n>', 'customers who sign up over the two years', '20000')
      .option('--seed <n>', 'the same seed always builds the same shop', '42')
      .option('--currency <code>', `the shop's currency and country: ${demoCurrencies.join(', ')}`, 'VND')
      .option('--reset', 'delete a demo already in the data directory and build a new one'),
  ).action((flags: DemoFlags) => runDemo(flags));
}
