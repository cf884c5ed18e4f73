import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Command } from 'commander';
import { systemClock } from '../core/clock.js';
import { demoCustomersMax } from '../core/limits.js';
import { openDatabase, type Database } from '../db/connection.js';
import { embeddedServerRunning, stopEmbeddedServerWhenIdle } from '../db/embedded/server.js';
import { migrateDatabase } from '../db/migrate.js';
import { createApiKey } from '../modules/auth/index.js';
import { signUpOwner } from '../modules/users/index.js';
import { ensureDefaultWorkspace } from '../modules/workspaces/index.js';
import { readConfig } from '../server/config.js';
import { startServer } from '../server/server.js';
import { demoCurrencies, type DemoCurrency } from '../demo/profiles.js';
import { replayClock, replayDemoHistory, type ReplayProgress } from '../demo/history.js';
import { configureDemoLoyalty, demoApi } from '../demo/loyalty.js';
import { demoMarker, holdsOwnData, prepareDemoWorkspace, setMarker } from '../demo/seed.js';
import { simulateShop, type DemoOptions } from '../demo/simulate.js';
import { progressBar } from './progress.js';

interface DemoFlags {
  port?: string;
  host?: string;
  dataDir?: string;
  customers: string;
  seed: string;
  currency: string;
  reset?: boolean;
}

const demoOwnerEmail = 'demo@retain.local';

/** Apart from `./.retain`, where `retain start` keeps a real shop: the demo never lands there by default. */
const demoDataDirDefault = '.retain-demo';

/** `retain` when a shell finds it on the PATH (installed globally), else `npx retain`. */
function retainCommand(): string {
  const names = process.platform === 'win32' ? ['retain.cmd', 'retain.exe'] : ['retain'];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of names) {
      try {
        fs.accessSync(path.join(dir, name), fs.constants.X_OK);
        return 'retain';
      } catch {
        // not in this directory
      }
    }
  }
  return 'npx retain';
}

/** The command that serves this demo again. */
function startCommand(dataDir: string, port: string | undefined): string {
  const portFlag = port === undefined || port === '0' ? '' : ` --port ${port}`;
  return `${retainCommand()} start --data-dir ${dataDir}${portFlag}`;
}

/**
 * Fails at once when the port is taken: building the shop takes a while, and a server that then
 * cannot listen would never print the password it made.
 */
async function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `port ${port} on ${host} is already in use; nothing was built. Choose another port with ` +
                `--port (npm run demo -- --port ${port + 1}), or stop what is listening on ${port}.`,
            )
          : new Error(
              `cannot listen on ${host}:${port} (${error.code ?? error.message}); choose another --port.`,
            ),
      ),
    );
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

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
async function openForDemo(dataDir: string, reset: boolean, port: string | undefined): Promise<Database> {
  const database = await openMigrated(dataDir, false);
  const workspace = await ensureDefaultWorkspace(database.db);
  const marker = await demoMarker(database.db, workspace.id);
  if (!marker) {
    if (!(await holdsOwnData(database.db, workspace.id))) return database;
    await database.close();
    throw new Error(
      `${dataDir} holds a shop's own orders; the demo never writes beside them. ` +
        `Give the demo a directory of its own: --data-dir ${demoDataDirDefault}`,
    );
  }
  if (!reset) {
    await database.close();
    throw new Error(
      `${dataDir} already holds a demo shop (seed ${marker.seed}, ${marker.customers} customers, ${marker.currency}). ` +
        `Start it with '${startCommand(dataDir, port)}', or rebuild it with --reset.`,
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

/** One bar per phase of the replay: events appended, applied, then the half-months lived. */
function replayPrinter(timeZone: string): (progress: ReplayProgress) => void {
  const formats = {
    append: 'appending  |{bar}| {value}/{total} events',
    apply: 'applying   |{bar}| {value}/{total} events',
    live: 'living     |{bar}| {value}/{total} half-months · {date}',
  };
  const localDate = new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' });
  let phase: ReplayProgress['phase'] | null = null;
  let bar: ReturnType<typeof progressBar> | null = null;
  return (progress) => {
    const payload = { date: progress.phase === 'live' ? localDate.format(progress.at) : '' };
    if (progress.phase !== phase) {
      bar?.stop();
      phase = progress.phase;
      bar = progressBar(formats[phase]);
      bar.start(Math.max(progress.total, progress.done), progress.done, payload);
    }
    if (progress.done > bar!.getTotal()) bar!.setTotal(progress.done);
    bar!.update(progress.done, payload);
    if (progress.phase === 'live' && progress.done === progress.total) bar!.stop();
  };
}

const seconds = (from: number) => ((Date.now() - from) / 1000).toFixed(1);

/** Builds the demo shop in the directory and answers the credentials to print. */
async function seedDirectory(dataDir: string, options: DemoOptions, flags: DemoFlags) {
  const database = await openForDemo(dataDir, flags.reset === true, flags.port);
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
    const clock = replayClock(shop.from);
    const api = await demoApi(database, workspace.id, clock.now);
    const { rewards } = await configureDemoLoyalty(api, shop);
    started = Date.now();
    const history = await replayDemoHistory(database, workspace.id, shop, {
      api,
      clock,
      rewards,
      onProgress: replayPrinter(shop.profile.timezone),
    });
    await api.close();
    const { settled } = history;
    process.stderr.write(
      `${shop.events.length} events written and lived half a month at a time in ${seconds(started)} s, with ${history.recomputes} monthly recomputes\n` +
        `loyalty: 3 tiers, ${rewards.length} rewards, ${history.earnRules} earn rules, ${history.challenges} challenges; ` +
        `${settled.posted} lots posted and ${settled.expired} expired as the schedule went; ` +
        `${history.redeemed} redemptions over the two years\n`,
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
  const config = readConfig(process.env, { ...flags, dataDir: flags.dataDir ?? demoDataDirDefault });
  if (config.databaseUrl) {
    throw new Error('retain demo builds its shop in the embedded database: unset DATABASE_URL to run it.');
  }
  await assertPortFree(config.host, config.port);
  const started = Date.now();
  const credentials = await seedDirectory(config.dataDir, options, flags);
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
      `  ${startCommand(config.dataDir, flags.port)}`,
      '',
    ].join('\n') + '\n',
  );
  const shutdown = () => void server.stop().then(() => process.exit(0));
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description(
      'Build a simulated shop (two years of customers, orders, refunds, loyalty) in its own data directory and start the server on it',
    )
    .option('--customers <n>', 'customers who sign up over the two years', '20000')
    .option('--seed <n>', 'the same seed always builds the same shop', '42')
    .option('--currency <code>', `the shop's currency and country: ${demoCurrencies.join(', ')}`, 'VND')
    .option('--reset', 'delete a demo already in the data directory and build a new one')
    .option('--port <port>', 'port to listen on (default PORT or 4280)')
    .option('--host <host>', 'address to listen on (default HOST or 127.0.0.1)')
    .option('--data-dir <dir>', `the demo's data directory (default ./${demoDataDirDefault})`)
    .action((flags: DemoFlags) => runDemo(flags));
}
