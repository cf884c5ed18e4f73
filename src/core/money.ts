// Money is integer minor units with an ISO 4217 currency. The exponent (2 for USD, 0 for VND and
// JPY) comes from the runtime's ISO 4217 data through Intl, so no currency table is kept here.

const supportedCurrencies = new Set(Intl.supportedValuesOf('currency'));

export function isCurrency(code: string): boolean {
  return supportedCurrencies.has(code);
}

// Building an Intl.NumberFormat costs far more than the conversion it serves (a tenth of a
// millisecond), and every amount of every order event asks: each currency is asked once.
const exponents = new Map<string, number>();

export function currencyExponent(currency: string): number {
  let exponent = exponents.get(currency);
  if (exponent === undefined) {
    exponent =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2;
    exponents.set(currency, exponent);
  }
  return exponent;
}

const decimalPattern = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * Converts an amount in major units as written ("29.33" USD, 250000 VND) to integer minor units
 * without passing through floating point multiplication. Digits beyond the currency's exponent
 * are rounded half away from zero, the convention of ISO 4217 cash rounding.
 * Returns null when the input is not a plain decimal number.
 */
export function toMinorUnits(major: number | string, currency: string): number | null {
  const text = typeof major === 'number' ? numberToPlainString(major) : major.trim();
  if (text === null) return null;
  const match = decimalPattern.exec(text);
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const exponent = currencyExponent(currency);
  const kept = fraction.slice(0, exponent).padEnd(exponent, '0');
  const roundsUp = (fraction[exponent] ?? '0') >= '5';
  const magnitude = Number(`${whole}${kept}`) + (roundsUp ? 1 : 0);
  if (!Number.isSafeInteger(magnitude)) return null;
  return sign ? -magnitude : magnitude;
}

export function toMajorUnits(minor: number, currency: string): number {
  return minor / 10 ** currencyExponent(currency);
}

function numberToPlainString(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  const text = String(value);
  // 1e21 and 1e-7 print in exponent notation; amounts that size are not money.
  return /e/i.test(text) ? null : text;
}
