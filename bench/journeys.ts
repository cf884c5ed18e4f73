// Journeys at scale: `npm run bench -- journeys [--engine postgres|embedded|both] [--customers N]
// [--delay-minutes N] [--wait-seconds N] [--loops N] [--profile]`. On each engine (`postgres`: a
// scratch database on the machine's server, 100,000 customers by default; `embedded`: the embedded
// PostgreSQL in a fresh data directory, 10,000; `--customers` sets both):
//  1. writes the customers and a segment all of them match, and publishes a journey entering on it:
//     a welcome email, a delay (`--delay-minutes`, default 1), a branch on VIP, an offer for VIPs
//     (bench/support/journeys-shop.ts);
//  2. builds the segment (rebuildStep until live): every customer's `Segment Entered` is in the log;
//  3. starts the server's consumers and the journeys worker (the server's number of loops, or
//     `--loops`), and times until every run has taken its first step (the welcome email enqueued,
//     the delay begun), then until every delay has ended and the run with it (the branch taken, the
//     offer enqueued);
//  4. prints entries/s and timer steps/s, the timers' lateness (p50/p95/p99 after their due time,
//     at the worker's claim and at its commit) and CPU per step (Node.js; PostgreSQL's backends from
//     /proc; the timers' from their first due moment). `--profile` adds every statement's round-trip
//     time, grouped, for the entries and the timers apart.
// Printed, not asserted.
import { sql } from 'drizzle-orm';
import { queryOne, queryRows, type Db } from '../src/db/connection.js';
import { progressBar } from '../src/cli/progress.js';
import { runConsumers } from '../src/modules/events/index.js';
import { journeysWorkerLoops } from '../src/core/limits.js';
import { rebuildStep } from '../src/modules/segments/worker.js';
import { createWorkspace } from '../src/modules/workspaces/index.js';
import { consumers } from '../src/server/consumers.js';
import { backendCpuSeconds, cpuUsedSince } from './support/cpu.js';
import { printProfile, profileStatements } from './support/statement-profile.js';
import { printServerSettings } from './support/server-settings.js';
import { insertBenchCustomers, isVip, segmentAndJourney } from './support/journeys-shop.js';
import { startTimerWorker, type TimerWorker } from './support/journeys-timers.js';
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
  delayMinutes: number;
  waitSeconds: number;
  /** The worker's loops: the server's number unless `--loops` says otherwise (to compare). */
  loops: number;
  profile: boolean;
}

function parseOptions(args: string[]): Options {
  const value = (name: string, fallback: string) => flagValue(args, name, fallback);
  const customers = args.includes('--customers') ? Number(value('customers', '0')) : undefined;
  const options: Options = {
    engines: enginesOf(value('engine', 'both')),
    customers: { postgres: customers ?? 100_000, embedded: customers ?? 10_000 },
    delayMinutes: Number(value('delay-minutes', '1')),
    waitSeconds: Number(value('wait-seconds', '900')),
    loops: Number(value('loops', String(journeysWorkerLoops))),
    profile: args.includes('--profile'),
  };
  for (const [name, n] of Object.entries({
    customers: customers ?? 1,
    'delay-minutes': options.delayMinutes,
    'wait-seconds': options.waitSeconds,
    loops: options.loops,
  })) {
    if (!(n > 0 && Number.isInteger(n))) throw new Error(`--${name} must be a positive whole number`);
  }
  return options;
}

const seconds = (s: number) => `${s.toFixed(2)} s`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentiles(sorted: number[]): string {
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return `p50 ${s(at(0.5))}, p95 ${s(at(0.95))}, p99 ${s(at(0.99))}, max ${s(sorted.at(-1) ?? NaN)} (${sorted.length})`;
}

/** CPU seconds so far: this Node.js process, and the database's backends. */
interface CpuMark {
  node: number;
  backends: Map<number, number>;
}

async function cpuMark(db: Db): Promise<CpuMark> {
  const usage = process.cpuUsage();
  return { node: (usage.user + usage.system) / 1e6, backends: await backendCpuSeconds(db) };
}

async function cpuBetween(
  db: Db,
  before: CpuMark,
): Promise<{ node: number; postgres: number; after: CpuMark }> {
  const after = await cpuMark(db);
  return { node: after.node - before.node, postgres: cpuUsedSince(before.backends, after.backends), after };
}

const perStep = (cpu: { node: number; postgres: number }, steps: number) =>
  `Node.js ${Math.round((cpu.node / steps) * 1e6)} µs, PostgreSQL ${Math.round((cpu.postgres / steps) * 1e6)} µs`;

async function buildSegment(db: Db): Promise<number> {
  const started = performance.now();
  while (await rebuildStep(db, new Date()));
  return (performance.now() - started) / 1000;
}

