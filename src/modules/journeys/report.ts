import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/connection.js';
import { ordersRelation } from '../orders/index.js';
import { journeyLift, type GroupSums, type Lift } from './lift.js';

/** Without a goal, revenue is counted over this many days after entry. */
const revenueWindowDaysWithoutGoal = 30;

interface JourneyCounts {
  entered: number;
  inProgress: number;
  converted: number;
  exited: number;
  completed: number;
}

export interface VersionReport extends JourneyCounts {
  version: number;
  /** Runs at each node now (the editor's live counts). */
  atNodes: Record<string, number>;
  treated: GroupSums;
  heldOut: GroupSums;
  lift: Lift;
}

interface Row {
  version: number;
  holdout: boolean;
  entered: number;
  in_progress: number;
  converted: number;
  exited: number;
  completed: number;
  revenue: string;
  revenue_squares: string;
}

/**
 * Per version of a journey: how many entered, are in progress, converted, exited and completed, the
 * runs at each node, and the lift of treated over held-out entries. An entry's revenue is its
 * customer's orders net of refunds placed after entry and within the goal's window; the order that
 * started a run is not its revenue.
 */
export async function journeyReport(db: Db, journeyId: string): Promise<VersionReport[]> {
  const rows = await queryRows<Row>(
    db,
    sql`with entries as (
          select r.version, r.holdout, r.state, r.outcome, r.converted_at,
            (select coalesce(sum(o.total_minor - o.refunded_minor) filter (where not o.currency_mismatch), 0)
             from ${ordersRelation} o
             where o.workspace_id = r.workspace_id and o.customer_id = r.customer_id and o.placed_at > r.entered_at
               and o.placed_at <= coalesce(r.goal_until, r.entered_at + ${`${revenueWindowDaysWithoutGoal} days`}::interval)
            )::numeric as revenue
          from journey_runs r where r.journey_id = ${journeyId})
        select version, holdout, count(*)::int as entered,
          count(*) filter (where state <> 'ended')::int as in_progress,
          count(*) filter (where converted_at is not null)::int as converted,
          count(*) filter (where outcome = 'exited')::int as exited,
          count(*) filter (where outcome = 'completed')::int as completed,
          coalesce(sum(revenue), 0)::text as revenue, coalesce(sum(revenue * revenue), 0)::text as revenue_squares
        from entries group by version, holdout order by version`,
  );
  const nodes = await queryRows<{ version: number; node: string; n: number }>(
    db,
    sql`select version, node, count(*)::int as n from journey_runs
        where journey_id = ${journeyId} and state <> 'ended' and node is not null group by version, node`,
  );
  const versions = [...new Set(rows.map((row) => row.version))];
  return versions.map((version) => {
    const side = (holdout: boolean) => rows.find((row) => row.version === version && row.holdout === holdout);
    const sums = (row: Row | undefined): GroupSums => ({
      entries: row?.entered ?? 0,
      conversions: row?.converted ?? 0,
      revenue: Number(row?.revenue ?? 0),
      revenueSquares: Number(row?.revenue_squares ?? 0),
    });
    const count = (key: 'entered' | 'in_progress' | 'converted' | 'exited' | 'completed') =>
      (side(false)?.[key] ?? 0) + (side(true)?.[key] ?? 0);
    const treated = sums(side(false));
    const heldOut = sums(side(true));
    return {
      version,
      entered: count('entered'),
      inProgress: count('in_progress'),
      converted: count('converted'),
      exited: count('exited'),
      completed: count('completed'),
      atNodes: Object.fromEntries(
        nodes.filter((row) => row.version === version).map((row) => [row.node, row.n]),
      ),
      treated,
      heldOut,
      lift: journeyLift(treated, heldOut),
    };
  });
}

/** The same report over every version together (the journey's lift as a whole). */
export function wholeJourney(reports: VersionReport[]): Omit<VersionReport, 'version'> | null {
  if (reports.length === 0) return null;
  const add = (a: GroupSums, b: GroupSums): GroupSums => ({
    entries: a.entries + b.entries,
    conversions: a.conversions + b.conversions,
    revenue: a.revenue + b.revenue,
    revenueSquares: a.revenueSquares + b.revenueSquares,
  });
  const zero: GroupSums = { entries: 0, conversions: 0, revenue: 0, revenueSquares: 0 };
  const treated = reports.reduce((sum, report) => add(sum, report.treated), zero);
  const heldOut = reports.reduce((sum, report) => add(sum, report.heldOut), zero);
  const total = (key: 'entered' | 'inProgress' | 'converted' | 'exited' | 'completed') =>
    reports.reduce((sum, report) => sum + report[key], 0);
  const atNodes: Record<string, number> = {};
  for (const report of reports)
    for (const [node, n] of Object.entries(report.atNodes)) atNodes[node] = (atNodes[node] ?? 0) + n;
  return {
    entered: total('entered'),
    inProgress: total('inProgress'),
    converted: total('converted'),
    exited: total('exited'),
    completed: total('completed'),
    atNodes,
    treated,
    heldOut,
    lift: journeyLift(treated, heldOut),
  };
}
