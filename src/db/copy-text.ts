// PostgreSQL's COPY text format (https://www.postgresql.org/docs/15/sql-copy.html, "Text
// Format"): one line per row, columns split by tabs, `\N` for null, and backslash, tab, newline
// and carriage return escaped with a backslash. Written here because pg-copy-streams carries bytes
// only; the format is these four rules.

const needsEscape = /[\\\t\n\r]/;
const escapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

// A UTF-16 surrogate without its partner: Node's UTF-8 encoder would turn it into U+FFFD silently.
const surrogate = /[\ud800-\udfff]/;
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export class UnencodableText extends Error {
  constructor() {
    super('the text holds an unpaired UTF-16 surrogate, which UTF-8 cannot encode');
  }
}

/** One column's value as COPY text reads it; refuses text that would not arrive as written. */
export function copyField(value: string | null): string {
  if (value === null) return '\\N';
  if (surrogate.test(value) && loneSurrogate.test(value)) throw new UnencodableText();
  return needsEscape.test(value) ? value.replace(/[\\\t\n\r]/g, (char) => escapes[char]!) : value;
}

/** One row: its fields in the COPY statement's column order, ended by a newline. */
export function copyLine(fields: (string | null)[]): string {
  let line = copyField(fields[0] ?? null);
  for (let index = 1; index < fields.length; index += 1) line += '\t' + copyField(fields[index] ?? null);
  return line + '\n';
}
