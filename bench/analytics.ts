// Analytics at scale: `npm run bench -- analytics [--customers N] [--engine postgres|embedded] [--keep]
// | --reuse <postgres-url or data directory>]`.
// Builds a fresh database (`postgres`: a scratch database on the machine's server; `embedded`: the
// embedded PostgreSQL in a fresh data directory), simulates a customer base from known BG/NBD +
// Gamma-Gamma parameters (src/testing/generators/bgnbd.ts; about 10 orders per customer), bulk-loads the
// orders straight into the orders table with multi-row INSERTs (a benchmark, not the ingestion
// path; `--keep` leaves the database or data directory and `--reuse` times one kept earlier
// without loading again), then times a full
// recompute — per-customer aggregation, model refit, scoring, write-back — four times: as of the
// load (on a fresh load it classifies every customer), a day later (the nightly run: every score
// moves; inputs from the rows kept by the first), again with nothing changed, and another night
// with every order aggregated again. Prints the figures; asserts nothing.
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { dayMs } from '../src/core/time.js';
import { openDatabase, type Database } from '../src/db/connection.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { recomputeAll, recomputeConnections, type RecomputeResult } from '../src/modules/analytics/index.js';
import { insertOrders } from '../src/testing/orders.js';
import { createWorkspace, ensureDefaultWorkspace } from '../src/modules/workspaces/index.js';
import { simulateBgNbd } from '../src/testing/generators/bgnbd.js';
import { benchStorage, type BenchEngine } from './support/storage.js';

const customersPerChunk = 100_000;
const asOf = new Date('2026-06-30T00:00:00Z');
/** λ ~ Gamma(2, 8.4) per week, p ~ Beta(0.4, 8), births over two years: about 10 orders each. */
const truth = {
  purchases: { r: 2, alpha: 8.4, a: 0.4, b: 8 },
  spend: { p: 6, q: 4, gamma: 2_000 },
};

interface Options {
  customers: number;
  engine: BenchEngine;
  keep: boolean;
  reuse: string | undefined;
}

function parseArgs(args: string[]): Options {
  const options: Options = { customers: 1_000_000, engine: 'postgres', keep: false, reuse: undefined };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--customers') options.customers = Number(args[++i]);
    else if (args[i] === '--engine') options.engine = args[++i] === 'embedded' ? 'embedded' : 'postgres';
    else if (args[i] === '--keep') options.keep = true;
    else if (args[i] === '--reuse') options.reuse = args[++i];
  }
  if (!(options.customers > 0)) throw new Error('--customers must be a positive number');
  return options;
}

async function freshDatabase(
  engine: Options['engine'],
): Promise<{ database: Database; drop(): Promise<void>; kept: string }> {
  const storage = await benchStorage(engine, 'analytics');
  if (storage.databaseUrl) console.log(`database: ${storage.databaseUrl}`);
  else console.log(`data directory: ${storage.dataDir}`);
  const database = await openDatabase({
    databaseUrl: storage.databaseUrl,
    dataDir: storage.dataDir,
    poolSize: 4,
  }).catch(async (error: unknown) => {
    await storage.remove();
    throw error;
  });
  return { database, drop: () => storage.remove(), kept: storage.databaseUrl ?? storage.dataDir };
}

