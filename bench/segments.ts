// Segments at scale: `npm run bench -- segments [--engine postgres|embedded|both] [--customers N]
// [--seconds N] [--rate N] [--build-seconds N] [--profile] [--rebuild-only] [--keep] [--reuse DB]`. On each engine (`postgres`: a scratch database on
// the machine's server, 1,000,000 customers by default; `embedded`: the embedded PostgreSQL in a
// fresh data directory, 100,000 customers; `--customers` sets both) it builds a shop
// (bench/support/segments-shop.ts: customers, ~10 orders each from the analytics bench's
// generator, scores, loyalty, a browsing history), then:
//  1. times a full rebuild of a five-condition segment (createSegment, then rebuildStep until live;
//     with `--profile` its statements' round trips; `--rebuild-only` stops after it);
//  2. creates 19 more segments of every kind and rebuilds them (within `--build-seconds`, default
//     600; any left then stay `building`, which the consumer evaluates all the same);
//  3. appends `--rate` events/s (default 1,000) for `--seconds` (default 30) with the server's
//     consumers running, and prints p50/p95/p99 from an event's append to the membership it causes,
//     each consumer's lag behind the log, the age of the oldest transaction id held meanwhile (log
//     readers wait on it), and with `--profile` every statement's round trip, grouped;
//  4. times evaluateCustomers over 2,000 customers against all 20 segments: CPU per evaluated
//     customer, Node.js and the PostgreSQL backends.
// `--keep` leaves the postgres scratch database in place after the run (its name is printed), and
// `--reuse DB` runs steps 3 and 4 again on such a database, skipping the ~20 minutes of building a
// million customers' shop, rebuilds and catch-up (each run's traffic is seeded afresh so its flips
// find customers not flipped before); with `--rebuild-only` it reruns step 1 instead, on a copy of
// the segment it removes afterwards. Drop a kept database with `dropdb`.
// Printed, not asserted. Every customer counts as evaluated before (segment_customers filled) and the
// consumers have read the rebuilds' membership events, as on a server that has run with these
// segments: the consumer then evaluates only the triggered ones.
import { sql } from 'drizzle-orm';
import { openDatabase, queryOne, type Database, type Db } from '../src/db/connection.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { progressBar } from '../src/cli/progress.js';
import { createWorkspace } from '../src/modules/workspaces/index.js';
import { createSegment, liveSegments, type SegmentInput } from '../src/modules/segments/segments.js';
import { rebuildStep } from '../src/modules/segments/worker.js';
import { evaluateCustomers } from '../src/modules/segments/evaluate.js';
import { consumers } from '../src/server/consumers.js';
import { drainConsumers } from '../src/modules/events/index.js';
import { backendCpuSeconds, cpuUsedSince } from './support/cpu.js';
import {
  champions,
  fiveConditions,
  flipProduct,
  flipTrait,
  otherSegments,
} from './support/segments-definitions.js';
import { measureLatency, type LatencyResult } from './support/segments-latency.js';
import { printProfile, profileStatements } from './support/statement-profile.js';
import { printServerSettings } from './support/server-settings.js';
import { benchDatabaseUrl } from './support/scratch-database.js';
import { buildShop, customerIdOf } from './support/segments-shop.js';
import {
  engineAvailable,
  enginesOf,
  flagValue,
  migratedBenchDatabase,
  type BenchEngine,
} from './support/storage.js';

interface Options {
  engines: BenchEngine[];
  customers: Record<BenchEngine, number>;
  seconds: number;
  rate: number;
  buildSeconds: number;
  profile: boolean;
  rebuildOnly: boolean;
  keep: boolean;
  reuse: string | null;
}

const cpuSampleCustomers = 2_000;
const cpuPageCustomers = 100;

