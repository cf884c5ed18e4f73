import type { Period } from '../../hooks/analytics.js';

/** Today's date (YYYY-MM-DD) in the workspace's time zone, or the date of `at` there. */
export function today(timeZone: string, at = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

function shiftDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/** The last `days` days, today included. */
export function lastDays(days: number, timeZone: string): Period {
  const to = today(timeZone);
  return { from: shiftDays(to, -(days - 1)), to };
}

/** The last `count` calendar months, the current one (to today) last. */
export function lastMonths(count: number, timeZone: string): Period[] {
  const end = today(timeZone);
  const [year, month] = end.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, index) => {
    const first = new Date(Date.UTC(year, month - 1 - (count - 1 - index), 1));
    const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
    const to = index === count - 1 ? end : last.toISOString().slice(0, 10);
    return { from: first.toISOString().slice(0, 10), to };
  });
}

/** The instant (ISO 8601) at which a local date begins in a time zone. */
export function zonedMidnight(date: string, timeZone: string): string {
  const guess = Date.parse(`${date}T00:00:00Z`);
  const wall = (instant: number) => {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }).formatToParts(instant);
    const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    return Date.UTC(
      part('year'),
      part('month') - 1,
      part('day'),
      part('hour'),
      part('minute'),
      part('second'),
    );
  };
  // Subtract the zone's offset; a second pass corrects a guess that fell across a DST change.
  let instant = guess - (wall(guess) - guess);
  instant = guess - (wall(instant) - instant);
  return new Date(instant).toISOString();
}
