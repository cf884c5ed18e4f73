// Loyalty ledger throughput: `npm run bench -- loyalty [--engine embedded|postgres|both]
// [--seconds N] [--clients N] [--customers N] [--rounds N]`. Concurrent clients run ledger
// transactions — three orders (earnPoints) for every redemption (spendPoints), each one call —
// against a fresh database, with each side's CPU per transaction, and the ledger check runs at the
// end. On `embedded` (the embedded PostgreSQL in a fresh data directory) one round runs. On
// `postgres` (a scratch database on the machine's server), each round is
// followed by pgbench's TPC-B-like run (scale 10, same clients, same duration, its own database)
// and the ratio is printed, with pgbench's CPU per transaction: on two cores the CPU and the
// disk's commit rate are the ceiling for both. Each run starts, as pgbench's does, from initialised
// and analysed tables (seedHistory). A single round can be off by a tenth when the machine is busy
// elsewhere, so `postgres` runs several alternating rounds and the median ratio is the figure.
// Printed, not asserted.
import { spawnSync } from 'node:child_process';
import type { Database } from '../src/db/connection.js';
import { refreshPlannerStatistics } from '../src/db/statistics.js';
import { checkLedger, earnPoints, spendPoints } from '../src/modules/loyalty/index.js';
import { createWorkspace } from '../src/modules/workspaces/index.js';
import { updateProgram } from '../src/modules/loyalty/program/program.js';
import { backendCpuSeconds, cpuUsedSince, machineBusySeconds } from './support/cpu.js';
import { scratchDatabase } from './support/scratch-database.js';
import {
  engineAvailable,
  enginesOf,
  type BenchEngine,
  flagValue,
  migratedBenchDatabase,
} from './support/storage.js';

type Engine = BenchEngine;

interface Options {
  engines: Engine[];
  seconds: number;
  clients: number;
  customers: number;
  rounds: number;
}

interface Result {
  engine: Engine;
  orders: number;
  redemptions: number;
  refused: number;
  failed: number;
  seconds: number;
  transactionsPerSecond: number;
  ledgerOk: boolean;
  ledgerProblems: number;
  /** CPU per ledger transaction: this Node.js process and the database's PostgreSQL backends. */
  cpuMicros: { node: number; postgres: number } | null;
}

interface PgbenchResult {
  tps: number;
  /** Whole-machine CPU per TPC-B transaction: pgbench's client and the server's backends. */
  cpuMicros: number;
}

function parseOptions(args: string[]): Options {
  const value = (name: string, fallback: string) => flagValue(args, name, fallback);
  return {
    engines: enginesOf(value('engine', 'both')),
    seconds: Number(value('seconds', '10')),
    clients: Number(value('clients', '16')),
    customers: Number(value('customers', '1000')),
    rounds: Number(value('rounds', '3')),
  };
}

/**
 * Like pgbench's initialisation, the run starts from a shop with history and planner statistics:
 * every customer has earned twice, and the tables are analysed as a running server's statistics
 * refresh would have (src/db/statistics.ts). Without it every connection plans the ledger's calls
 * on empty tables and keeps those plans (this PostgreSQL runs with autovacuum off).
 */