function parseOptions(args: string[]): Options {
  const value = (name: string, fallback: string) => flagValue(args, name, fallback);
  const customers = args.includes('--customers') ? Number(value('customers', '0')) : undefined;
  const options: Options = {
    engines: enginesOf(value('engine', 'both')),
    customers: { postgres: customers ?? 1_000_000, embedded: customers ?? 100_000 },
    seconds: Number(value('seconds', '30')),
    rate: Number(value('rate', '1000')),
    buildSeconds: Number(value('build-seconds', '600')),
    profile: args.includes('--profile'),
    rebuildOnly: args.includes('--rebuild-only'),
    keep: args.includes('--keep'),
    reuse: args.includes('--reuse') ? value('reuse', '') : null,
  };
  if (options.reuse !== null && !/^retain_bench_segments_\w+$/.test(options.reuse)) {
    throw new Error('--reuse names a database a run with --keep left: retain_bench_segments_…');
  }
  if (
    (options.keep || options.reuse !== null) &&
    !(options.engines.length === 1 && options.engines[0] === 'postgres')
  ) {
    throw new Error('--keep and --reuse go with --engine postgres');
  }
  for (const [name, n] of Object.entries({
    customers: customers ?? 1,
    seconds: options.seconds,
    rate: options.rate,
  })) {
    if (!(n > 0)) throw new Error(`--${name} must be a positive number`);
  }
  return options;
}

const seconds = (s: number) => `${s.toFixed(2)} s`;

async function segmentProgress(
  db: Db,
  id: string,
): Promise<{ status: string; done: number; total: number | null }> {
  return (await queryOne<{ status: string; done: number; total: number | null }>(
    db,
    sql`select status, rebuild_done as done, rebuild_total as total from segments where id = ${id}`,
  ))!;
}

/**
 * rebuildStep until every segment is live or the time is up; answers the seconds taken and the
 * error that stopped it, if a page failed (the oldest building segment is always stepped first, so
 * a page that cannot finish stops every rebuild behind it).
 */
async function rebuildAll(
  db: Db,
  workspaceId: string,
  label: string,
  limitSeconds: number,
): Promise<{ seconds: number; failed: string | null }> {
  const building = (await liveSegments(db, workspaceId)).filter((segment) => segment.status === 'building');
  const bar = progressBar(`${label.padEnd(10)} |{bar}| {value}/{total} segments · {name} {done}`);
  bar.start(building.length, 0, { name: '', done: '' });
  const started = performance.now();
  const outOfTime = () => (performance.now() - started) / 1000 > limitSeconds;
  let failed: string | null = null;
  for (const [index, segment] of building.entries()) {
    while (!outOfTime() && failed === null) {
      await rebuildStep(db, new Date()).catch((error: unknown) => {
        failed = `${segment.name}: ${error instanceof Error ? String(error.cause ?? error.message) : String(error)}`;
      });
      const progress = await segmentProgress(db, segment.id);
      bar.update(index, { name: segment.name, done: `${progress.done}/${progress.total ?? '?'}` });
      if (progress.status === 'live') break;
    }
    if (outOfTime() || failed !== null) break;
    bar.update(index + 1);
  }
  bar.stop();
  return { seconds: (performance.now() - started) / 1000, failed };
}

function percentiles(label: string, sorted: number[]): string {
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
  return `${label} p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, p99 ${at(0.99).toFixed(0)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(0)} ms (${sorted.length})`;
}

function reportLatency(engine: BenchEngine, result: LatencyResult): void {
  console.log(
    `${engine}: ${result.appended} events appended in ${seconds(result.appendSeconds)} ` +
      `(${Math.round(result.appended / result.appendSeconds)}/s), ${result.flips} of them flips; ` +
      `${result.missing} memberships not seen within 60 s after the last append; ${result.consumerErrors} consumer errors`,
  );
  const all = (lists: { trait: number[]; order: number[] }) =>
    [...lists.trait, ...lists.order].sort((a, b) => a - b);
  console.log(`  ${percentiles('append → entered_at (all flips):  ', all(result.toEnteredAt))}`);
  console.log(`  ${percentiles('  identify setting a trait:       ', result.toEnteredAt.trait)}`);
  console.log(`  ${percentiles('  order of a product:             ', result.toEnteredAt.order)}`);
  console.log(`  ${percentiles('accepted → seen committed (poll): ', all(result.untilSeen))}`);
  console.log('  each consumer behind the log while events arrived (now − the last event it passed):');
  for (const [consumer, lags] of [...result.consumerLag].sort(([a], [b]) => a.localeCompare(b)))
    console.log(`    ${percentiles(consumer.padEnd(20), lags)}`);
  console.log(`  ${percentiles('oldest transaction id held (readers wait on it):', result.oldestHeldId)}`);
}

