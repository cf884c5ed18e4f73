import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { queryOne, type Db } from '../db/connection.js';

/**
 * Which comes first while `tx` holds its locks: `other` settling, or another backend waiting for
 * one of those locks. Race tests ask this instead of sleeping and hoping the other side got there
 * in time: a test that means the other side to wait (or to step aside) proves it did. Throws when
 * neither happens within `timeoutMs`. pg_locks is read live; pg_stat_activity would not do, as a
 * transaction sees it as of its first look.
 */
export async function settledOrWaiting(
  tx: Db,
  other: Promise<unknown>,
  timeoutMs = 10_000,
): Promise<'settled' | 'waiting'> {
  let settled = false;
  void other.then(
    () => (settled = true),
    () => (settled = true),
  );
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (settled) return 'settled';
    const row = await queryOne<{ waiting: boolean }>(
      tx,
      sql`select exists (select 1 from pg_locks where not granted and pg_backend_pid() = any(pg_blocking_pids(pid)))
            as waiting`,
    );
    if (row!.waiting) return 'waiting';
    if (Date.now() > deadline) {
      throw new Error(
        `in ${timeoutMs} ms the other side neither settled nor waited for this transaction's locks`,
      );
    }
    await sleep(10);
  }
}
