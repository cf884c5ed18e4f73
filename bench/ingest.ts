// Ingestion throughput: `npm run bench -- ingest [--engine embedded|postgres|both]
// [--consumers during|off|after, or a list: during,off] [--batches N] [--clients N] [--seconds N]
// [--catch-up-seconds N] [--servers N] [--customers N]` (RETAIN_POSTGRES_SETTINGS sets the
// embedded server's settings, as for `retain start`). Starts retain on 127.0.0.1 (`embedded`: the
// embedded PostgreSQL in a fresh data directory in a temp folder; `postgres`: a fresh database on
// the server at postgres://postgres@127.0.0.1:5432 when it answers), sends batches of 100 realistic
// Segment messages from concurrent HTTP clients, and prints the events accepted per second, how
// long the log's consumers then take to catch up, and who spent the CPU. `--servers N` serves the
// API from N processes on the one database (retain's way to scale out; on `embedded` the others
// connect to the first one's server); the clients take turns among them.
//
// With no flags it measures both engines, side by side, with the consumers running (`during`) and
// with them off, and ends with one table comparing them against the targets below (printed, not
// asserted). The default batch counts keep the whole run within about four minutes on two cores.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { sql } from 'drizzle-orm';
import { queryOne, queryRows, type Db } from '../src/db/connection.js';
import { createApiKey } from '../src/modules/auth/index.js';
import { runConsumers } from '../src/modules/events/index.js';
import { consumers } from '../src/server/consumers.js';
import { readConfig } from '../src/server/config.js';
import { startServer } from '../src/server/server.js';
import { segmentBatch } from './generators/segment.js';
import { backendCpuSeconds, cpuUsedSince, processCpuSeconds } from './support/cpu.js';
import { benchStorage, engineAvailable, enginesOf, type BenchEngine } from './support/storage.js';

export type { BenchEngine } from './support/storage.js';
export type ConsumerMode = 'after' | 'during' | 'off';

export interface IngestBenchOptions {
  engine: BenchEngine;
  /** Batches to send (stops earlier at `seconds`). */
  batches: number;
  eventsPerBatch: number;
  /** Concurrent HTTP clients. */
  clients: number;
  seconds: number;
  /**
   * `after`: ingestion alone, then the consumers start and their catch-up is timed; `during`: the
   * server's consumers run while ingesting, as in production; `off`: no consumers.
   */
  consumers: ConsumerMode;
  /** Distinct customers the traffic is spread over. */
  customers: number;
  /** How long to wait for the consumers after the last answer. */
  catchUpSecondsMax: number;
  /** Processes serving the API: this one and `servers - 1` children on the same database. */
  servers: number;
}