/**
 * The journey's runs, or only its ended ones counted as the runs less the open ones: those are read
 * through journey_runs_open_idx, which empties as the timers fire. Counting the ended runs from the
 * table read every run and its dead versions, 100-180 ms of the two cores every half second while
 * the worker it times was stepping.
 */
async function countRuns(db: Db, journeyId: string, total: number, ended: boolean): Promise<number> {
  const row = await queryOne<{ n: number }>(
    db,
    ended
      ? sql`select count(*)::int as n from journey_runs where journey_id = ${journeyId} and state <> 'ended'`
      : sql`select count(*)::int as n from journey_runs where journey_id = ${journeyId}`,
  );
  return ended ? total - row!.n : row!.n;
}

/** Polls the runs (or the ended ones) until all have come or the time is up; answers when it was done (ms since epoch), or null. */
async function until(
  db: Db,
  journeyId: string,
  label: string,
  total: number,
  ended: boolean,
  deadline: number,
): Promise<number | null> {
  const bar = progressBar(`${label.padEnd(12)} |{bar}| {value}/{total} runs`);
  bar.start(total, 0);
  for (;;) {
    const now = Date.now();
    const reached = await countRuns(db, journeyId, total, ended);
    bar.update(reached);
    if (reached >= total) {
      bar.stop();
      return now;
    }
    if (now > deadline) {
      bar.stop();
      return null;
    }
    await sleep(500);
  }
}

/**
 * Waits out the delay between the last first step and the first timer's due moment, then marks the
 * CPU: counted from the last first step, the timers' CPU took in the consumers' idle polls over the
 * rest of the delay (~40 s of the default minute).
 */
async function idleUntilDue(db: Db, journeyId: string): Promise<CpuMark> {
  const row = await queryOne<{ due: string | null }>(
    db,
    sql`select min(wake_at)::text as due from journey_runs where journey_id = ${journeyId} and state <> 'ended'`,
  );
  const wait = row?.due ? Date.parse(row.due) - Date.now() : 0;
  if (wait > 0) await sleep(wait);
  return cpuMark(db);
}

interface RunTimes {
  first_at: string;
  due: string;
  woke_at: string | null;
}

async function runTimes(db: Db, journeyId: string): Promise<RunTimes[]> {
  // Tables filled during the run have no statistics yet: planned as empty, the join below became a
  // nested loop over every step for every run (past the statement timeout at 5,000 runs).
  await db.execute(sql`analyze journey_runs, journey_run_steps`);
  return queryRows<RunTimes>(
    db,
    sql`select d.at::text as first_at, d.detail->>'until' as due, e.at::text as woke_at
        from journey_runs r
        join journey_run_steps d on d.run_id = r.id and d.action = 'delaying'
        left join journey_run_steps e on e.run_id = r.id and e.action = 'delay_ended'
        where r.journey_id = ${journeyId}`,
  );
}

function reportTimers(times: RunTimes[], worker: TimerWorker): void {
  const woken = times.filter((t) => t.woke_at !== null);
  const claimed = woken.map((t) => Date.parse(t.woke_at!) - Date.parse(t.due)).sort((a, b) => a - b);
  const committed = woken
    .map((t) => (worker.committedAt.get(new Date(t.woke_at!).toISOString()) ?? NaN) - Date.parse(t.due))
    .filter((ms) => !Number.isNaN(ms))
    .sort((a, b) => a - b);
  // A run entered after its delay's end (the consumer behind the log) is late before any timer
  // could fire: this lateness counts from its due time or its entry, whichever came later.
  const beyondEntry = woken
    .map((t) => Date.parse(t.woke_at!) - Math.max(Date.parse(t.due), Date.parse(t.first_at)))
    .sort((a, b) => a - b);
  const dues = times.map((t) => Date.parse(t.due)).sort((a, b) => a - b);
  const wokeAt = woken.map((t) => Date.parse(t.woke_at!)).sort((a, b) => a - b);
  const span = ((wokeAt.at(-1) ?? 0) - (wokeAt[0] ?? 0)) / 1000;
  console.log(
    `  timers: ${times.length} due over ${seconds(((dues.at(-1) ?? 0) - (dues[0] ?? 0)) / 1000)}, ` +
      `${woken.length} stepped over ${seconds(span)} (${Math.round(woken.length / Math.max(span, 0.001))} timer steps/s)`,
  );
  console.log(`    lateness at the worker's claim:  ${percentiles(claimed)}`);
  console.log(`    lateness at the step's commit:   ${percentiles(committed)}`);
  console.log(`    at the claim, after due or entry: ${percentiles(beyondEntry)}`);
  const calls = worker.calls.map((c) => c.ms).sort((a, b) => a - b);
  const runs = worker.calls.reduce((sum, c) => sum + c.runs, 0);
  console.log(
    `    worker: ${worker.calls.length} claims of ${(runs / Math.max(worker.calls.length, 1)).toFixed(0)} runs on average, ` +
      `each ${percentiles(calls)}; ${worker.errors} failed`,
  );
}

