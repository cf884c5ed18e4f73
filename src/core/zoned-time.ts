// Wall-clock times in an IANA time zone → instants, with Intl only (no time-zone library).
// The zone's offset at an instant is read from Intl's formatted parts; a wall time is converted
// by guessing with the offset at the wall time read as UTC, then correcting with the offset at
// the guess (two steps settle every zone whose offset changes by less than a day).
import { assert } from './assert.js';
import { dayMs } from './time.js';

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * Offsets already read, by zone and second: formatToParts costs tens of microseconds, and the
 * messages dispatcher asks for the same zone at the same instant (its batch's now) once per message.
 */
const offsets = new Map<string, number>();
const offsetsMax = 10_000;

/** The zone's offset from UTC at an instant, in ms (e.g. +25,200,000 for Asia/Ho_Chi_Minh). */
export function zoneOffsetMs(zone: string, instantMs: number): number {
  // Intl reads the wall clock to the second, so the offset is the same throughout one.
  const secondMs = instantMs - (((instantMs % 1000) + 1000) % 1000);
  const key = `${zone} ${secondMs}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wallAsUtc = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
  const offset = wallAsUtc - secondMs;
  if (offsets.size >= offsetsMax) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

/** The instant at which the zone's clocks show this wall time. */
export function zonedTimeToUtc(wall: WallTime, zone: string): Date {
  const wallMs = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour ?? 0,
    wall.minute ?? 0,
    wall.second ?? 0,
    wall.millisecond ?? 0,
  );
  const guess = wallMs - zoneOffsetMs(zone, wallMs);
  return new Date(wallMs - zoneOffsetMs(zone, guess));
}

/** A day on a zone's calendar. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/**
 * The zone's calendar day of an instant as a day number (days since 1970-01-01 on that calendar),
 * so that "the N days before" is a subtraction.
 */
export function localDayNumber(instantMs: number, zone: string): number {
  return Math.floor((instantMs + zoneOffsetMs(zone, instantMs)) / dayMs);
}

/** The calendar date of a day number. */
export function localDateOfDayNumber(dayNumber: number): LocalDate {
  const date = new Date(dayNumber * dayMs);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The earliest instant after `fromMs` and at most `toMs` at which the zone's offset changes. */
export function offsetChangeBetween(zone: string, fromMs: number, toMs: number): number | null {
  const before = zoneOffsetMs(zone, fromMs);
  if (zoneOffsetMs(zone, toMs) === before) return null;
  let low = fromMs;
  let high = toMs;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (zoneOffsetMs(zone, middle) === before) low = middle;
    else high = middle;
  }
  return high;
}

/**
 * The first instant at or after `fromMs` whose wall time is `wall` or later. A wall time that a
 * spring-forward skips resolves to the moment the clocks jump (02:30 on New York's spring-forward
 * day → 03:00 EDT); one that a fall-back repeats resolves to its first occurrence still ahead of
 * `fromMs`. Zones change offset at most once in two days, so the instants that can show `wall`
 * lie between the offsets in force a day either side of it (Temporal's GetPossibleInstantsFor).
 */
export function firstInstantAtOrAfterWall(wall: WallTime, zone: string, fromMs: number): Date {
  const wallMs = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour ?? 0,
    wall.minute ?? 0,
    wall.second ?? 0,
    wall.millisecond ?? 0,
  );
  if (fromMs + zoneOffsetMs(zone, fromMs) >= wallMs) return new Date(fromMs);
  const candidates: number[] = [];
  for (const offset of new Set([zoneOffsetMs(zone, wallMs - dayMs), zoneOffsetMs(zone, wallMs + dayMs)])) {
    if (zoneOffsetMs(zone, wallMs - offset) === offset) candidates.push(wallMs - offset);
  }
  if (candidates.length === 0) {
    const jump = offsetChangeBetween(zone, wallMs - dayMs, wallMs + dayMs);
    if (jump !== null) candidates.push(jump);
  }
  const ahead = candidates.filter((instant) => instant >= fromMs);
  assert(ahead.length > 0, `an instant after ${fromMs} shows ${new Date(wallMs).toISOString()} in ${zone}`);
  return new Date(Math.min(...ahead));
}

/** The first instant of a calendar day in the zone (00:00, or when the clocks jump past it). */
export function startOfLocalDay(date: LocalDate, zone: string): Date {
  const wallMs = Date.UTC(date.year, date.month - 1, date.day);
  return firstInstantAtOrAfterWall(date, zone, wallMs - 2 * dayMs);
}
