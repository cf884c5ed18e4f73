import { describe, expect, it } from 'vitest';
import { UnstorableText } from './errors.js';
import { mayEscapeUnstorableText, storableJsonText, unstorableTextPath } from './json-text.js';

describe('JSON text for a json column', () => {
  it('refuses a NUL or an unpaired surrogate, in values and in keys, naming the field', () => {
    for (const value of [
      { note: 'nul \u0000 byte' },
      { note: 'high \ud83c alone' },
      { note: 'low \udf89 alone' },
      { ['key \u0000']: 1 },
      { nested: [{ deeper: 'after a backslash \\\ud800' }] },
    ]) {
      expect(() => storableJsonText(value, 'properties')).toThrow(UnstorableText);
    }
    expect(() => storableJsonText({ note: '\u0000' }, 'traits')).toThrow(/^traits holds a \\u0000/);
  });

  it('writes other text as JSON.stringify does', () => {
    for (const value of [
      { note: 'a backslash then u0000: \\u0000' },
      { note: 'paired \ud83c\udf89, Việt ไทย 日本語' },
      { note: 'other control characters \u0001 \u001f \t \n' },
      { note: '\\\\u0000 is two backslashes' },
    ]) {
      expect(storableJsonText(value, 'properties')).toBe(JSON.stringify(value));
    }
  });
});

describe("a client's JSON", () => {
  it('finds the string or key holding a NUL or an unpaired surrogate', () => {
    const body = { lines: [{ name: 'ok' }, { name: 'ok', notes: ['fine', 'nul \u0000'] }] };
    expect(unstorableTextPath(body)).toEqual(['lines', 1, 'notes', 1]);
    expect(unstorableTextPath({ meta: { ['key \udc00']: 1 } })).toEqual(['meta', 'key \udc00']);
    expect(unstorableTextPath({ party: 'paired \ud83c\udf89', n: 1, none: null })).toBeNull();
  });

  it('reads the value only when the text escapes a NUL or a surrogate, in either case of hex', () => {
    expect(mayEscapeUnstorableText('{"a":"\\u0000"}')).toBe(true);
    expect(mayEscapeUnstorableText('{"a":"\\uD83C\\uDF89"}')).toBe(true);
    expect(mayEscapeUnstorableText('{"a":"\\u00e9 \\\\u0000"}')).toBe(false);
  });
});
