// Where consumer time goes: `npm run bench -- consumer-profile [embedded|postgres|both] [customers]`
// (default embedded, 300 customers). Appends the same deterministic stream of shop events
// (test/support/shop-stream.ts) to a fresh database, then drains each consumer alone, in the
// server's order, and prints its events per second, wall time and the CPU it took: this Node.js
// process and the database's PostgreSQL backends.
import { openDatabase } from '../src/db/connection.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { appendEvents, drainConsumers, type NewEvent } from '../src/modules/events/index.js';
import { createWorkspace } from '../src/modules/workspaces/index.js';
import { consumers } from '../src/server/consumers.js';
import { shopStream } from '../test/support/shop-stream.js';
import { backendCpuSeconds, cpuUsedSince } from './support/cpu.js';
import { benchStorage, engineAvailable, enginesOf, type BenchEngine } from './support/storage.js';

export interface ConsumerProfile {
  consumer: string;
  eventsPerSecond: number;
  wallMs: number;
  nodeCpuMs: number;
  postgresCpuMs: number;
}

/** Times each consumer alone over the same stream of shop events. */
export async function profileConsumers(engine: BenchEngine, customers: number): Promise<ConsumerProfile[]> {
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
      console.log(`${engine}: ${events.length} events of ${customers} customers`);
      const profiles: ConsumerProfile[] = [];
      for (const consumer of consumers) {
        const backends = await backendCpuSeconds(database.db);
        const cpu = process.cpuUsage();
        const started = performance.now();
        await drainConsumers(database.db, [consumer]);
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
  const engines = enginesOf(args[0] ?? 'embedded');
  const customers = Number(args[1] ?? 300);
  if (!(customers > 0)) throw new Error('customers must be a positive number');
  for (const engine of engines) {
    if (await engineAvailable(engine)) await profileConsumers(engine, customers);
  }
}
