// Dates in the workspace time zone: local calendar dates as YYYY-MM-DD and day numbers.
import { invalidParameter } from '../../core/errors.js';
import { supportedYear, supportedYearsText, withinSupportedYears } from '../../core/supported-years.js';
import { dayMs } from '../../core/time.js';
import type { Db } from '../../db/connection.js';
import { localDate } from './calendar.queries.js';

/** Days since 1970-01-01 of a local calendar date (the same numbering the SQL aggregates use). */
export function dayNumberOfDate(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / dayMs;
}

export function dateOfDayNumber(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumberOfDate(date) + days);
}

/** The workspace-local day number of an instant. */
export async function localDayNumber(db: Db, tz: string, at: Date): Promise<number> {
  return dayNumberOfDate(await localDate(db, tz, at));
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD parameter that names a real calendar date. */
export function checkDate(param: string, value: string): string {
  if (!isoDate.test(value) || dateOfDayNumber(dayNumberOfDate(value)) !== value) {
    throw invalidParameter(param, `${param} must be a calendar date YYYY-MM-DD.`);
  }
  if (!supportedYear(Number(value.slice(0, 4)))) {
    throw invalidParameter(param, `${param} must be ${supportedYearsText}.`);
  }
  return value;
}

/** An instant parameter: an ISO 8601 date-time (a bare date is midnight UTC). */
export function parseInstant(param: string, value: string): Date {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw invalidParameter(param, `${param} must be an ISO 8601 date-time.`);
  if (!withinSupportedYears(at)) throw invalidParameter(param, `${param} must be ${supportedYearsText}.`);
  return at;
}