export interface IngestBenchResult {
  engine: BenchEngine;
  consumers: ConsumerMode;
  servers: number;
  eventsAccepted: number;
  eventsStored: number;
  requestsFailed: number;
  sendSeconds: number;
  eventsPerSecond: number;
  latencyMsP50: number;
  latencyMsP99: number;
  /** From the last answer until every consumer had applied every event. */
  catchUpSeconds: number;
  /** Events some consumer had still to apply when the wait gave up (0 when caught up). */
  eventsBehind: number;
  /** That consumer. */
  slowestConsumer?: string | undefined;
  /**
   * CPU per accepted event while sending, load generator excluded: retain's processes and the
   * PostgreSQL backends serving the database. On a busy machine they say more than events/s does.
   */
  retainCpuMicrosPerEvent: number;
  postgresCpuMicrosPerEvent: number;
  /** The load generator's own thread: CPU the machine spends on sending, not on retain. */
  clientCpuMicrosPerEvent: number;
  /**
   * With `--consumers after`, CPU per accepted event from the consumers' start until they caught
   * up (the poll's own statements included): what they cost, whatever else the machine did.
   */
  consumersCpuMicrosPerEvent?: { retain: number; postgres: number } | undefined;
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

// The HTTP clients run in a worker thread so they do not share the server's event loop.
const clientScript = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const threadCpu = () => {
  const fields = fs.readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const cpuAtStart = threadCpu();
const { urls, authorization, bodies: texts, clients, seconds, eventsPerBatch } = workerData;
// node:http with kept-alive connections, not fetch: fetch (undici) cost ~960 µs of this thread a
// request (measured), a CPU the two cores would otherwise give retain and PostgreSQL.
const http = require('node:http');
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
const bodies = texts.map((text) => Buffer.from(text));
function post(url, body) {
  return new Promise((resolve, reject) => {
    const request = http.request(url + '/v1/batch', {
      method: 'POST', agent,
      headers: { authorization, 'content-type': 'application/json', 'content-length': body.length },
    }, (response) => {
      response.on('data', () => {});
      response.on('end', () => resolve(response.statusCode));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}
const deadline = Date.now() + seconds * 1000;
const latencies = [];
let nextBody = 0, accepted = 0, failed = 0;
async function client(_, index) {
  const url = urls[index % urls.length];
  while (nextBody < bodies.length && Date.now() < deadline) {
    const body = bodies[nextBody++];
    const started = performance.now();
    const status = await post(url, body);
    latencies.push(performance.now() - started);
    if (status === 200) accepted += eventsPerBatch; else failed += 1;
  }
}
const started = performance.now();
Promise.all(Array.from({ length: clients }, client)).then(() =>
  parentPort.postMessage({
    accepted, failed, seconds: (performance.now() - started) / 1000, latencies,
    clientCpuSeconds: threadCpu() - cpuAtStart,
  }));
`;

interface Sent {
  accepted: number;
  failed: number;
  seconds: number;
  latencies: number[];
  /** CPU the load generator's thread used, to leave out of retain's. */
  clientCpuSeconds: number;
}

/** Sends the bodies from `clients` concurrent loops until all are sent or time is up. */
function send(
  urls: string[],
  authorization: string,
  bodies: string[],
  options: IngestBenchOptions,
): Promise<Sent> {
  const worker = new Worker(clientScript, {
    eval: true,
    workerData: { urls, authorization, bodies, ...options },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (sent: Sent) => {
      sent.latencies.sort((a, b) => a - b);
      resolve(sent);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/**
 * Seconds until every consumer's cursor has passed every event, polled while the server's own
 * consumer runner works; gives up (Infinity) after `secondsMax`. The poll asks only whether an
 * event lies beyond each cursor (one step along the log's index): counting the backlog at every
 * poll took most of a PostgreSQL core from the consumers it was timing. The count is taken once,
 * when the wait gives up.
 */
async function catchUp(
  db: Db,
  secondsMax: number,
): Promise<{ seconds: number; eventsBehind: number; slowest?: string }> {
  const started = performance.now();
  const names = `{${consumers.map((consumer) => consumer.name).join(',')}}`;
  // A consumer without a cursor yet has every event still to apply.
  const beyondCursor = (verdict: ReturnType<typeof sql>) =>
    queryRows<{ name: string; events: number }>(
      db,
      sql`select n.name, ${verdict} as events
          from unnest(${names}::text[]) as n(name)
          left join consumer_cursors c on c.consumer = n.name
          order by events desc`,
    );
  const after = sql`(e.tx_id, e.id) > (coalesce(c.tx_id, '0'::xid8), coalesce(c.event_id, ''))`;
  // The next event in log order, found along the log's index; `exists` or a bare limit may read
  // the log from its start.
  const next = sql`select from events e where ${after} order by e.tx_id, e.id limit 1`;
  for (;;) {
    const behind = await beyondCursor(sql`(select count(*) from (${next}) x)::int`);
    const seconds = (performance.now() - started) / 1_000;
    if (!behind[0] || behind[0].events === 0) return { seconds, eventsBehind: 0 };
    if (seconds > secondsMax) {
      const [slowest] = await beyondCursor(sql`(select count(*) from events e where ${after})::int`);
      return { seconds: Infinity, eventsBehind: slowest!.events, slowest: slowest!.name };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const reportedConsumers = new Set<string>();
/** A failing consumer would otherwise look merely slow: say so, once per consumer. */
function reportConsumerError(consumer: string, error: unknown): void {
  if (reportedConsumers.has(consumer)) return;
  reportedConsumers.add(consumer);
  console.error(`consumer ${consumer} failed a step: ${String(error).slice(0, 300)}`);
}

interface ServerProcess {
  url: string;
  child: ChildProcess;
}

const serverScript = path.join(
  path.dirname(new URL(import.meta.url).pathname),
  'support',
  'ingest-server.ts',
);

/** Another retain process on the same database (on `embedded`, the first process's server). */
async function startServerProcess(databaseUrl: string, consumers: boolean): Promise<ServerProcess> {
  // The same Node flags as this process (`npm run bench` sets the server's young generation).
  const child = spawn(process.execPath, [...process.execArgv, '--import', 'tsx', serverScript], {
    env: { ...process.env, DATABASE_URL: databaseUrl, RETAIN_CONSUMERS: consumers ? 'on' : 'off' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await Promise.race([
    once(child.stdout!, 'data'),
    once(child, 'exit').then(() => {
      throw new Error('a bench server process exited before it served');
    }),
  ])) as [Buffer];
  return { url: (JSON.parse(line.toString()) as { url: string }).url, child };
}

async function stopServerProcess(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null) return;
  server.child.kill('SIGTERM');
  await once(server.child, 'exit');
}

export async function benchIngest(options: IngestBenchOptions): Promise<IngestBenchResult> {
  const storage = await benchStorage(options.engine, 'ingest');
  const server = await startServer({
    databaseUrl: storage.databaseUrl,
    dataDir: storage.dataDir,
    // RETAIN_POSTGRES_SETTINGS reaches the embedded server as it does with `retain start`.
    embeddedSettings: readConfig({ RETAIN_POSTGRES_SETTINGS: process.env.RETAIN_POSTGRES_SETTINGS })
      .embeddedSettings,
    port: 0,
    host: '127.0.0.1',
    logLevel: 'warn',
    consumers: options.consumers === 'during',
    trustedProxies: [],
  }).catch(async (error: unknown) => {
    await storage.remove();
    throw error;
  });
  const others: ServerProcess[] = [];
  try {
    // The others connect to the embedded server this process started, as `retain start` would.
    const databaseUrl = storage.databaseUrl ?? server.ctx.database.embedded!.url;
    for (let index = 1; index < options.servers; index += 1) {
      others.push(await startServerProcess(databaseUrl, options.consumers === 'during'));
    }
    const retainCpu = () =>
      others.reduce((sum, other) => sum + processCpuSeconds(other.child.pid!), processCpuSeconds('self'));
    const workspaceId = server.ctx.defaultWorkspaceId!;
    const { key } = await createApiKey(server.ctx.db, workspaceId, { name: 'bench' });
    const authorization = `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
    const seed = Date.now() % 1_000_000;
    const bodies = Array.from({ length: options.batches }, (_, batch) =>
      JSON.stringify(
        segmentBatch({ seed, batch, size: options.eventsPerBatch, customers: options.customers }),
      ),
    );

    // Both engines are PostgreSQL servers on this machine: their backends' CPU is read alike.
    const postgresBackends = () => backendCpuSeconds(server.ctx.db);
    const backendsBefore = await postgresBackends();
    const processBefore = retainCpu();
    const urls = [server.url, ...others.map((other) => other.url)];
    const sent = await send(urls, authorization, bodies, options);
    // Where sending ended is where the consumers' count begins (with `--consumers after`).
    const processAfterSend = retainCpu();
    const backendsAfterSend = await postgresBackends();
    const retainCpuSeconds = processAfterSend - processBefore - sent.clientCpuSeconds;
    const postgresCpuSeconds = cpuUsedSince(backendsBefore, backendsAfterSend);
    const runner =
      options.consumers === 'after' ? runConsumers(server.ctx.db, consumers, reportConsumerError) : undefined;
    const caughtUp =
      options.consumers === 'off'
        ? { seconds: NaN, eventsBehind: NaN }
        : await catchUp(server.ctx.db, options.catchUpSecondsMax);
    await runner?.stop();
    const consumersCpu =
      options.consumers === 'after'
        ? {
            retain: ((retainCpu() - processAfterSend) * 1e6) / sent.accepted,
            postgres: (cpuUsedSince(backendsAfterSend, await postgresBackends()) * 1e6) / sent.accepted,
          }
        : undefined;
    const stored = await queryOne<{ count: number }>(
      server.ctx.db,
      sql`select count(*)::int as count from events where workspace_id = ${workspaceId} and source = 'api'`,
    );
    return {
      engine: options.engine,
      consumers: options.consumers,
      servers: options.servers,
      eventsAccepted: sent.accepted,
      eventsStored: stored?.count ?? 0,
      requestsFailed: sent.failed,
      sendSeconds: sent.seconds,
      eventsPerSecond: sent.accepted / sent.seconds,
      latencyMsP50: percentile(sent.latencies, 0.5),
      latencyMsP99: percentile(sent.latencies, 0.99),
      catchUpSeconds: caughtUp.seconds,
      retainCpuMicrosPerEvent: (retainCpuSeconds * 1e6) / sent.accepted,
      postgresCpuMicrosPerEvent: (postgresCpuSeconds * 1e6) / sent.accepted,
      clientCpuMicrosPerEvent: (sent.clientCpuSeconds * 1e6) / sent.accepted,
      eventsBehind: caughtUp.eventsBehind,
      slowestConsumer: 'slowest' in caughtUp ? caughtUp.slowest : undefined,
      consumersCpuMicrosPerEvent: consumersCpu,
    };
  } finally {
    await Promise.all(others.map(stopServerProcess));
    await server.stop();
    await storage.remove();
  }
}

function flag(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

/**
 * Batches of 100 events by consumer mode, chosen so that the default run (both engines, `during`
 * and `off`) takes about four minutes on two cores, start-ups and catch-ups included, and each
 * measurement still sends for several seconds.
 */
const defaultBatches: Record<ConsumerMode, number> = { during: 2_000, off: 4_000, after: 2_000 };

const consumerModes: readonly ConsumerMode[] = ['during', 'off', 'after'];

/** `--consumers during,off` → those modes, in that order; none given: with consumers running, then off. */
function modesOf(value: string | undefined): ConsumerMode[] {
  if (value === undefined) return ['during', 'off'];
  const modes = value.split(',').map((mode) => mode.trim());
  for (const mode of modes) {
    if (!consumerModes.includes(mode as ConsumerMode))
      throw new Error(`--consumers takes ${consumerModes.join(', ')} (or a list of them), not ${mode}`);
  }
  return modes as ConsumerMode[];
}

/** The issue's targets for the embedded default, in events/s accepted (printed, not asserted). */
const targets: Partial<Record<BenchEngine, Partial<Record<ConsumerMode, number>>>> = {
  embedded: { during: 5_000, off: 15_000 },
};

const round = (value: number) => Math.round(value).toLocaleString('en-US');

const modeText: Record<ConsumerMode, string> = {
  during: 'consumers running',
  off: 'consumers off',
  after: 'consumers after',
};

function catchUpText(result: IngestBenchResult): string {
  if (Number.isNaN(result.catchUpSeconds)) return 'consumers off · ';
  if (result.eventsBehind > 0)
    return `the slowest consumer (${result.slowestConsumer}) still ${result.eventsBehind} events behind · `;
  return `${result.consumers === 'after' ? 'consumers started after: ' : ''}caught up ${result.catchUpSeconds.toFixed(2)} s after the last answer · `;
}

function report(result: IngestBenchResult): void {
  console.log(
    `${result.engine.padEnd(8)} ${round(result.eventsPerSecond).padStart(8)} events/s accepted` +
      (result.servers > 1 ? ` by ${result.servers} server processes · ` : ' · ') +
      `${modeText[result.consumers]} · ${round(result.eventsAccepted)} events in ${result.sendSeconds.toFixed(2)} s · ` +
      `request p50 ${result.latencyMsP50.toFixed(0)} ms, p99 ${result.latencyMsP99.toFixed(0)} ms · ` +
      catchUpText(result) +
      `stored ${round(result.eventsStored)}, failed requests ${result.requestsFailed}`,
  );
  const cpuMicros = result.retainCpuMicrosPerEvent + result.postgresCpuMicrosPerEvent;
  const cpus = os.cpus().length;
  console.log(
    `${''.padEnd(8)} CPU per event (load generator excluded): retain ${result.retainCpuMicrosPerEvent.toFixed(1)} µs, ` +
      `PostgreSQL ${result.postgresCpuMicrosPerEvent.toFixed(1)} µs → all ${cpus} CPUs to ingestion ≈ ` +
      `${round((cpus * 1e6) / cpuMicros)} events/s; the load generator ${result.clientCpuMicrosPerEvent.toFixed(1)} µs`,
  );
  const consumersCpu = result.consumersCpuMicrosPerEvent;
  if (!consumersCpu) return;
  // Consumers keeping up means every event costs its ingestion and its consumers: the rate the
  // machine sustains is what both cost together, whatever the order they run in.
  const keptUpMicros = cpuMicros + consumersCpu.retain + consumersCpu.postgres;
  console.log(
    `${''.padEnd(8)} consumers' CPU per event: retain ${consumersCpu.retain.toFixed(1)} µs, ` +
      `PostgreSQL ${consumersCpu.postgres.toFixed(1)} µs → ingestion with the consumers keeping up: ` +
      `all ${cpus} CPUs ≈ ${round((cpus * 1e6) / keptUpMicros)} events/s`,
  );
}

function targetText(result: IngestBenchResult): string {
  const target = targets[result.engine]?.[result.consumers];
  if (target === undefined || result.servers > 1) return '';
  return `≥ ${round(target)} ${result.eventsPerSecond >= target ? 'met' : 'not met'}`;
}

function catchUpCell(result: IngestBenchResult): string {
  if (Number.isNaN(result.catchUpSeconds)) return '—';
  if (result.eventsBehind > 0) return `${round(result.eventsBehind)} behind`;
  return `${result.catchUpSeconds.toFixed(1)} s`;
}

/** One table of every measurement of the run, engines side by side within each consumer mode. */
function comparisonTable(results: IngestBenchResult[]): void {
  const header = [
    'engine',
    'consumers',
    'events/s accepted',
    'target',
    'catch-up',
    'CPU µs/event: retain',
    'PostgreSQL',
    'load generator',
  ];
  const rows = results.map((result) => [
    result.engine + (result.servers > 1 ? ` ×${result.servers}` : ''),
    result.consumers === 'during' ? 'running' : result.consumers,
    round(result.eventsPerSecond),
    targetText(result),
    catchUpCell(result),
    result.retainCpuMicrosPerEvent.toFixed(1),
    result.postgresCpuMicrosPerEvent.toFixed(1),
    result.clientCpuMicrosPerEvent.toFixed(1),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  // Text columns to the left, figures to the right.
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column < 2 || column === 3 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ');
  console.log(`\n${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  console.log(
    'catch-up: from the last answer until every consumer had applied every event; ' +
      'CPU while sending, per accepted event (targets are for the embedded default, printed, not asserted)',
  );
}

export async function run(args: string[]): Promise<void> {
  // Other work on the machine moves these figures a lot: say how busy it was.
  const load = os.loadavg().map((value) => value.toFixed(1));
  console.log(`${os.cpus().length} CPUs, load average ${load.join(' ')} before the run`);
  const engines: BenchEngine[] = [];
  for (const engine of enginesOf(flag(args, 'engine')))
    if (await engineAvailable(engine)) engines.push(engine);
  const results: IngestBenchResult[] = [];
  const started = performance.now();
  // Engines alternate within each mode, so that both meet the machine in the same state.
  for (const mode of modesOf(flag(args, 'consumers'))) {
    for (const engine of engines) {
      const result = await benchIngest({
        engine,
        batches: Number(flag(args, 'batches') ?? defaultBatches[mode]),
        eventsPerBatch: 100,
        clients: Number(flag(args, 'clients') ?? 8),
        seconds: Number(flag(args, 'seconds') ?? 30),
        consumers: mode,
        customers: Number(flag(args, 'customers') ?? 5_000),
        catchUpSecondsMax: Number(flag(args, 'catch-up-seconds') ?? 120),
        servers: Number(flag(args, 'servers') ?? 1),
      });
      report(result);
      results.push(result);
    }
  }
  if (results.length > 0) comparisonTable(results);
  console.log(`whole run ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
