import crypto from 'node:crypto';

/**
 * Digits and capitals without the look-alikes 0/O, 1/I/L and U/V (Crockford's reasoning, with
 * 0 and 1 dropped too because shoppers type codes read off a screen or a receipt).
 */
export const codeAlphabet = '23456789ABCDEFGHJKMNPQRSTWXYZ';
const codePrefix = 'RTN';
const groups = 3;
const groupLength = 4;

/**
 * `RTN-7KQ4-M9XP-C2HT`: 12 symbols drawn uniformly (crypto.randomInt rejects biased draws) from
 * 29 give 29^12 ≈ 3.5·10^17 ≈ 58 bits. With a million live codes, a guesser making 1,000 tries a
 * second for a year expects 3.2·10^10 · 10^6 / 3.5·10^17 ≈ 0.09 hits.
 */
export function generateCode(): string {
  const parts: string[] = [codePrefix];
  for (let group = 0; group < groups; group += 1) {
    let part = '';
    for (let i = 0; i < groupLength; i += 1) part += codeAlphabet[crypto.randomInt(codeAlphabet.length)];
    parts.push(part);
  }
  return parts.join('-');
}

/** How a code is stored and looked up: trimmed, upper case, inner spaces removed. */
export function normaliseCode(code: string): string {
  return code.trim().toUpperCase().replace(/\s+/g, '');
}

/** A code the shop chooses (e.g. SUMMER10): letters, digits and dashes. */
export const customCodePattern = /^[A-Z0-9][A-Z0-9-]{2,39}$/;
