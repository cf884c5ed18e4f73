// Where consumer time goes: `npm run bench -- consumer-profile [embedded|postgres|both] [customers]
// [--drain]` (default embedded, 300 customers). Appends the same deterministic stream of shop
// events (src/testing/generators/shop-stream.ts) to a fresh database, then runs each consumer alone, in the
// server's order, until it has passed the whole log, and prints its events per second, wall time
// and the CPU it took: this Node.js process and the database's PostgreSQL backends.
//
// Each consumer steps as the server's runner does (runConsumers): pages that start small and grow
// while steps stay fast, and the planner's statistics refreshed as the events applied double.
// Without that refresh the ledger functions' cached plans, made while the tables were empty, scan
// the tables as they grow (measured: the loyalty consumer's one-at-a-time path 20 times slower).
// `--drain` times drainConsumers instead (the tests' way: full pages, no refresh).
import { consumerFirstPageEvents } from '../src/core/limits.js';
import { openDatabase, type Db } from '../src/db/connection.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { plannerStatistics } from '../src/db/statistics.js';
import {
  appendEvents,
  drainConsumers,
  stepConsumer,
  type Consumer,
  type NewEvent,
} from '../src/modules/events/index.js';
import { nextPageSize } from '../src/modules/events/consumers.js';
import { createWorkspace } from '../src/modules/workspaces/index.js';
import { consumers } from '../src/server/consumers.js';
import { shopStream } from '../src/testing/generators/shop-stream.js';
import { backendCpuSeconds, cpuUsedSince } from './support/cpu.js';
import { benchStorage, engineAvailable, enginesOf, type BenchEngine } from './support/storage.js';

export interface ConsumerProfile {
  consumer: string;
  eventsPerSecond: number;
  wallMs: number;
  nodeCpuMs: number;
  postgresCpuMs: number;
}

/** Steps one consumer as runConsumers does, until it has passed every event in the log. */
async function runLikeTheServer(db: Db, consumer: Consumer): Promise<void> {
  const statistics = plannerStatistics(db);
  let page = consumerFirstPageEvents;
  for (;;) {
    const started = performance.now();
    const result = await stepConsumer(db, consumer, page);
    if ('held' in result) throw new Error(`another process holds the consumer ${consumer.name}`);
    if (result.passed === 0) break;
    page = nextPageSize(page, performance.now() - started);
    await statistics.applied(result.passed);
  }
  // Whatever the last step left (nothing, unless a transaction was in flight).
  await drainConsumers(db, [consumer]);
}

/** Times each consumer alone over the same stream of shop events. */
export async function profileConsumers(
  engine: BenchEngine,
  customers: number,
  options: { drain?: boolean } = {},
): Promise<ConsumerProfile[]> {
  const storage = await benchStorage(engine, 'consumers');
  try {
    const database = await openDatabase({ databaseUrl: storage.databaseUrl, dataDir: storage.dataDir });
    try {
      await migrateDatabase(database);
      await drainConsumers(database.db, consumers);
      const workspace = await createWorkspace(database.db);
      const events: NewEvent[] = shopStream(customers).map((e) => ({
        messageId: e.messageId,
        type: e.type,
        name: e.event ?? null,
        userId: e.userId,
        anonymousId: e.anonymousId ?? null,
        traits: e.traits ?? {},
        properties: e.properties ?? {},
        occurredAt: new Date(e.timestamp),
        receivedAt: new Date(e.timestamp),
      }));
      await appendEvents(database.db, workspace.id, events);
      console.log(
        `${engine}: ${events.length} events of ${customers} customers, ` +
          (options.drain ? 'drained (drainConsumers)' : 'stepped as the server runs them'),
      );
      const profiles: ConsumerProfile[] = [];
      for (const consumer of consumers) {
        const backends = await backendCpuSeconds(database.db);
        const cpu = process.cpuUsage();
        const started = performance.now();
        if (options.drain) await drainConsumers(database.db, [consumer]);
        else await runLikeTheServer(database.db, consumer);
        const wallMs = performance.now() - started;
        const node = process.cpuUsage(cpu);
        const postgresSeconds = cpuUsedSince(backends, await backendCpuSeconds(database.db));
        const profile = {
          consumer: consumer.name,
          eventsPerSecond: events.length / (wallMs / 1000),
          wallMs,
          nodeCpuMs: (node.user + node.system) / 1000,
          postgresCpuMs: postgresSeconds * 1000,
        };
        profiles.push(profile);
        console.log(
          `${profile.consumer.padEnd(22)} ${profile.eventsPerSecond.toFixed(0).padStart(7)} events/s  ` +
            `wall ${wallMs.toFixed(0)} ms  node cpu ${profile.nodeCpuMs.toFixed(0)} ms  ` +
            `postgres cpu ${profile.postgresCpuMs.toFixed(0)} ms`,
        );
      }
      return profiles;
    } finally {
      await database.close();
    }
  } finally {
    await storage.remove();
  }
}

export async function run(args: string[]): Promise<void> {
  const positional = args.filter((arg) => !arg.startsWith('--'));
  const engines = enginesOf(positional[0] ?? 'embedded');
  const customers = Number(positional[1] ?? 300);
  if (!(customers > 0)) throw new Error('customers must be a positive number');
  for (const engine of engines) {
    if (await engineAvailable(engine))
      await profileConsumers(engine, customers, { drain: args.includes('--drain') });
  }
}
