// Wall-clock times in an IANA time zone → instants, with Intl only (no time-zone library).
// The zone's offset at an instant is read from Intl's formatted parts; a wall time is converted
// by guessing with the offset at the wall time read as UTC, then correcting with the offset at
// the guess (two steps settle every zone whose offset changes by less than a day).

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

/** The zone's offset from UTC at an instant, in ms (e.g. +25,200,000 for Asia/Ho_Chi_Minh). */
export function zoneOffsetMs(zone: string, instantMs: number): number {
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
  return wallAsUtc - (instantMs - (((instantMs % 1000) + 1000) % 1000));
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
