import { loneSurrogate } from './copy-text.js';
import { UnstorableText } from './errors.js';

// PostgreSQL's `json` type keeps the text it is given and checks only its syntax, so two escapes
// that no PostgreSQL text can hold — `\u0000` and an unpaired surrogate — would be stored and fail
// later, in whichever query or consumer reads the value as text or jsonb. They are refused here,
// before they are written. JSON.stringify writes a paired surrogate as the character itself and an
// unpaired one as a `\ud8xx`–`\udfxx` escape (ECMA-262 "well-formed JSON.stringify"), so every
// such escape in its output is one PostgreSQL would refuse.

// An escape is one only after an even run of backslashes (`\\u0000` is a backslash and "u0000").
const refusedEscape = /(?<!\\)(?:\\\\)*\\u(?:0000|d[89a-f])/i;

/** Why such text is refused, after the name of what holds it. */
export const unstorableReason = 'holds a \\u0000 or an unpaired surrogate, which PostgreSQL cannot store';

/**
 * `value` as JSON text for a json column; throws UnstorableText naming `field` when PostgreSQL
 * could not read it back.
 */
export function storableJsonText(value: unknown, field: string): string {
  const json = JSON.stringify(value);
  if (mayEscapeUnstorableText(json)) {
    throw new UnstorableText(unstorableReason, field);
  }
  return json;
}

/** Decoded text PostgreSQL cannot hold: a NUL, or a surrogate without its partner. */
const unstorable = (text: string) => text.includes('\u0000') || loneSurrogate.test(text);

/**
 * True when JSON text may escape such a character: it escapes a NUL or a surrogate. That is exact
 * for JSON.stringify's output, which escapes no paired surrogate; a client's text may (`\ud83d\ude00`),
 * so for it this only says whether the parsed value needs reading (`unstorableTextPath`).
 */
export function mayEscapeUnstorableText(json: string): boolean {
  return json.includes('\\u') && refusedEscape.test(json);
}

/**
 * Where in a parsed JSON value a string or key holds text PostgreSQL cannot store, as the path to
 * it (`['lines', 2, 'name']`); null when nowhere.
 */
export function unstorableTextPath(
  value: unknown,
  path: (string | number)[] = [],
): (string | number)[] | null {
  if (typeof value === 'string') return unstorable(value) ? path : null;
  if (typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = unstorableTextPath(item, [...path, index]);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    if (unstorable(key)) return [...path, key];
    const found = unstorableTextPath(item, [...path, key]);
    if (found) return found;
  }
  return null;
}