/** evaluateCustomers over spread customers, all segments, a page per transaction. */
async function cpuPerCustomer(database: Database, workspaceId: string, customers: number): Promise<void> {
  const { db } = database;
  const segments = await liveSegments(db, workspaceId);
  const sample = Math.min(cpuSampleCustomers, customers);
  const ids = Array.from({ length: sample }, (_, i) => customerIdOf(Math.floor((i * customers) / sample)));
  const pgBefore = await backendCpuSeconds(db);
  const nodeBefore = process.cpuUsage();
  const started = performance.now();
  let changes = 0;
  for (let first = 0; first < ids.length; first += cpuPageCustomers) {
    const page = ids.slice(first, first + cpuPageCustomers);
    const result = await db.transaction((tx) =>
      evaluateCustomers(tx, workspaceId, segments, page, new Date()),
    );
    changes += result.entered + result.exited;
  }
  const wall = (performance.now() - started) / 1000;
  const node = process.cpuUsage(nodeBefore);
  const nodeSeconds = (node.user + node.system) / 1e6;
  const pgSeconds = cpuUsedSince(pgBefore, await backendCpuSeconds(db));
  const micros = (s: number) => Math.round((s / ids.length) * 1e6);
  console.log(
    `  evaluateCustomers: ${ids.length} customers × ${segments.length} segments in pages of ${cpuPageCustomers}: ` +
      `${seconds(wall)} (${Math.round(ids.length / wall)} customers/s, ${changes} membership changes); ` +
      `CPU per evaluated customer: Node.js ${micros(nodeSeconds)} µs, PostgreSQL ${micros(pgSeconds)} µs ` +
      `(per customer and segment ${Math.round(((nodeSeconds + pgSeconds) / ids.length / segments.length) * 1e6)} µs)`,
  );
}

async function create(db: Db, workspaceId: string, input: SegmentInput): Promise<string> {
  return (await createSegment(db, workspaceId, input, new Date())).id;
}

/** What the measurements need of a built shop. */
interface Built {
  workspaceId: string;
  customers: number;
  flipTraitId: string;
  flipProductId: string;
}

/** Steps 1 and 2 and the catch-up; null with `--rebuild-only`. */
async function build(
  engine: BenchEngine,
  database: Database,
  customers: number,
  options: Options,
): Promise<Built | null> {
  const { db } = database;
  const workspace = await createWorkspace(db, { timezone: 'Asia/Ho_Chi_Minh', currency: 'USD' });
  const now = new Date();
  const started = performance.now();
  const shop = await buildShop(
    database,
    workspace.id,
    customers,
    now,
    consumers.map((c) => c.name),
  );
  console.log(
    `${engine}: shop of ${customers} customers, ${shop.orders} orders, ${shop.historyEvents} history events built in ` +
      `${seconds((performance.now() - started) / 1000)} (customers ${seconds(shop.seconds.customers)}, orders ` +
      `${seconds(shop.seconds.orders)}, scores ${seconds(shop.seconds.scores)}, loyalty ${seconds(shop.seconds.loyalty)}, ` +
      `events ${seconds(shop.seconds.events)})`,
  );

  const { live: fiveLive } = await timeFiveConditions(db, workspace.id, fiveConditions, options);
  if (options.rebuildOnly) return null;

  const championsId = await create(db, workspace.id, champions);
  const flipTraitId = await create(db, workspace.id, flipTrait);
  const flipProductId = await create(db, workspace.id, flipProduct);
  for (const input of otherSegments(championsId)) await create(db, workspace.id, input);
  const built = !fiveLive
    ? { seconds: 0, failed: 'not started, the first rebuild did not finish' }
    : await rebuildAll(db, workspace.id, 'build 19', options.buildSeconds);
  const stillBuilding = (await liveSegments(db, workspace.id)).filter((s) => s.status === 'building').length;
  console.log(
    `  19 more segments rebuilt in ${seconds(built.seconds)}` +
      (stillBuilding > 0
        ? ` (${stillBuilding} of the 20 still building, which the consumer evaluates all the same: ${built.failed ?? 'stopped at --build-seconds'})`
        : ''),
  );
  await db.execute(sql`
    insert into segment_customers (workspace_id, customer_id, first_evaluated_at)
    select workspace_id, id, now() from customers where workspace_id = ${workspace.id}
    on conflict do nothing`);
  await db.execute(sql`vacuum analyze`);
  // The rebuilds wrote a `Segment Entered` for every member (hundreds of thousands at 100,000
  // customers): a server that has run with these segments has read them long ago, so the
  // consumers catch up first, or the latency measured would be that backlog's.
  const caughtUp = await catchUp(db);
  console.log(
    `  consumers caught up with the rebuilds' membership events first: ${caughtUp.events} events in ${seconds(caughtUp.seconds)}`,
  );
  return { workspaceId: workspace.id, customers, flipTraitId, flipProductId };
}

