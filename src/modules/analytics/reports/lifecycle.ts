import { invalidParameter } from '../../../core/errors.js';
import { lifecyclePeriodsMax } from '../../../core/limits.js';
import type { Db } from '../../../db/connection.js';
import { workspaceFrame } from '../frame.js';
import { addDays, checkDate, dayNumberOfDate } from '../calendar.js';
import {
  lifecycleStageRules,
  lifecycleStages,
  type LifecycleStage,
  findCustomerScores,
} from '../scoring/index.js';
import { localDate, localMidnights } from '../calendar.queries.js';
import { prospectCount, stageCounts, stageCountsAt, stageFlows } from './lifecycle.queries.js';
import { currentModelAsOf, presentScores, type CustomerScores } from './rfm-report.js';

export interface LifecycleReport {
  object: 'lifecycle_report';
  from: string;
  to: string;
  period: 'month' | 'week' | 'day';
  timezone: string;
  stages: { stage: LifecycleStage; rule: string }[];
  /** Customers per stage now (prospects: known customers without a scored order). */
  now: Record<LifecycleStage, number>;
  /** Customers per stage at the end of each period, from the stage history. */
  over_time: { period_end: string; counts: Record<LifecycleStage, number> }[];
  /** Stage changes recorded from `from` to `to`, per (from, to). */
  flows: { from_stage: string; to_stage: string; customers: number }[];
}

function zeroCounts(): Record<LifecycleStage, number> {
  return Object.fromEntries(lifecycleStages.map((stage) => [stage, 0])) as Record<LifecycleStage, number>;
}

/** Period ends (exclusive local dates) from `from` to `to`, at most lifecyclePeriodsMax. */
function periodEnds(from: string, to: string, period: 'month' | 'week' | 'day'): string[] {
  const ends: string[] = [];
  const last = addDays(to, 1);
  let cursor = from;
  while (cursor < last && ends.length < lifecyclePeriodsMax) {
    if (period === 'day') cursor = addDays(cursor, 1);
    else if (period === 'week') cursor = addDays(cursor, 7);
    else {
      const [y, m] = cursor.split('-').map(Number) as [number, number];
      cursor = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    }
    ends.push(cursor < last ? cursor : last);
  }
  return ends;
}

/**
 * Lifecycle counts now, over time (each customer's latest recorded stage at each period end) and
 * the flows between stages in [from, to] (local dates, workspace time zone; default: the last 12
 * months up to today).
 */
export async function lifecycleReport(
  db: Db,
  workspaceId: string,
  query: { from?: string | undefined; to?: string | undefined; period: 'month' | 'week' | 'day' },
  now: Date,
): Promise<LifecycleReport> {
  const frame = await workspaceFrame(db, workspaceId);
  const to = query.to ? checkDate('to', query.to) : await localDate(db, frame.tz, now);
  const from = query.from ? checkDate('from', query.from) : `${addDays(to, -364).slice(0, 7)}-01`;
  if (dayNumberOfDate(from) > dayNumberOfDate(to))
    throw invalidParameter('from', 'from must be on or before to.');
  const ends = periodEnds(from, to, query.period);
  const instants = await localMidnights(db, frame.tz, [from, addDays(to, 1), ...ends]);
  const [start, end, ...endInstants] = instants as [Date, Date, ...Date[]];

  const counts = zeroCounts();
  for (const row of await stageCounts(db, workspaceId)) counts[row.stage as LifecycleStage] = row.customers;
  counts.prospect = await prospectCount(db, workspaceId);

  const atRows = await stageCountsAt(db, workspaceId, endInstants);
  const overTime = endInstants.map((instant, i) => {
    const at = zeroCounts();
    for (const row of atRows) {
      if (new Date(row.at).getTime() === instant.getTime()) at[row.stage as LifecycleStage] = row.customers;
    }
    return { period_end: ends[i]!, counts: at };
  });
  return {
    object: 'lifecycle_report',
    from,
    to,
    period: query.period,
    timezone: frame.tz,
    stages: lifecycleStages.map((stage) => ({ stage, rule: lifecycleStageRules[stage] })),
    now: counts,
    over_time: overTime,
    flows: await stageFlows(db, workspaceId, start, end),
  };
}

/**
 * One customer's lifecycle stage, RFM scores and segment and predictions, for their profile (the
 * customers API calls this). Null when the customer has no scored order: a prospect.
 */
export async function customerScores(
  db: Db,
  workspaceId: string,
  customerId: string,
): Promise<CustomerScores | null> {
  const row = await findCustomerScores(db, workspaceId, customerId);
  return row ? presentScores(row, await currentModelAsOf(db, workspaceId)) : null;
}
