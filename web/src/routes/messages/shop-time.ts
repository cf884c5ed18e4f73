// The dashboard shows times in the shop's time zone (fmt), so a time typed in a form is read in that
// zone too, whatever the zone of the browser that types it.

const wallParts = (zone: string) =>
  new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

/** How far the zone's clocks are ahead of UTC at an instant, in ms. */
function offsetMs(instantMs: number, zone: string): number {
  const parts = wallParts(zone).formatToParts(new Date(instantMs));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return asUtc - Math.floor(instantMs / 60_000) * 60_000;
}

/** The instant the zone's clocks show `date` (YYYY-MM-DD) at `time` (HH:MM). */
export function instantOfWall(date: string, time: string, zone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wallMs = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes: the offset at the first guess may differ from the offset at the answer (DST).
  const guess = wallMs - offsetMs(wallMs, zone);
  return new Date(wallMs - offsetMs(guess, zone));
}

/** The zone's calendar date (YYYY-MM-DD) and clock time (HH:MM) at an instant. */
export function wallOf(instant: Date, zone: string): { date: string; time: string } {
  const parts = wallParts(zone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}
