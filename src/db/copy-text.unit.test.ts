import { describe, expect, it } from 'vitest';
import { copyField, copyLine, UnencodableText } from './copy-text.js';

describe('COPY text format', () => {
  it('escapes the four characters the format gives meaning to, and marks null', () => {
    expect(copyField('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(copyField('\\N')).toBe('\\\\N');
    expect(copyField(null)).toBe('\\N');
    expect(copyField('Việt ไทย 日本語 🎉 "quoted"')).toBe('Việt ไทย 日本語 🎉 "quoted"');
  });

  it('refuses an unpaired surrogate, which UTF-8 would replace silently', () => {
    expect(() => copyField('high \ud83c alone')).toThrow(UnencodableText);
    expect(() => copyField('low \udf89 alone')).toThrow(UnencodableText);
    expect(() => copyField('reversed \udf89\ud83c')).toThrow(UnencodableText);
    expect(copyField('paired \ud83c\udf89')).toBe('paired 🎉');
  });

  it('joins fields with tabs and ends the row with a newline', () => {
    expect(copyLine(['a', null, 'c\td'])).toBe('a\t\\N\tc\\td\n');
  });
});
