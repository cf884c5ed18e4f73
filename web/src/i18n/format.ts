/** Numbers, money and dates as the reader's language writes them, in the workspace's time zone. */
export interface Formatter {
  /** The BCP 47 locale every format below uses. */
  locale: string;
  /** The workspace's currency, which `money` writes when given no other. */
  currency: string;
  number(value: number, fractionDigits?: number): string;
  percent(share: number): string;
  /** Amounts arrive in integer minor units of the currency. */
  money(minor: number, currency?: string): string;
  points(value: number): string;
  date(iso: string): string;
  dateTime(iso: string): string;
  month(iso: string): string;
}

/** 2 for USD and THB, 0 for VND and JPY: ISO 4217's exponent as the runtime knows it. */
export function currencyExponent(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

const defaultRegions: Record<string, string> = { en: 'en-US', vi: 'vi-VN', th: 'th-TH', ja: 'ja-JP' };

/**
 * The locale of the reader's language: the workspace's own locale when it is of that language
 * (an en-GB shop read in English keeps its day-month order), else the language's main region.
 * The workspace's locale alone would write English screens in Vietnamese ("thg 1 2026").
 */
export function readerLocale(language: string, workspaceLocale?: string | null): string {
  if (workspaceLocale && workspaceLocale.split('-')[0]?.toLowerCase() === language) {
    try {
      return Intl.getCanonicalLocales(workspaceLocale)[0] ?? language;
    } catch {
      // A locale Intl cannot read falls back to the language's own below.
    }
  }
  return defaultRegions[language] ?? language;
}

export function createFormatter(locale: string, timeZone: string, currency: string): Formatter {
  const numbers = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const moneyFormats = new Map<string, { format: Intl.NumberFormat; exponent: number }>();
  // The currency decides the digits (0 for VND and JPY, 2 for THB and USD); the language, the rest.
  const moneyFormat = (code: string) => {
    let entry = moneyFormats.get(code);
    if (!entry) {
      const exponent = currencyExponent(code);
      entry = {
        exponent,
        format: new Intl.NumberFormat(locale, {
          style: 'currency',
          currency: code,
          minimumFractionDigits: exponent,
          maximumFractionDigits: exponent,
        }),
      };
      moneyFormats.set(code, entry);
    }
    return entry;
  };
  const dates = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium' });
  const dateTimes = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
  const months = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short' });
  return {
    locale,
    currency,
    number: (value, fractionDigits) =>
      fractionDigits === undefined
        ? numbers.format(value)
        : new Intl.NumberFormat(locale, {
            minimumFractionDigits: fractionDigits,
            maximumFractionDigits: fractionDigits,
          }).format(value),
    percent: (share) => percent.format(share),
    money: (minor, code = currency) => {
      const { format, exponent } = moneyFormat(code);
      return format.format(minor / 10 ** exponent);
    },
    points: (value) => numbers.format(value),
    date: (iso) => dates.format(new Date(iso)),
    dateTime: (iso) => dateTimes.format(new Date(iso)),
    // Month keys (`2026-03` or a date) name calendar months, already in the workspace zone.
    month: (iso) => months.format(new Date(iso.length === 7 ? `${iso}-01T00:00:00Z` : iso)),
  };
}