/**
 * Creates the five-condition segment and rebuilds it (with `--profile`, its statements' round
 * trips): prints the time and the members; answers whether it went live.
 */
async function timeFiveConditions(
  db: Db,
  workspaceId: string,
  input: SegmentInput,
  options: Options,
): Promise<{ id: string; live: boolean }> {
  const five = await create(db, workspaceId, input);
  const rebuildProfile = options.profile ? profileStatements() : null;
  const rebuilt = await rebuildAll(db, workspaceId, 'rebuild', options.buildSeconds);
  const rebuildTotals = rebuildProfile?.stop();
  const progress = await segmentProgress(db, five);
  const counts = await queryOne<{ members: number; timers: number }>(
    db,
    sql`select (select count(*)::int from segment_memberships where segment_id = ${five} and exited_at is null) as members,
               (select count(*)::int from segment_timers where segment_id = ${five}) as timers`,
  );
  console.log(
    progress.status === 'live'
      ? `  full rebuild of a five-condition segment: ${seconds(rebuilt.seconds)} for ${progress.total} customers ` +
          `(${Math.round((progress.total ?? 0) / rebuilt.seconds)} customers/s), ${counts!.members} members, ${counts!.timers} timers`
      : `  full rebuild of a five-condition segment did not finish: ${progress.done} of ${progress.total ?? '?'} ` +
          `customers in ${seconds(rebuilt.seconds)}${rebuilt.failed ? `; a page failed: ${rebuilt.failed}` : ' (--build-seconds)'}`,
  );
  if (rebuildTotals) printProfile(rebuildTotals, progress.total ?? 1, 'customer', 12);
  return { id: five, live: progress.status === 'live' };
}

/**
 * `--reuse … --rebuild-only`: the five-condition rebuild again on the kept shop, as a copy that is
 * removed afterwards with its memberships and timers (its `Segment Entered` events stay in the log,
 * which the consumers pass unread: no segment names the copy), so a change to the rebuild is
 * measured at 1,000,000 customers in a minute rather than after a 20-minute build.
 */
async function rerunFiveConditions(db: Db, workspaceId: string, options: Options): Promise<void> {
  const copy = { ...fiveConditions, name: `${fiveConditions.name} (rerun ${new Date().toISOString()})` };
  const { id } = await timeFiveConditions(db, workspaceId, copy, options);
  for (const table of ['segment_memberships', 'segment_timers', 'segment_rebuild_touches', 'segments']) {
    await db.execute(
      sql`delete from ${sql.identifier(table)} where ${sql.identifier(table === 'segments' ? 'id' : 'segment_id')} = ${id}`,
    );
  }
  // The kept shop's server may run without autovacuum: the next rerun must not read these dead rows.
  await db.execute(
    sql`vacuum analyze segment_memberships, segment_timers, segment_rebuild_touches, segments`,
  );
}

