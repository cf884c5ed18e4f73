import { describe, expect, it } from 'vitest';
import { canonicalLocale, isTimeZone } from './intl.js';

describe('remembered Intl checks', () => {
  it('knows the IANA zones and refuses others, asked once or many times', () => {
    for (let round = 0; round < 3; round += 1) {
      expect(isTimeZone('Asia/Ho_Chi_Minh')).toBe(true);
      expect(isTimeZone('Asia/Bangkok')).toBe(true);
      expect(isTimeZone('Asia/Tokyo')).toBe(true);
      expect(isTimeZone('Asia/Saigon-ish')).toBe(false);
      expect(isTimeZone('')).toBe(false);
    }
  });

  it('canonicalises locales, remembering null for a malformed one', () => {
    for (let round = 0; round < 3; round += 1) {
      expect(canonicalLocale('vi-vn')).toBe('vi-VN');
      expect(canonicalLocale('TH-th')).toBe('th-TH');
      expect(canonicalLocale('not a locale!')).toBeNull();
    }
  });

  it('still answers correctly after more distinct values than it keeps', () => {
    for (let index = 0; index < 2_500; index += 1) expect(isTimeZone(`Nowhere/Zone${index}`)).toBe(false);
    expect(isTimeZone('Asia/Tokyo')).toBe(true);
    expect(canonicalLocale('ja-jp')).toBe('ja-JP');
  });
});
