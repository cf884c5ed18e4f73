/** Numbers, money and dates of one workspace, through Intl in its locale and time zone. */
export interface Formatter {
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

export function createFormatter(locale: string, timeZone: string, currency: string): Formatter {
  const numbers = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  const moneyFormat = (code: string) => {
    let format = moneyFormats.get(code);
    if (!format) {
      format = new Intl.NumberFormat(locale, { style: 'currency', currency: code });
      moneyFormats.set(code, format);
    }
    return format;
  };
  const dates = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium' });
  const dateTimes = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
  const months = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short' });
  return {
    number: (value, fractionDigits) =>
      fractionDigits === undefined
        ? numbers.format(value)
        : new Intl.NumberFormat(locale, {
            minimumFractionDigits: fractionDigits,
            maximumFractionDigits: fractionDigits,
          }).format(value),
    percent: (share) => percent.format(share),
    money: (minor, code = currency) => {
      const format = moneyFormat(code);
      return format.format(minor / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
    },
    points: (value) => numbers.format(value),
    date: (iso) => dates.format(new Date(iso)),
    dateTime: (iso) => dateTimes.format(new Date(iso)),
    // Month keys (`2026-03` or a date) name calendar months, already in the workspace zone.
    month: (iso) => months.format(new Date(iso.length === 7 ? `${iso}-01T00:00:00Z` : iso)),
  };
}