/** Simulates and loads the customers in chunks, so memory stays bounded. */
async function loadOrders(database: Database, workspaceId: string, customers: number): Promise<number> {
  let orders = 0;
  for (let first = 0; first < customers; first += customersPerChunk) {
    const count = Math.min(customersPerChunk, customers - first);
    const simulated = simulateBgNbd({
      customers: count,
      seed: 1 + first,
      ...truth,
      timeUnit: 'week',
      birthsFrom: asOf.getTime() - 730 * dayMs,
      birthWindowDays: 730,
      asOf: asOf.getTime(),
    });
    await insertOrders(database.db, workspaceId, {
      customerId: Array.from(simulated.customer, (i) => `cus_bench${String(first + i).padStart(8, '0')}`),
      placedAtMs: simulated.at,
      totalMinor: simulated.value,
    });
    orders += simulated.customer.length;
    process.stderr.write(`\rloaded ${first + count} customers, ${orders} orders`);
  }
  process.stderr.write('\n');
  return orders;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function report(label: string, result: RecomputeResult, wallMs: number): void {
  const { timings } = result;
  const model = result.model;
  console.log(
    `${label}: ${seconds(wallMs)} for ${result.customers} customers ` +
      `(inputs from ${result.inputs.from === 'orders' ? 'every order' : 'the kept rows'}; aggregate ${seconds(timings.aggregate)}, fit ${seconds(timings.fit)}, rfm ${seconds(timings.rfm)}, ` +
      `score + write ${seconds(timings.write)} of which scoring ${seconds(timings.score)}; ` +
      `${result.stageChanges} stage changes; load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')})`,
  );
  if (model?.bgnbd) {
    console.log(
      `  BG/NBD fit ${model.fit_ms} ms: r=${model.bgnbd.r.toFixed(3)} α=${model.bgnbd.alpha.toFixed(3)} ` +
        `a=${model.bgnbd.a.toFixed(3)} b=${model.bgnbd.b.toFixed(3)} (true ${JSON.stringify(truth.purchases)})`,
    );
  }
  if (model?.gamma_gamma) {
    console.log(
      `  Gamma-Gamma: p=${model.gamma_gamma.p.toFixed(3)} q=${model.gamma_gamma.q.toFixed(3)} ` +
        `γ=${model.gamma_gamma.gamma.toFixed(1)} (true ${JSON.stringify(truth.spend)})`,
    );
  }
}

/**
 * The nightly case is the second: a day later every customer's recency and predictions move, so
 * every row is rewritten; its inputs are the rows the first run kept. The third, with nothing
 * changed, writes nothing but the refit. The fourth is another night with every order aggregated
 * again (`rescan`), as when the kept rows cannot be used.
 */
async function timeRecomputes(database: Database, workspaceId: string): Promise<void> {
  const day = (n: number) => new Date(asOf.getTime() + n * dayMs);
  for (const [label, at, rescan] of [
    ['recompute (as of the last order day; on a fresh load every customer gets a stage)', asOf, false],
    ['recompute (nightly: a day later, every score moves)', day(1), false],
    ['recompute (again, nothing changed)', day(1), false],
    ['recompute (the next night, every order aggregated again)', day(2), true],
  ] as const) {
    // Between two nights autovacuum (off on this machine's server; on the embedded one, it may not
    // have come round yet) would have cleaned the rows the last run rewrote and refreshed the
    // planner's statistics of the new table: both engines start each run from that state.
    await database.db.execute(sql`vacuum analyze customer_scores`);
    const started = performance.now();
    const result = await recomputeAll(database.db, workspaceId, {
      asOf: at,
      rescan,
      ...recomputeConnections(),
    });
    report(label, result, performance.now() - started);
  }
}

export async function run(args: string[]): Promise<void> {
  const options = parseArgs(args);
  if (options.reuse) {
    const reuse = /^postgres(ql)?:\/\//.test(options.reuse)
      ? { databaseUrl: options.reuse }
      : { dataDir: options.reuse };
    const database = await openDatabase({ ...reuse, poolSize: 4 });
    try {
      const workspace = await ensureDefaultWorkspace(database.db);
      await timeRecomputes(database, workspace.id);
    } finally {
      await database.close();
    }
    return;
  }
  const { database, drop, kept } = await freshDatabase(options.engine);
  try {
    await migrateDatabase(database);
    const workspace = await createWorkspace(database.db, { timezone: 'Asia/Ho_Chi_Minh', currency: 'USD' });
    const started = performance.now();
    const orders = await loadOrders(database, workspace.id, options.customers);
    const loadMs = performance.now() - started;
    console.log(
      `${options.engine}: loaded ${orders} orders of ${options.customers} customers in ${seconds(loadMs)} ` +
        `(${Math.round(orders / (loadMs / 1000))} rows/s, multi-row INSERTs)`,
    );
    // What autovacuum does to freshly loaded rows (this machine's server runs without it): it marks
    // the pages all-visible, so the recompute reads the orders from their index alone.
    await database.db.execute(sql`vacuum analyze orders`);
    await timeRecomputes(database, workspace.id);
  } finally {
    await database.close();
    if (options.keep) console.log(`kept: --reuse ${kept}`);
    else await drop();
  }
}
