// A reporting period: local dates `from`..`to` (both included) in the workspace time zone, seen
// as of an instant (orders after it are not seen).
import { invalidParameter } from '../../../core/errors.js';
import { analyticsPeriodDaysMax } from '../../../core/limits.js';
import type { Db } from '../../../db/connection.js';
import { addDays, checkDate, dayNumberOfDate, parseInstant } from '../calendar.js';
import { localDate, localMidnights } from '../calendar.queries.js';

export interface PeriodQuery {
  from?: string | undefined;
  to?: string | undefined;
  as_of?: string | undefined;
}

export interface Period {
  from: string;
  to: string;
  asOf: Date;
  days: number;
}

/**
 * The period a query names: `to` defaults to the as-of date, `from` to `defaultDays` − 1 days
 * before `to`. Refuses a period that ends before it starts or spans more than the limit.
 */
export async function resolvePeriod(
  db: Db,
  tz: string,
  query: PeriodQuery,
  now: Date,
  defaultDays: number,
): Promise<Period> {
  const asOf = query.as_of ? parseInstant('as_of', query.as_of) : now;
  const to = query.to ? checkDate('to', query.to) : await localDate(db, tz, asOf);
  const from = query.from ? checkDate('from', query.from) : addDays(to, 1 - defaultDays);
  const days = dayNumberOfDate(to) - dayNumberOfDate(from) + 1;
  if (days < 1) throw invalidParameter('from', 'from must be on or before to.');
  if (days > analyticsPeriodDaysMax) {
    throw invalidParameter('from', `A period can span at most ${analyticsPeriodDaysMax} days.`);
  }
  return { from, to, asOf, days };
}

/** The instants at which the local dates begin, each clipped to just after `asOf`. */
export async function boundsSeenAsOf(db: Db, tz: string, dates: string[], asOf: Date): Promise<Date[]> {
  const seenUntil = asOf.getTime() + 1;
  const instants = await localMidnights(db, tz, dates);
  return instants.map((at) => (at.getTime() > seenUntil ? new Date(seenUntil) : at));
}
