import { sql } from 'drizzle-orm';
import { queryRows, type Db } from './connection.js';

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
  const due = refreshDue();
  return {
    async applied(events: number) {
      if (due(events)) await refreshPlannerStatistics(db);
    },
  };
}

/** Counts applied events; true when they have doubled since the last refresh. */
function refreshDue(): (events: number) => boolean {
  let applied = 0;
  let nextRefresh = firstRefreshAfterEvents;
  return (events) => {
    applied += events;
    if (applied < nextRefresh) return false;
    nextRefresh = applied * 2;
    return true;
  };
}

/**
 * As plannerStatistics, for a loop that must not wait: the refresh runs beside it, so a consumer's
 * step never waits on an ANALYZE (up to 0.9 s in the segments bench). One at a time; a doubling
 * reached during a refresh runs another once it ends (a catch-up doubles the tables within one).
 * `settled` waits for the refreshes in flight.
 */
export function plannerStatisticsBeside(
  refreshStatistics: () => Promise<void>,
  onError: (error: unknown) => void,
): { applied(events: number): void; settled(): Promise<void> } {
  const due = refreshDue();
  let refreshing: Promise<void> | null = null;
  let again = false;
  const refresh = (): Promise<void> =>
    refreshStatistics()
      .catch(onError)
      .then(() => {
        if (!again) return;
        again = false;
        return refresh();
      });
  return {
    applied(events: number) {
      if (!due(events)) return;
      if (refreshing) {
        again = true;
        return;
      }
      refreshing = refresh().finally(() => {
        refreshing = null;
      });
    },
    settled: async () => {
      await refreshing;
    },
  };
}

/**
 * ANALYZE of every table with the small sample, each table in a transaction of its own: log
 * readers see only events older than every running transaction id (events/log.ts), and one
 * transaction over every table held them back for the whole refresh. It also makes each connection
 * plan its cached statements again (the ledger's functions keep their plans for the connection's
 * life): a plan chosen while a table was empty can read every row of the workspace on each call.
 */
export async function refreshPlannerStatistics(db: Db): Promise<void> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relkind in ('r', 'p') order by c.relname`,
  );
  for (const { name } of tables) {
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local default_statistics_target = ${sql.raw(String(statisticsTarget))}`);
      await tx.execute(sql`analyze ${sql.identifier(name)}`);
    });
  }
}