/** Drains every consumer: how many events they passed, and in how many seconds. */
async function catchUp(db: Db): Promise<{ events: number; seconds: number }> {
  const started = performance.now();
  const events = await drainConsumers(db, consumers);
  return { events, seconds: (performance.now() - started) / 1000 };
}

/** The shop a `--keep` run left: its one workspace and the two segments the traffic flips. */
async function builtBefore(db: Db): Promise<Built> {
  const row = await queryOne<{ workspace_id: string; customers: number; trait: string; product: string }>(
    db,
    sql`select w.id as workspace_id,
          (select count(*)::int from customers c where c.workspace_id = w.id) as customers,
          (select id from segments s where s.workspace_id = w.id and s.name = ${flipTrait.name}) as trait,
          (select id from segments s where s.workspace_id = w.id and s.name = ${flipProduct.name}) as product
        from workspaces w`,
  );
  if (!row?.trait || !row.product) throw new Error('--reuse: the database holds no built shop');
  return {
    workspaceId: row.workspace_id,
    customers: row.customers,
    flipTraitId: row.trait,
    flipProductId: row.product,
  };
}

async function openedDatabase(
  engine: BenchEngine,
  options: Options,
): Promise<{ database: Database; remove(): Promise<void> }> {
  if (options.reuse === null) return migratedBenchDatabase(engine, 'segments', 8);
  const database = await openDatabase({ databaseUrl: benchDatabaseUrl(options.reuse), poolSize: 8 });
  // A database kept by an earlier commit's run: the code measured now may need later migrations.
  await migrateDatabase(database).catch(async (error: unknown) => {
    await database.close();
    throw error;
  });
  return { database, remove: () => database.close() };
}

async function runOnce(engine: BenchEngine, options: Options): Promise<void> {
  const { database, remove } = await openedDatabase(engine, options);
  const kept = options.keep || options.reuse !== null;
  try {
    const { db } = database;
    const built =
      options.reuse !== null
        ? await builtBefore(db)
        : await build(engine, database, options.customers[engine], options);
    if (!built) return;
    if (options.reuse !== null && options.rebuildOnly) {
      await rerunFiveConditions(db, built.workspaceId, options);
      return;
    }
    if (options.reuse !== null) {
      // An earlier run may have stopped its consumers behind the log.
      const caughtUp = await catchUp(db);
      const analysing = performance.now();
      await db.execute(sql`analyze`);
      console.log(
        `${engine}: reusing ${options.reuse}, ${built.customers} customers; consumers caught up with ${caughtUp.events} events ` +
          `in ${seconds(caughtUp.seconds)}, the statistics refreshed in ${seconds((performance.now() - analysing) / 1000)}`,
      );
    }
    const profile = options.profile ? profileStatements() : null;
    const latency = await measureLatency(db, {
      workspaceId: built.workspaceId,
      customers: built.customers,
      eventsPerSecond: options.rate,
      seconds: options.seconds,
      flipTraitSegment: built.flipTraitId,
      flipProductSegment: built.flipProductId,
      // A kept database has seen earlier runs' traffic: theirs is not sent again.
      seed: options.reuse !== null ? Date.now() % 2 ** 31 : 42,
    });
    reportLatency(engine, latency);
    const totals = profile?.stop();
    if (totals) printProfile(totals, latency.appended, 'event');
    await cpuPerCustomer(database, built.workspaceId, built.customers).catch((error: unknown) =>
      console.log(
        `  evaluateCustomers failed: ${error instanceof Error ? String(error.cause ?? error.message) : String(error)}`,
      ),
    );
    await printServerSettings(database);
  } finally {
    if (kept) {
      const name = await queryOne<{ name: string }>(database.db, sql`select current_database() as name`);
      await database.close();
      console.log(
        `${engine}: kept ${name!.name} (npm run bench -- segments --engine postgres --reuse ${name!.name})`,
      );
    } else {
      await remove();
    }
  }
}

export async function run(args: string[]): Promise<void> {
  const options = parseOptions(args);
  for (const engine of options.engines) {
    if (await engineAvailable(engine)) await runOnce(engine, options);
  }
}
