// PostgreSQL's COPY text format (https://www.postgresql.org/docs/15/sql-copy.html, "Text
// Format"): one line per row, columns split by tabs, `\N` for null, and backslash, tab, newline
// and carriage return escaped with a backslash. Written here because pg-copy-streams carries bytes
// only; the format is these four rules.

import { UnstorableText } from './errors.js';

const escapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
// One test finds both what needs escaping and a UTF-16 surrogate, so plain text pays one scan.
const special = /[\\\t\n\r\ud800-\udfff]/;
// A surrogate without its partner: Node's UTF-8 encoder would turn it into U+FFFD silently.
export const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** One text column's value as COPY reads it; refuses text that would not arrive as written. */
export function copyField(value: string | null): string {
  if (value === null) return '\\N';
  if (!special.test(value)) return value;
  if (loneSurrogate.test(value)) {
    throw new UnstorableText('holds an unpaired UTF-16 surrogate, which UTF-8 cannot encode');
  }
  return value.replace(/[\\\t\n\r]/g, (char) => escapes[char]!);
}

/**
 * A json or jsonb column's value, given as JSON.stringify wrote it: that writes control characters
 * and unpaired surrogates as `\u` escapes, so of the four only the backslash can occur.
 */
export function copyJsonText(json: string): string {
  return json.includes('\\') ? json.replaceAll('\\', '\\\\') : json;
}
