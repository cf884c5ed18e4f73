// How long log readers wait on running transactions: they see only events older than every
// transaction id still running (src/modules/events/log.ts), so the age of the oldest id held in the
// bench's database, sampled while events arrive, is how far that horizon lags. An id's age counts
// from the first sample that saw it (pg_stat_activity does not say when it was taken), so ages are
// rounded down to the sampling interval.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../src/db/connection.js';

const sampleMs = 50;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Samples until `running()` is false; answers the oldest held id's age at each sample (ms, sorted). */
export async function sampleHeldTransactionIds(db: Db, running: () => boolean): Promise<number[]> {
  const firstSeen = new Map<string, number>();
  const ages: number[] = [];
  while (running()) {
    const rows = await queryRows<{ xid: string }>(
      db,
      sql`select backend_xid::text as xid from pg_stat_activity
          where backend_xid is not null and datname = current_database()`,
    );
    const now = Date.now();
    let oldest = 0;
    for (const { xid } of rows) {
      if (!firstSeen.has(xid)) firstSeen.set(xid, now);
      oldest = Math.max(oldest, now - firstSeen.get(xid)!);
    }
    ages.push(oldest);
    await sleep(sampleMs);
  }
  return ages.sort((a, b) => a - b);
}
