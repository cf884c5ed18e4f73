import { supportedYearMax, supportedYearMin } from './limits.js';

/** "between the years 1900 and 2999", for messages that refuse a date outside them. */
export const supportedYearsText = `between the years ${supportedYearMin} and ${supportedYearMax}`;

/** Whether an instant lies in the years retain stores and computes with. */
export function withinSupportedYears(at: Date): boolean {
  const year = at.getUTCFullYear();
  return year >= supportedYearMin && year <= supportedYearMax;
}

/** The same for a calendar date's year (YYYY-MM-DD, the year as written). */
export function supportedYear(year: number): boolean {
  return year >= supportedYearMin && year <= supportedYearMax;
}
