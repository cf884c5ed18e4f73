import { currencyExponent, isCurrency, toMinorUnits } from '../../core/money.js';
import {
  importMidnightsCachedMax,
  moneyAmountMinorMax,
  supportedYearMax,
  supportedYearMin,
} from '../../core/limits.js';
import { minuteMs } from '../../core/time.js';
import { zonedTimeToUtc } from '../../core/zoned-time.js';
import { supportedYear, supportedYearsText } from '../../core/supported-years.js';

/**
 * Why a row failed, as a code and parameters the dashboard words in its reader's language, beside
 * the English sentence the API has always answered in `reason`.
 */
export const rowErrorCodes = [
  'nul_character',
  'year_unsupported',
  'date_invalid',
  'date_impossible',
  'calendar_date_invalid',
  'amount_invalid',
  'amount_negative',
  'amount_too_large',
  'lines_total_too_large',
  'quantity_invalid',
  'currency_invalid',
  'email_invalid',
  'empty',
  'event_too_large',
  'order_repeated',
  'order_line_invalid',
  'csv_invalid',
] as const;

export interface RowProblem {
  code: (typeof rowErrorCodes)[number];
  /** The column at fault by its name in the import's columns; null when it is the row as a whole. */
  field: string | null;
  params: Record<string, string>;
}

/** A cell the import cannot use: the row fails with this reason, the rest of the file goes on. */
export class RowError extends Error {
  constructor(
    readonly problem: RowProblem,
    reason: string,
  ) {
    super(reason);
  }
}

/** A problem with one column's value `text`, which the sentence quotes and `params.value` carries. */
const valueError = (
  code: RowProblem['code'],
  column: string,
  text: string,
  reason: string,
  params: Record<string, string> = {},
) =>
  new RowError({ code, field: column, params: { value: text, ...params } }, `${column} '${text}' ${reason}`);

/** A required column left empty. */
export const emptyError = (column: string) =>
  new RowError({ code: 'empty', field: column, params: {} }, `${column} is empty`);

/**
 * Fails a row with a NUL character in any cell: no PostgreSQL text can hold one, and the log's
 * JSON would refuse the whole batch it travels in.
 */
export function refuseNul(record: string[]): void {
  const column = record.findIndex((cell) => cell.includes('\u0000'));
  if (column >= 0) {
    throw new RowError(
      { code: 'nul_character', field: null, params: { column: String(column + 1) } },
      `column ${column + 1} holds a NUL character, which PostgreSQL cannot store`,
    );
  }
}

// ISO 8601 calendar dates, extended (2024-03-05) or basic (20240305), with an optional time and
// offset. Without an offset the time is wall time in the workspace's zone.
const isoDate =
  /^(\d{4})(?:-(\d{2})-(\d{2})|(\d{2})(\d{2}))(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function offsetMinutes(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
}

// Files repeat the same dates on many rows; converting a date-only value once per zone and day
// keeps the Intl work off the hot path. Bounded so a long file cannot grow it without end.
const midnights = new Map<string, number>();

function zonedMidnight(year: number, month: number, day: number, zone: string): Date {
  const key = `${zone}|${year}-${month}-${day}`;
  let instant = midnights.get(key);
  if (instant === undefined) {
    if (midnights.size >= importMidnightsCachedMax) midnights.clear();
    instant = zonedTimeToUtc({ year, month, day }, zone).getTime();
    midnights.set(key, instant);
  }
  return new Date(instant);
}

/**
 * Years outside the supported range are refused, not guessed: JavaScript's Date.UTC reads years
 * 0–99 as 1900–1999, which moved `0024-05-01` to 1924.
 */
function refuseUnsupportedYear(year: number, text: string, column: string): void {
  if (!supportedYear(year)) {
    throw valueError('year_unsupported', column, text, `is not ${supportedYearsText}`, {
      min: String(supportedYearMin),
      max: String(supportedYearMax),
    });
  }
}

/** ISO 8601 or YYYYMMDD; date-only values are midnight in `zone`. */
export function parseDate(text: string, zone: string, column: string): Date {
  const match = isoDate.exec(text);
  if (!match) {
    throw valueError(
      'date_invalid',
      column,
      text,
      'is not a date in ISO 8601 (2024-03-05, 2024-03-05T14:30:00Z) or YYYYMMDD',
    );
  }
  const [, y, m1, d1, m2, d2, hh, mm, ss, fraction, offset] = match;
  const year = Number(y);
  refuseUnsupportedYear(year, text, column);
  const month = Number(m1 ?? m2);
  const day = Number(d1 ?? d2);
  const hour = Number(hh ?? 0);
  const minute = Number(mm ?? 0);
  const second = Number(ss ?? 0);
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    throw valueError('date_impossible', column, text, 'is not a real calendar date and time');
  }
  if (hh === undefined) return zonedMidnight(year, month, day, zone);
  const millisecond = Number((fraction ?? '0').padEnd(3, '0').slice(0, 3));
  if (offset === undefined)
    return zonedTimeToUtc({ year, month, day, hour, minute, second, millisecond }, zone);
  const wallMs = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  return new Date(wallMs - offsetMinutes(offset) * minuteMs);
}

/** A calendar date (birthday) as YYYY-MM-DD, from ISO 8601 or YYYYMMDD. */
export function parseCalendarDate(text: string, column: string): string {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw valueError('calendar_date_invalid', column, text, 'is not a date as YYYY-MM-DD or YYYYMMDD');
  }
  refuseUnsupportedYear(year, text, column);
  return `${match[1]}-${match[2]}-${match[3]}`;
}

/** An amount in major units as written ("29.33" USD, "250000" VND) → integer minor units, ≥ 0. */
export function parseAmountMinor(text: string, currency: string, column: string): number {
  const minor = toMinorUnits(text, currency);
  if (minor === null) {
    throw valueError(
      'amount_invalid',
      column,
      text,
      'is not a plain decimal number (write 1234.50, without separators or symbols)',
    );
  }
  if (minor < 0) throw valueError('amount_negative', column, text, 'is negative');
  if (minor > moneyAmountMinorMax) {
    throw valueError(
      'amount_too_large',
      column,
      text,
      `is above the largest amount, ${moneyAmountMinorMax} minor units`,
      // The bound is in minor units of the row's currency, which the dashboard needs to write it as money.
      { max: String(moneyAmountMinorMax), currency },
    );
  }
  return minor;
}

/** Minor units back to the major-unit number Segment events carry (`total: 29.33`). */
export function toMajorNumber(minor: number, currency: string): number {
  const exponent = currencyExponent(currency);
  return exponent === 0
    ? minor
    : Number(
        `${Math.trunc(minor / 10 ** exponent)}.${String(minor % 10 ** exponent).padStart(exponent, '0')}`,
      );
}

export function parseQuantity(text: string, column: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
    throw valueError('quantity_invalid', column, text, 'is not a whole number of at least 1');
  }
  return Number(text);
}

export function parseCurrency(text: string, column: string): string {
  const currency = text.toUpperCase();
  if (!isCurrency(currency))
    throw valueError('currency_invalid', column, text, 'is not an ISO 4217 currency code');
  return currency;
}

// Deliberately loose: one @, something on each side, a dot in the domain. Mail servers decide the rest.
const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function parseEmail(text: string, column: string): string {
  if (!emailShape.test(text)) throw valueError('email_invalid', column, text, 'is not an email address');
  return text.toLowerCase();
}
