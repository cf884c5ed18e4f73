import { dayMs } from '../core/time.js';
import { zonedTimeToUtc, zoneOffsetMs } from '../modules/imports/index.js';
import type { Peak, ShopProfile } from './profiles.js';

/** The shop's days, oldest first: when each starts (UTC ms) and how busy it is. */
export interface ShopCalendar {
  /** The first day's local midnight. */
  startMs: number;
  dayStartsMs: Float64Array;
  /** Relative shopping intensity of each day (1 = an ordinary weekday). */
  season: Float64Array;
  /** The part of `season` that comes from peaks (0 on ordinary days): gift demand follows it. */
  peak: Float64Array;
  seasonMax: number;
}

const civilDay = (ms: number) => {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

function peakDates(peak: Peak, year: number): number[] {
  if ('month' in peak.at) return [Date.UTC(year, peak.at.month - 1, peak.at.day)];
  const date = (peak.at as Record<number, string>)[year];
  return date ? [Date.parse(`${date}T00:00:00Z`)] : [];
}

/** A Gaussian bump `lift` high around each peak date (shifted `leadDays` earlier), summed over peaks. */
function peakLift(profile: ShopProfile, civilMs: number): number {
  const year = new Date(civilMs).getUTCFullYear();
  let lift = 0;
  for (const peak of profile.peaks) {
    for (const y of [year - 1, year, year + 1]) {
      for (const date of peakDates(peak, y)) {
        const distance = (civilMs - (date - peak.leadDays * dayMs)) / dayMs / peak.widthDays;
        if (Math.abs(distance) < 4) lift += peak.lift * Math.exp(-0.5 * distance * distance);
      }
    }
  }
  return lift;
}

/** The `days` days ending with today's date in the shop's zone. */
export function shopCalendar(profile: ShopProfile, today: Date, days: number): ShopCalendar {
  const localToday = new Date(today.getTime() + zoneOffsetMs(profile.timezone, today.getTime()));
  const lastCivil = Date.UTC(localToday.getUTCFullYear(), localToday.getUTCMonth(), localToday.getUTCDate());
  const dayStartsMs = new Float64Array(days);
  const season = new Float64Array(days);
  const peak = new Float64Array(days);
  let seasonMax = 0;
  for (let d = 0; d < days; d++) {
    const civilMs = lastCivil - (days - 1 - d) * dayMs;
    dayStartsMs[d] = zonedTimeToUtc(civilDay(civilMs), profile.timezone).getTime();
    const weekday = new Date(civilMs).getUTCDay();
    peak[d] = peakLift(profile, civilMs);
    season[d] = 1 + (weekday === 0 || weekday === 6 ? 0.12 : 0) + peak[d]!;
    seasonMax = Math.max(seasonMax, season[d]!);
  }
  return { startMs: dayStartsMs[0]!, dayStartsMs, season, peak, seasonMax };
}

/** The calendar day an instant falls on (clamped to the calendar). */
export function dayOf(calendar: ShopCalendar, ms: number): number {
  const days = calendar.dayStartsMs.length;
  let d = Math.floor((ms - calendar.startMs) / dayMs);
  d = Math.min(days - 1, Math.max(0, d));
  while (d > 0 && calendar.dayStartsMs[d]! > ms) d--;
  while (d < days - 1 && calendar.dayStartsMs[d + 1]! <= ms) d++;
  return d;
}
