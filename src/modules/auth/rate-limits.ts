import { sql } from 'drizzle-orm';
import { rateLimitRetentionMs } from '../../core/limits.js';
import { queryPreparedOne, queryRows, type Db } from '../../db/connection.js';

export interface RequestCount {
  /** Requests counted in the bucket's current window, this one included. */
  requests: number;
  /** When the window ends and the count starts over. */
  resetsAt: Date;
}

/**
 * Counts one request in the bucket's fixed window, in one statement so every process shares the
 * count. A process whose clock lags counts into the newer window another already opened, rather
 * than resetting it. Prepared: each connection plans it once.
 */
export async function countRequest(
  db: Db,
  bucket: string,
  now: Date,
  windowMs: number,
): Promise<RequestCount> {
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const row = await queryPreparedOne<{ requests: number; window_start: Date | string }>(
    db,
    'count_request',
    sql`insert into rate_limits (bucket, window_start, requests) values (${bucket}, ${windowStart}, 1)
        on conflict (bucket) do update set
          requests = case when excluded.window_start > rate_limits.window_start then 1
                          else rate_limits.requests + 1 end,
          window_start = greatest(rate_limits.window_start, excluded.window_start)
        returning requests, window_start`,
  );
  return { requests: row!.requests, resetsAt: new Date(new Date(row!.window_start).getTime() + windowMs) };
}

/** Deletes up to `rowsMax` counters whose window ended long ago, answering how many. */
export async function pruneRateLimits(db: Db, now: Date, rowsMax: number): Promise<number> {
  const cutoff = new Date(now.getTime() - rateLimitRetentionMs);
  const deleted = await queryRows(
    db,
    sql`delete from rate_limits where bucket in (
          select bucket from rate_limits where window_start < ${cutoff} limit ${rowsMax})
        returning bucket`,
  );
  return deleted.length;
}
