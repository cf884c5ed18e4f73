import { UnstorableText } from './errors.js';

// PostgreSQL's `json` type keeps the text it is given and checks only its syntax, so two escapes
// that no PostgreSQL text can hold — `\u0000` and an unpaired surrogate — would be stored and fail
// later, in whichever query or consumer reads the value as text or jsonb. They are refused here,
// before they are written. JSON.stringify writes a paired surrogate as the character itself and an
// unpaired one as a `\ud8xx`–`\udfxx` escape (ECMA-262 "well-formed JSON.stringify"), so every
// such escape in its output is one PostgreSQL would refuse.

// An escape is one only after an even run of backslashes (`\\u0000` is a backslash and "u0000").
const refusedEscape = /(?<!\\)(?:\\\\)*\\u(?:0000|d[89a-f])/i;

/**
 * `value` as JSON text for a json column; throws UnstorableText naming `field` when PostgreSQL
 * could not read it back.
 */
export function storableJsonText(value: unknown, field: string): string {
  const json = JSON.stringify(value);
  if (json.includes('\\u') && refusedEscape.test(json)) {
    throw new UnstorableText(
      'holds a \\u0000 or an unpaired surrogate, which PostgreSQL cannot store',
      field,
    );
  }
  return json;
}
