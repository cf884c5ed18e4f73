import { dayMs, minuteMs } from '../../../core/time.js';
import type { TimeUnit } from './types.js';

export const DAYS_PER_UNIT: Readonly<Record<TimeUnit, number>> = { week: 7, day: 1 };

export function toEpochMs(time: number | Date): number {
  return typeof time === 'number' ? time : time.getTime();
}

/**
 * Calendar day number of an instant in a fixed UTC offset (minutes east of UTC). A fixed offset
 * keeps day boundaries a pure function of the instant; daylight-saving shifts are not modelled.
 */
export function dayNumber(epochMs: number, utcOffsetMinutes: number): number {
  return Math.floor((epochMs + utcOffsetMinutes * minuteMs) / dayMs);
}
