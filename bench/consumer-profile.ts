import { openDatabase } from '../src/db/connection.js';
import { copyTemplate } from '../src/db/test-helpers.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { appendEvents, drainConsumers, type NewEvent } from '../src/modules/events/index.js';
import { createWorkspace } from '../src/modules/workspaces/index.js';
import { consumers } from '../src/server/consumers.js';
import { shopStream } from '../test/support/shop-stream.js';
import { scratchDatabase } from './support/scratch-database.js';

/** Time each consumer alone over the same stream of shop events: where consumer time goes. */
export async function run(args: string[]): Promise<void> {
  const customers = Number(args[1] ?? 300);
  const engine = args[0] ?? 'pglite';
  const scratch = engine === 'postgres' ? await scratchDatabase('consumers') : undefined;
  const database = scratch
    ? await openDatabase({ databaseUrl: scratch.url })
    : await openDatabase({ dataDir: copyTemplate() });
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
  console.log(`${engine}: ${events.length} events`);
  for (const consumer of consumers) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    await drainConsumers(database.db, [consumer]);
    const ms = performance.now() - started;
    const cpuMs = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1000;
    console.log(
      `${consumer.name.padEnd(22)} ${(events.length / (ms / 1000)).toFixed(0).padStart(7)} events/s  wall ${ms.toFixed(0)} ms  node cpu ${cpuMs.toFixed(0)} ms`,
    );
  }
  await database.close();
  await scratch?.drop();
}
