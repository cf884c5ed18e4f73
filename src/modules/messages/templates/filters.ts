// The formatting filters: money, dates, numbers and points in the reader's locale and time zone,
// all through Intl so Vietnamese, Thai (Buddhist era), Japanese and English read the way the
// runtime's CLDR data writes them.
import type { Context } from 'liquidjs';
import { isCurrency, toMajorUnits } from '../../../core/money.js';
import { intlAnswersRememberedMax } from '../../../core/limits.js';

/** Who reads the message: their locale and IANA time zone, and the shop's currency for `money`. */
export interface ReaderFormat {
  locale: string;
  timeZone: string;
  currency: string;
}

/**
 * The scope key the render puts the reader under. A symbol, so no template can read or replace it
 * (Liquid looks variables up by name only).
 */
export const readerKey = Symbol('reader');

/** What LiquidJS binds `this` to in a filter (its FilterImpl type is not exported). */
interface FilterImpl {
  context: Context;
}

function readerOf(filter: FilterImpl): ReaderFormat {
  return (filter.context.environments as Record<symbol, ReaderFormat>)[readerKey]!;
}

// Constructing an Intl formatter costs tens of microseconds, formatting with one about one, and a
// workspace's messages repeat a few locales, zones and currencies.
function rememberedFormatters<Formatter>(make: (key: string) => Formatter): (key: string) => Formatter {
  const formatters = new Map<string, Formatter>();
  return (key) => {
    let formatter = formatters.get(key);
    if (formatter === undefined) {
      if (formatters.size >= intlAnswersRememberedMax) formatters.clear();
      formatter = make(key);
      formatters.set(key, formatter);
    }
    return formatter;
  };
}

const separator = '\u0001';

const currencyFormat = rememberedFormatters((key) => {
  const [locale, currency] = key.split(separator) as [string, string];
  return new Intl.NumberFormat(locale, { style: 'currency', currency });
});

const numberFormat = rememberedFormatters((key) => {
  const [locale, fractionDigits] = key.split(separator) as [string, string];
  return new Intl.NumberFormat(locale, { maximumFractionDigits: Number(fractionDigits) });
});

const dateStyles = ['short', 'medium', 'long', 'full', 'time', 'datetime'] as const;
type DateStyle = (typeof dateStyles)[number];

function dateOptions(style: DateStyle): Intl.DateTimeFormatOptions {
  if (style === 'time') return { timeStyle: 'short' };
  if (style === 'datetime') return { dateStyle: 'long', timeStyle: 'short' };
  return { dateStyle: style };
}

const dateFormat = rememberedFormatters((key) => {
  const [locale, timeZone, style] = key.split(separator) as [string, string, DateStyle];
  return new Intl.DateTimeFormat(locale, { ...dateOptions(style), timeZone });
});

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
}

function integerOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) {
    const parsed = Number(value);
    return Number.isSafeInteger(parsed) ? parsed : null;
  }
  return null;
}

/** `{{ order.total | money }}`, `{{ 125000 | money: "THB" }}`: integer minor units → "฿1,250.00". */
function money(this: FilterImpl, amountMinor: unknown, currency?: unknown): string {
  const reader = readerOf(this);
  const code = currency === undefined || currency === null ? reader.currency : String(currency).toUpperCase();
  if (!isCurrency(code)) throw new Error(`money: unknown currency ${describe(currency)}`);
  const minor = integerOf(amountMinor);
  if (minor === null)
    throw new Error(`money: expected an amount in minor units, got ${describe(amountMinor)}`);
  return currencyFormat(`${reader.locale}${separator}${code}`).format(toMajorUnits(minor, code));
}

const calendarDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `{{ coupon.expires_at | date }}`, `{{ order.at | date: "short" }}`: an instant shown in the
 * reader's zone and locale (th-TH writes the Buddhist year, as Intl does). A calendar date
 * (`YYYY-MM-DD`, a birthday) is a day everywhere: it is shown as that day, never shifted by a zone.
 * Replaces Liquid's strftime `date`: formats are the locale's, not a pattern the template fixes.
 */
function date(this: FilterImpl, value: unknown, style: unknown = 'long'): string {
  const reader = readerOf(this);
  if (!dateStyles.includes(style as DateStyle)) {
    throw new Error(`date: unknown style ${describe(style)} (one of ${dateStyles.join(', ')})`);
  }
  const isCalendarDate = typeof value === 'string' && calendarDate.test(value);
  const instant =
    value instanceof Date
      ? value
      : typeof value === 'string' || typeof value === 'number'
        ? new Date(isCalendarDate ? `${value}T00:00:00Z` : value)
        : null;
  if (instant === null || Number.isNaN(instant.getTime())) {
    throw new Error(`date: expected an ISO date or instant, got ${describe(value)}`);
  }
  const timeZone = isCalendarDate ? 'UTC' : reader.timeZone;
  return dateFormat(`${reader.locale}${separator}${timeZone}${separator}${style as DateStyle}`).format(
    instant,
  );
}

/** `{{ predictions.expected_purchases | number: 1 }}`: grouped, at most that many decimals (2). */
function number(this: FilterImpl, value: unknown, fractionDigits: unknown = 2): string {
  const numeric = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof numeric !== 'number' || !Number.isFinite(numeric)) {
    throw new Error(`number: expected a number, got ${describe(value)}`);
  }
  const digits = integerOf(fractionDigits);
  if (digits === null || digits < 0 || digits > 20) {
    throw new Error(`number: decimals must be 0 to 20, got ${describe(fractionDigits)}`);
  }
  return numberFormat(`${readerOf(this).locale}${separator}${digits}`).format(numeric);
}

/** `{{ loyalty.points | points }}`: a grouped integer, "12,500" / "12.500". */
function points(this: FilterImpl, value: unknown): string {
  const whole = integerOf(value);
  if (whole === null) throw new Error(`points: expected a whole number, got ${describe(value)}`);
  return numberFormat(`${readerOf(this).locale}${separator}0`).format(whole);
}

export const formattingFilters = { money, date, number, points };
