import { describe, expect, it } from 'vitest';
import { copyField, copyJsonText } from './copy-text.js';
import { UnstorableText } from './errors.js';

describe('COPY text format', () => {
  it('escapes the four characters the format gives meaning to, and marks null', () => {
    expect(copyField('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(copyField('\\N')).toBe('\\\\N');
    expect(copyField(null)).toBe('\\N');
    expect(copyField('Việt ไทย 日本語 🎉 "quoted"')).toBe('Việt ไทย 日本語 🎉 "quoted"');
  });

  it('refuses an unpaired surrogate, which UTF-8 would replace silently', () => {
    expect(() => copyField('high \ud83c alone')).toThrow(UnstorableText);
    expect(() => copyField('low \udf89 alone')).toThrow(UnstorableText);
    expect(() => copyField('reversed \udf89\ud83c')).toThrow(UnstorableText);
    expect(copyField('paired \ud83c\udf89 and a tab\t')).toBe('paired 🎉 and a tab\\t');
  });

  it('writes JSON with its escapes intact for the server to read', () => {
    const value = { text: 'tab\t line\n quote" back\\slash \ud800', n: 1 };
    const field = copyJsonText(JSON.stringify(value));
    expect(field).not.toMatch(/[\t\n\r]/);
    expect(JSON.parse(field.replaceAll('\\\\', '\\'))).toEqual(value);
    expect(copyJsonText(JSON.stringify({ plain: 'é 日本' }))).toBe('{"plain":"é 日本"}');
  });
});