async function seedHistory(
  engine: Engine,
  database: Database,
  workspaceId: string,
  options: Options,
): Promise<void> {
  const started = Date.now();
  const at = new Date();
  for (let first = 0; first < options.customers; first += options.clients) {
    const customers = Array.from(
      { length: Math.min(options.clients, options.customers - first) },
      (_, i) => first + i,
    );
    await Promise.all(
      customers.flatMap((c) =>
        [0, 1].map((n) =>
          earnPoints(database.db, {
            workspaceId,
            customerId: `cus_bench_${c}`,
            points: 100,
            kind: 'earn',
            reason: 'history',
            source: { type: 'order', id: `history-${c}-${n}` },
            idempotencyKey: `history-${c}-${n}`,
            at,
          }),
        ),
      ),
    );
  }
  await refreshPlannerStatistics(database.db);
  console.log(
    `${engine.padEnd(8)} history: ${options.customers * 2} earnings and the planner's statistics in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

/** One client: orders and redemptions of random customers until the deadline. */
async function client(
  database: Database,
  workspaceId: string,
  options: Options,
  deadline: number,
  index: number,
  result: Result,
) {
  let n = 0;
  while (Date.now() < deadline) {
    n++;
    const customerId = `cus_bench_${Math.floor(Math.random() * options.customers)}`;
    const key = `c${index}-${n}`;
    const at = new Date();
    try {
      if (n % 4 === 0) {
        const spent = await spendPoints(database.db, {
          workspaceId,
          customerId,
          points: 50,
          reason: 'reward',
          source: { type: 'bench', id: key },
          idempotencyKey: key,
          at,
        });
        if (spent.ok) result.redemptions++;
        else result.refused++;
      } else {
        await earnPoints(database.db, {
          workspaceId,
          customerId,
          points: 1 + Math.floor(Math.random() * 200),
          kind: 'earn',
          reason: 'order',
          source: { type: 'order', id: key },
          idempotencyKey: key,
          at,
        });
        result.orders++;
      }
    } catch {
      result.failed++;
    }
  }
}

async function benchEngine(engine: Engine, options: Options): Promise<Result> {
  const { database, remove } = await migratedBenchDatabase(engine, 'loyalty', options.clients);
  try {
    const workspace = await createWorkspace(database.db);
    // A shop with a program, as in production: 1 point per $1, points expire 12 months after earning.
    await updateProgram(database.db, workspace.id, { expiry: { policy: 'per_lot', months: 12 } });
    await seedHistory(engine, database, workspace.id, options);
    const result: Result = {
      engine,
      orders: 0,
      redemptions: 0,
      refused: 0,
      failed: 0,
      seconds: 0,
      transactionsPerSecond: 0,
      ledgerOk: false,
      ledgerProblems: 0,
      cpuMicros: null,
    };
    const backendsBefore = await backendCpuSeconds(database.db);
    const nodeBefore = process.cpuUsage();
    const started = Date.now();
    const deadline = started + options.seconds * 1000;
    await Promise.all(
      Array.from({ length: options.clients }, (_, i) =>
        client(database, workspace.id, options, deadline, i, result),
      ),
    );
    result.seconds = (Date.now() - started) / 1000;
    const transactions = result.orders + result.redemptions + result.refused;
    result.transactionsPerSecond = transactions / result.seconds;
    const node = process.cpuUsage(nodeBefore);
    const postgresSeconds = cpuUsedSince(backendsBefore, await backendCpuSeconds(database.db));
    result.cpuMicros = {
      node: (node.user + node.system) / transactions,
      postgres: (postgresSeconds * 1e6) / transactions,
    };
    const check = await checkLedger(database.db);
    result.ledgerOk = check.ok;
    result.ledgerProblems = check.problems.length;
    return result;
  } finally {
    await remove();
  }
}

/** pgbench's TPC-B-like run in a database of its own: its transactions per second and their CPU. */
async function pgbench(options: Options): Promise<PgbenchResult | null> {
  const scratch = await scratchDatabase('pgbench');
  const { name } = scratch;
  const url = new URL(scratch.url);
  const connection = [
    '-h',
    url.hostname,
    '-p',
    url.port || '5432',
    '-U',
    decodeURIComponent(url.username || 'postgres'),
  ];
  try {
    const init = spawnSync('pgbench', [...connection, '-i', '-s', '10', '-q', name], { encoding: 'utf8' });
    if (init.status !== 0) return null;
    const busyBefore = machineBusySeconds();
    const run = spawnSync(
      'pgbench',
      [...connection, '-c', String(options.clients), '-j', '2', '-T', String(options.seconds), name],
      { encoding: 'utf8' },
    );
    const busySeconds = machineBusySeconds() - busyBefore;
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(run.stdout);
    const processed = /number of transactions actually processed: (\d+)/.exec(run.stdout);
    if (!tps || !processed) return null;
    return { tps: Number(tps[1]), cpuMicros: (busySeconds * 1e6) / Number(processed[1]) };
  } finally {
    await scratch.drop();
  }
}

function print(result: Result): void {
  console.log(
    `${result.engine.padEnd(8)} ${result.transactionsPerSecond.toFixed(0).padStart(6)} ledger tx/s ` +
      `(orders ${(result.orders / result.seconds).toFixed(0)}/s, redemptions ${(result.redemptions / result.seconds).toFixed(0)}/s, ` +
      `refused for points ${(result.refused / result.seconds).toFixed(0)}/s, failed ${result.failed}) over ${result.seconds.toFixed(1)} s; ` +
      `ledger check: ${result.ledgerOk ? 'ok' : `${result.ledgerProblems} problems`}`,
  );
  if (result.cpuMicros) {
    const { node, postgres } = result.cpuMicros;
    console.log(
      `${''.padEnd(8)} CPU per ledger transaction: Node.js ${node.toFixed(0)} µs, PostgreSQL ${postgres.toFixed(0)} µs`,
    );
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Rounds of retain then pgbench, alternating; answers each round's ratio. */
async function postgresRounds(options: Options): Promise<number[]> {
  const ratios: number[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    const result = await benchEngine('postgres', options);
    print(result);
    const tpcb = await pgbench(options);
    if (tpcb === null) {
      console.log('pgbench  could not run (is pgbench installed and the server reachable?)');
      return ratios;
    }
    ratios.push(result.transactionsPerSecond / tpcb.tps);
    console.log(
      `pgbench  ${tpcb.tps.toFixed(0).padStart(6)} tps TPC-B-like (scale 10, ${options.clients} clients, ${options.seconds} s), ` +
        `CPU per transaction ${tpcb.cpuMicros.toFixed(0)} µs (whole machine); round ${round}: retain/pgbench = ${ratios.at(-1)!.toFixed(2)}`,
    );
  }
  return ratios;
}

export async function run(args: string[]): Promise<void> {
  const options = parseOptions(args);
  console.log(
    `loyalty ledger bench: ${options.clients} clients, ${options.seconds} s, ${options.customers} customers, 3 orders : 1 redemption`,
  );
  for (const engine of options.engines) {
    if (!(await engineAvailable(engine))) continue;
    if (engine === 'embedded') {
      print(await benchEngine(engine, options));
      continue;
    }
    const ratios = await postgresRounds(options);
    if (ratios.length > 0) {
      console.log(
        `retain/pgbench median of ${ratios.length} rounds = ${median(ratios).toFixed(2)} ` +
          `(rounds: ${ratios.map((r) => r.toFixed(2)).join(', ')}; target ≥ 0.80)`,
      );
    }
  }
}