async function runOnce(engine: BenchEngine, options: Options): Promise<void> {
  const customers = options.customers[engine];
  const { database, remove } = await migratedBenchDatabase(engine, 'journeys', 8);
  try {
    const { db } = database;
    const workspace = await createWorkspace(db, {
      timezone: 'Asia/Ho_Chi_Minh',
      currency: 'VND',
      locale: 'vi-VN',
    });
    let started = performance.now();
    await insertBenchCustomers(db, workspace.id, customers, new Date());
    const { segmentId, journeyId } = await segmentAndJourney(
      db,
      workspace.id,
      options.delayMinutes,
      new Date(),
    );
    console.log(
      `${engine}: ${customers} customers written in ${seconds((performance.now() - started) / 1000)}`,
    );
    const rebuild = await buildSegment(db);
    const entered = await queryOne<{ n: number }>(
      db,
      sql`select count(*)::int as n from events where name = 'Segment Entered' and properties->>'segment_id' = ${segmentId}`,
    );
    console.log(`  segment built in ${seconds(rebuild)}: ${entered!.n} Segment Entered in the log`);

    const profile = options.profile ? profileStatements() : null;
    let consumerErrors = 0;
    const before = await cpuMark(db);
    const t0 = Date.now();
    started = performance.now();
    const runner = runConsumers(db, consumers, (name, error) => {
      consumerErrors++;
      if (consumerErrors <= 3)
        console.log(`  consumer ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    });
    const worker = startTimerWorker(db, options.loops);
    const deadline = t0 + options.waitSeconds * 1000;
    const firstDone = await until(db, journeyId, 'first steps', customers, false, deadline);
    const entryCpu = await cpuBetween(db, before);
    const entryTotals = profile?.stop();
    const idle = firstDone === null ? null : await idleUntilDue(db, journeyId);
    const timersFrom = idle === null ? entryCpu.after : idle;
    const timerProfile = options.profile ? profileStatements() : null;
    const allDone =
      firstDone === null ? null : await until(db, journeyId, 'timers', customers, true, deadline);
    const timerCpu = await cpuBetween(db, timersFrom);
    await runner.stop();
    await worker.stop();
    const timerTotals = timerProfile?.stop();

    const times = await runTimes(db, journeyId);
    const firstAt = times.map((t) => Date.parse(t.first_at)).sort((a, b) => a - b);
    const messages = await queryOne<{ n: number }>(
      db,
      sql`select count(*)::int as n from messages where workspace_id = ${workspace.id} and producer_kind = 'journey'`,
    );
    const vips = Array.from({ length: customers }, (_, n) => n).filter(isVip).length;
    const entrySpan = ((firstAt.at(-1) ?? 0) - (firstAt[0] ?? 0)) / 1000;
    console.log(
      firstDone === null
        ? `  first steps did not all happen within --wait-seconds: ${times.length} of ${customers}`
        : `  all ${customers} first steps (welcome enqueued, delay begun) ${seconds((firstDone - t0) / 1000)} after the consumers started ` +
            `(polled every 0.5 s); the consumer entered them over ${seconds(entrySpan)}: ${Math.round(customers / Math.max(entrySpan, 0.001))} entries/s`,
    );
    console.log(`    CPU per entry (to the last first step): ${perStep(entryCpu, customers)}`);
    reportTimers(times, worker);
    if (allDone !== null) {
      const whole = { node: entryCpu.node + timerCpu.node, postgres: entryCpu.postgres + timerCpu.postgres };
      console.log(
        `    CPU per timer step (from the first due moment to the last run's end): ${perStep(timerCpu, customers)}`,
      );
      console.log(
        `    CPU per step, entries and timers (${2 * customers} steps; the idle delay between left out): ${perStep(whole, 2 * customers)}`,
      );
    }
    console.log(
      `  messages enqueued: ${messages!.n} (expected ${customers + vips}: a welcome each, an offer for the ${vips} VIPs); ` +
        `${consumerErrors} consumer errors; ${seconds((performance.now() - started) / 1000)} in all`,
    );
    if (entryTotals) printProfile(entryTotals, customers, 'entry');
    if (timerTotals) printProfile(timerTotals, customers, 'timer step');
    await printServerSettings(database);
  } finally {
    await remove();
  }
}

export async function run(args: string[]): Promise<void> {
  const options = parseOptions(args);
  for (const engine of options.engines) {
    if (await engineAvailable(engine)) await runOnce(engine, options);
  }
}
