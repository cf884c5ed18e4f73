// When a run next moves, and which calendar period an entry falls in, in the customer's own zone.
// Durations are exact elapsed time (a 4-hour wait is 4 hours across a DST change); times of day
// and calendar periods are wall-clock (09:00 stays 09:00 after the clocks move; "monthly" is
// Feb 15 → Mar 15 → Apr 15, not every 30 days: Braze's drifting re-eligibility is the anchor).
import { dayMs } from '../../core/time.js';
import {
  firstInstantAtOrAfterWall,
  localDateOfDayNumber,
  localDayNumber,
  startOfLocalDay,
  type LocalDate,
} from '../../core/zoned-time.js';
import { durationMs, type Duration, type LocalTime, type Period } from './graph.js';

export const after = (from: Date, duration: Duration) => new Date(from.getTime() + durationMs(duration));

const clock = (at: LocalTime) => {
  const [hour, minute] = at.split(':').map(Number);
  return { hour: hour!, minute: minute! };
};

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number (1970-01-01 was a Thursday). */
const weekdayOf = (dayNumber: number) => ((((dayNumber + 3) % 7) + 7) % 7) + 1;

/** The instant a local date shows `at` (a time the clocks skip resolves to when they jump). */
export function atLocalTime(date: LocalDate, at: LocalTime, zone: string): Date {
  const wallMs = Date.UTC(date.year, date.month - 1, date.day);
  return firstInstantAtOrAfterWall({ ...date, ...clock(at) }, zone, wallMs - 2 * dayMs);
}

/**
 * The first instant after `from` that is `at` o'clock in the zone on one of `weekdays` (all days
 * when absent). Strictly after: a run that reaches "until 09:00" at 09:00 (a message sent then)
 * waits for tomorrow's, as the marketer who chained them meant.
 */
export function nextLocalTime(from: Date, at: LocalTime, zone: string, weekdays?: number[]): Date {
  const today = localDayNumber(from.getTime(), zone);
  for (let day = today; day <= today + 8; day++) {
    if (weekdays && !weekdays.includes(weekdayOf(day))) continue;
    const instant = atLocalTime(localDateOfDayNumber(day), at, zone);
    if (instant.getTime() > from.getTime()) return instant;
  }
  throw new Error(`no ${at} on weekdays ${weekdays?.join(',')} within eight days`);
}

/** A date (`YYYY-MM-DD…`) shifted by days, at a local time; null when the value is not a date. */
export function atDateOffset(value: unknown, offsetDays: number, at: LocalTime, zone: string): Date | null {
  if (typeof value !== 'string' && !(value instanceof Date)) return null;
  const text = value instanceof Date ? value.toISOString() : value;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return null;
  const dayNumber = Math.floor(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!) / dayMs) + offsetDays;
  return atLocalTime(localDateOfDayNumber(dayNumber), at, zone);
}

/**
 * When a customer who entered at `entered` may enter again under "at most once per period": the
 * start of the local day one period later by the calendar (entered Feb 15 → again from Mar 15;
 * Jan 31 → Feb 28, the month's last day, as calendars add months).
 */
export function eligibleAgainAt(entered: Date, period: Period, zone: string): Date {
  const day = localDayNumber(entered.getTime(), zone);
  const date = localDateOfDayNumber(day);
  if (period === 'day' || period === 'week') {
    return startOfLocalDay(localDateOfDayNumber(day + (period === 'day' ? 1 : 7)), zone);
  }
  const months = period === 'month' ? 1 : 12;
  const monthIndex = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return startOfLocalDay({ year, month, day: Math.min(date.day, lastDay) }, zone);
}
