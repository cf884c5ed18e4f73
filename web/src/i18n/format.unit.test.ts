import { describe, expect, it } from 'vitest';
import { createFormatter, readerLocale } from './format.js';

// Intl writes a no-break space (U+00A0) or narrow no-break space (U+202F) in some formats.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function formatter(language: string, currency: string, workspaceLocale = 'vi-VN') {
  return createFormatter(readerLocale(language, workspaceLocale), 'Asia/Ho_Chi_Minh', currency);
}

describe('readerLocale', () => {
  it("follows the reader's language, keeping the workspace's region when it is of that language", () => {
    expect(readerLocale('en', 'vi-VN')).toBe('en-US');
    expect(readerLocale('en', 'en-GB')).toBe('en-GB');
    expect(readerLocale('vi', 'en-US')).toBe('vi-VN');
    expect(readerLocale('th', null)).toBe('th-TH');
    expect(readerLocale('ja', 'ja-JP')).toBe('ja-JP');
    expect(readerLocale('vi', 'vi-not a locale')).toBe('vi-VN');
  });
});

describe('numbers and percentages', () => {
  it('group and separate decimals as each language writes them', () => {
    expect(formatter('en', 'VND').number(3500)).toBe('3,500');
    expect(formatter('vi', 'VND').number(3500)).toBe('3.500');
    expect(formatter('vi', 'VND').number(1234.5, 1)).toBe('1.234,5');
    expect(formatter('th', 'VND').number(3500)).toBe('3,500');
    expect(formatter('ja', 'VND').number(3500)).toBe('3,500');
    expect(formatter('en', 'VND').percent(0.125)).toBe('12.5%');
    expect(formatter('vi', 'VND').percent(0.125)).toBe('12,5%');
    expect(formatter('th', 'VND').percent(0.888)).toBe('88.8%');
    expect(formatter('ja', 'VND').percent(0.888)).toBe('88.8%');
  });
});

describe('money', () => {
  it("keeps the currency's digits and writes them in the reader's format", () => {
    const cases: [string, string, number, string][] = [
      ['en', 'VND', 3_500_000, '₫3,500,000'],
      ['vi', 'VND', 3_500_000, '3.500.000 ₫'],
      ['th', 'VND', 3_500_000, '₫3,500,000'],
      ['ja', 'VND', 3_500_000, '₫3,500,000'],
      ['en', 'THB', 123_450, 'THB 1,234.50'],
      ['vi', 'THB', 123_450, '1.234,50 ฿'],
      ['th', 'THB', 123_450, '฿1,234.50'],
      ['ja', 'THB', 123_450, 'THB 1,234.50'],
      ['en', 'JPY', 12_345, '¥12,345'],
      ['vi', 'JPY', 12_345, '12.345 ¥'],
      ['ja', 'JPY', 12_345, '￥12,345'],
      ['en', 'USD', 45_575, '$455.75'],
      ['vi', 'USD', 45_575, '455,75 US$'],
      ['th', 'USD', 45_575, 'US$455.75'],
      ['ja', 'USD', 45_575, '$455.75'],
    ];
    for (const [language, currency, minor, shown] of cases) {
      expect([language, currency, plain(formatter(language, currency).money(minor))]).toEqual([
        language,
        currency,
        shown,
      ]);
    }
  });

  it("formats another currency than the workspace's with that currency's digits", () => {
    expect(plain(formatter('vi', 'VND').money(123_450, 'THB'))).toBe('1.234,50 ฿');
  });
});

describe('dates', () => {
  it("are written in the reader's language, in the workspace's time zone", () => {
    // 20:00 UTC on 14 January is already 15 January in Ho Chi Minh City.
    const instant = '2026-01-14T20:00:00Z';
    expect(formatter('en', 'VND').date(instant)).toBe('Jan 15, 2026');
    expect(formatter('vi', 'VND').date(instant)).toBe('15 thg 1, 2026');
    expect(formatter('th', 'VND').date(instant)).toBe('15 ม.ค. 2569');
    expect(formatter('ja', 'VND').date(instant)).toBe('2026/01/15');
    expect(formatter('en', 'VND').month('2026-01')).toBe('Jan 2026');
    expect(formatter('vi', 'VND').month('2026-01')).toBe('thg 1 2026');
    expect(formatter('th', 'VND').month('2026-01')).toBe('ม.ค. 2569');
    expect(formatter('ja', 'VND').month('2026-01-01')).toBe('2026年1月');
    expect(plain(formatter('en', 'VND').dateTime(instant))).toBe('Jan 15, 2026, 3:00 AM');
    expect(formatter('ja', 'VND').dateTime(instant)).toBe('2026/01/15 3:00');
  });
});
