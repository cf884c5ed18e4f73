// The rate limit's cost per request: `npm run bench -- rate-limit [--engine embedded|postgres|both]
// [--checks N] [--clients N]`. Each request the API serves first counts itself with one upsert
// (src/modules/auth/rate-limits.ts); this runs that upsert against a fresh, migrated database, one
// client in a loop (the latency a request pays) and then `--clients` at once on one key (the hot
// row every request of a busy key updates), and prints microseconds per check. Printed, not
// asserted; the figure goes in the comment on the limits in src/core/limits.ts.
import type { Database } from '../src/db/connection.js';
import { countRequest } from '../src/modules/auth/index.js';
import { rateLimitWindowMs } from '../src/core/limits.js';
import {
  engineAvailable,
  enginesOf,
  type BenchEngine,
  flagValue,
  migratedBenchDatabase,
} from './support/storage.js';

interface Options {
  engines: BenchEngine[];
  checks: number;
  clients: number;
}

function parseOptions(args: string[]): Options {
  const value = (name: string, fallback: string) => flagValue(args, name, fallback);
  return {
    engines: enginesOf(value('engine', 'both')),
    checks: Number(value('checks', '5000')),
    clients: Number(value('clients', '8')),
  };
}

/** Runs `checks` counts on `clients` connections at once; microseconds of wall time per check. */
async function microsPerCheck(database: Database, checks: number, clients: number): Promise<number> {
  let next = 0;
  const client = async () => {
    while (next < checks) {
      next += 1;
      await countRequest(database.db, 'api:key:bench', new Date(), rateLimitWindowMs);
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: clients }, client));
  return Number(process.hrtime.bigint() - started) / 1_000 / checks;
}

async function benchEngine(engine: BenchEngine, options: Options): Promise<void> {
  const { database, remove } = await migratedBenchDatabase(engine, 'rate_limit', options.clients);
  try {
    await microsPerCheck(database, Math.min(500, options.checks), options.clients);
    const serial = await microsPerCheck(database, options.checks, 1);
    const concurrent = await microsPerCheck(database, options.checks, options.clients);
    console.log(
      `${engine}: ${serial.toFixed(0)} µs per check from one client; ` +
        `${concurrent.toFixed(0)} µs per check (${Math.round(1e6 / concurrent)} checks/s) ` +
        `from ${options.clients} clients on one key`,
    );
  } finally {
    await remove();
  }
}

export async function run(args: string[]): Promise<void> {
  const options = parseOptions(args);
  for (const engine of options.engines) {
    if (await engineAvailable(engine)) await benchEngine(engine, options);
  }
}
