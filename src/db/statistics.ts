import { sql } from 'drizzle-orm';
import type { Db } from './connection.js';

/** Events applied before the first refresh; each later one waits for twice as many in all. */
const firstRefreshAfterEvents = 5_000;

/**
 * A small sample: the joins need the tables' sizes and rough distinct counts, not histograms, and
 * the default target (100, a 30,000-row sample per table) made one ANALYZE of the demo take 3 s.
 */
const statisticsTarget = 10;

export interface PlannerStatistics {
  /** Counts events the consumers applied; refreshes the statistics when the count has doubled. */
  applied(events: number): Promise<void>;
}

/**
 * Autovacuum analyses a table only after a share of it changed, and some servers run without it:
 * until then the planner keeps the statistics of the empty tables the migrations made, and joins
 * a page's hundred keys by scanning a table of a million rows (seen in the demo: a 1-row update of
 * points_accounts scanned every account of the workspace). ANALYZE whenever the events applied
 * since start have doubled keeps the statistics within a factor of two of the tables' size at a
 * logarithmic cost.
 */
export function plannerStatistics(db: Db): PlannerStatistics {
  let applied = 0;
  let nextRefresh = firstRefreshAfterEvents;
  return {
    async applied(events: number) {
      applied += events;
      if (applied < nextRefresh) return;
      nextRefresh = applied * 2;
      await refreshPlannerStatistics(db);
    },
  };
}

/**
 * One ANALYZE of every table with the small sample. It also makes each connection plan its cached
 * statements again (the ledger's functions keep their plans for the connection's life): a plan
 * chosen while a table was empty can read every row of the workspace on each call.
 */
export async function refreshPlannerStatistics(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local default_statistics_target = ${sql.raw(String(statisticsTarget))}`);
    await tx.execute(sql`analyze`);
  });
}
