// The delivery overview: what happened to the workspace's messages each local day, per channel.
// A message counts on the day of each thing that happened to it (sent on its sent_at's day, opened
// on its opened_at's day…), so a day's row says what that day brought, not what became of the
// messages made that day. Failed and suppressed messages have no timestamp of their own: their
// last change (updated_at) is when the dispatcher recorded the outcome, and nothing changes them after.
import { sql } from 'drizzle-orm';
import { invalidParameter } from '../../core/errors.js';
import { supportedYear, supportedYearsText } from '../../core/supported-years.js';
import { dayMs } from '../../core/time.js';
import type { Db } from '../../db/connection.js';
import { queryRows } from '../../db/connection.js';
import { getWorkspace } from '../workspaces/index.js';
import { messageStatsRangeDaysMax } from '../../core/limits.js';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD parameter that names a real calendar date, as days since 1970-01-01. */
function dayNumberOf(param: string, value: string): number {
  const day = Date.parse(`${value}T00:00:00Z`) / dayMs;
  if (!isoDate.test(value) || Number.isNaN(day) || new Date(day * dayMs).toISOString().slice(0, 10) !== value)
    throw invalidParameter(param, `${param} must be a calendar date YYYY-MM-DD.`);
  if (!supportedYear(Number(value.slice(0, 4))))
    throw invalidParameter(param, `${param} must be ${supportedYearsText}.`);
  return day;
}

/** Checks a stats range: two real dates, `to` not before `from`, at most messageStatsRangeDaysMax days. */
export function statsRange(from: string, to: string): { from: string; to: string } {
  const first = dayNumberOf('from', from);
  const last = dayNumberOf('to', to);
  if (last < first) throw invalidParameter('to', 'to must not be before from.');
  if (last - first + 1 > messageStatsRangeDaysMax)
    throw invalidParameter('to', `The range may span at most ${messageStatsRangeDaysMax} days.`);
  return { from, to };
}

const outcomes = ['sent', 'delivered', 'opened', 'clicked', 'failed', 'suppressed'] as const;
type Outcome = (typeof outcomes)[number];
type Counts = Record<Outcome, number>;

interface DeliveryDay extends Counts {
  date: string;
  channel: string;
}

interface UnsubscribeDay {
  date: string;
  channel: string;
  count: number;
}

export interface MessagingStats {
  object: 'messaging_stats';
  from: string;
  to: string;
  time_zone: string;
  days: DeliveryDay[];
  unsubscribes: UnsubscribeDay[];
  totals: Counts & { unsubscribed: number };
}

/** `from` and `to` are local dates (YYYY-MM-DD, both included) in the workspace's time zone. */
export async function messagingStats(
  db: Db,
  workspaceId: string,
  range: { from: string; to: string },
): Promise<MessagingStats> {
  const { timezone } = await getWorkspace(db, workspaceId);
  // Local midnights as instants: the range's first moment and the moment after its last day.
  const start = sql`(${range.from}::date)::timestamp at time zone ${timezone}`;
  const end = sql`(${range.to}::date + 1)::timestamp at time zone ${timezone}`;
  const localDay = (at: ReturnType<typeof sql>) => sql`to_char(${at} at time zone ${timezone}, 'YYYY-MM-DD')`;
  const [deliveries, unsubscribes] = await Promise.all([
    // Each message once, with one (outcome, instant) pair per thing that happened to it; a message
    // made after the range cannot have anything in it.
    queryRows<{ date: string; channel: string } & Record<Outcome, string>>(
      db,
      sql`
        select ${localDay(sql`happened.at`)} as date, m.channel,
          ${sql.join(
            outcomes.map(
              (outcome) =>
                sql`count(*) filter (where happened.outcome = ${outcome}) as ${sql.identifier(outcome)}`,
            ),
            sql`, `,
          )}
        from messages m
        cross join lateral (values
          ('sent', m.sent_at),
          ('delivered', m.delivered_at),
          ('opened', m.opened_at),
          ('clicked', m.clicked_at),
          ('failed', case when m.status = 'failed' then m.updated_at end),
          ('suppressed', case when m.status = 'suppressed' then m.updated_at end)
        ) as happened(outcome, at)
        where m.workspace_id = ${workspaceId}
          and m.created_at < ${end}
          and happened.at >= ${start} and happened.at < ${end}
        group by 1, 2
        order by 1, 2`,
    ),
    queryRows<{ date: string; channel: string; count: string }>(
      db,
      sql`
        select ${localDay(sql`changed_at`)} as date, channel, count(*) as count
        from consent_changes
        where workspace_id = ${workspaceId} and status = 'unsubscribed'
          and changed_at >= ${start} and changed_at < ${end}
        group by 1, 2
        order by 1, 2`,
    ),
  ]);
  const days = deliveries.map((row) => ({
    date: row.date,
    channel: row.channel,
    ...(Object.fromEntries(outcomes.map((outcome) => [outcome, Number(row[outcome])])) as Counts),
  }));
  const unsubscribed = unsubscribes.map((row) => ({
    date: row.date,
    channel: row.channel,
    count: Number(row.count),
  }));
  const totals = {
    ...(Object.fromEntries(
      outcomes.map((outcome) => [outcome, days.reduce((sum, day) => sum + day[outcome], 0)]),
    ) as Counts),
    unsubscribed: unsubscribed.reduce((sum, day) => sum + day.count, 0),
  };
  return {
    object: 'messaging_stats',
    from: range.from,
    to: range.to,
    time_zone: timezone,
    days,
    unsubscribes: unsubscribed,
    totals,
  };
}
