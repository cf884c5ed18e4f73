import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../hooks/imports.js';
import { translator } from './catalogue.js';
import { createFormatter } from './format.js';
import { importRowDetail, importRowError } from './import-rows.js';

type RowError = ImportReport['errors'][number];

const badDate: RowError = {
  line: 3,
  reason: "date '01/02/2026' is not a date in ISO 8601 (2024-03-05, 2024-03-05T14:30:00Z) or YYYYMMDD",
  code: 'date_invalid',
  field: 'date',
  params: { value: '01/02/2026' },
};
const emptyCustomer: RowError = {
  line: 5,
  reason: 'customer_id is empty',
  code: 'empty',
  field: 'customer_id',
  params: {},
};
const repeated: RowError = {
  line: 9,
  reason: "order_id 'B1' appears again (first on line 2): an order's rows must be consecutive",
  code: 'order_repeated',
  field: 'order_id',
  params: { value: 'B1', first_line: '2' },
};

const vnd = createFormatter('vi-VN', 'Asia/Ho_Chi_Minh', 'VND');
const jpy = createFormatter('ja-JP', 'Asia/Tokyo', 'JPY');

describe('importRowError', () => {
  it('words each code in Vietnamese, naming the column and quoting the value', () => {
    const t = translator('vi');
    expect(importRowError(t, vnd, badDate)).toBe(
      'date: “01/02/2026” không phải là ngày theo ISO 8601 (2024-03-05, 2024-03-05T14:30:00Z) hoặc YYYYMMDD.',
    );
    expect(importRowError(t, vnd, emptyCustomer)).toBe('customer_id đang trống.');
    expect(importRowError(t, vnd, repeated)).toBe(
      'order_id: đơn hàng “B1” xuất hiện lại (lần đầu ở dòng 2); các dòng của một đơn hàng phải liền nhau.',
    );
  });

  it('words each code in Japanese, naming the column and quoting the value', () => {
    const t = translator('ja');
    expect(importRowError(t, vnd, badDate)).toBe(
      'date: 「01/02/2026」は ISO 8601（2024-03-05、2024-03-05T14:30:00Z）または YYYYMMDD 形式の日付ではありません。',
    );
    expect(importRowError(t, vnd, emptyCustomer)).toBe('customer_id が空です。');
    expect(importRowError(t, vnd, repeated)).toBe(
      'order_id: 注文「B1」が再び出てきました（最初は 2 行目）。1 つの注文の行は連続させてください。',
    );
  });

  it('shows the server’s sentence for a code this dashboard does not know', () => {
    const newer = { ...badDate, code: 'from_a_newer_server', reason: 'a sentence only the server has' };
    expect(importRowError(translator('ja'), jpy, newer as unknown as RowError)).toBe(
      'a sentence only the server has',
    );
  });
  const tooLarge: RowError = {
    line: 2,
    reason: "price '10000000000001' is above the largest amount, 10000000000000 minor units",
    code: 'amount_too_large',
    field: 'price',
    params: { value: '10000000000001', max: '10000000000000', currency: 'THB' },
  };
  const linesTooLarge: RowError = {
    line: 3,
    reason: "the lines' total, 15000000000000 minor units, is above the largest amount, 10000000000000",
    code: 'lines_total_too_large',
    field: 'total',
    params: { sum: '15000000000000', max: '10000000000000', currency: 'VND' },
  };

  it('writes amounts as money in the row’s currency and the reader’s language, the cell as written', () => {
    // The row's currency (THB, two decimals) decides the digits, not the shop's (VND).
    expect(importRowError(translator('en'), createFormatter('en-US', 'UTC', 'VND'), tooLarge)).toBe(
      'price: “10000000000001” is above the largest amount, THB\u00a0100,000,000,000.00.',
    );
    expect(importRowError(translator('vi'), vnd, tooLarge)).toBe(
      'price: “10000000000001” vượt quá số tiền lớn nhất là 100.000.000.000,00\u00a0฿.',
    );
    expect(importRowError(translator('th'), createFormatter('th-TH', 'Asia/Bangkok', 'THB'), tooLarge)).toBe(
      'price: “10000000000001” เกินจำนวนเงินสูงสุด ฿100,000,000,000.00',
    );
    expect(importRowError(translator('ja'), jpy, linesTooLarge)).toBe(
      'total: 明細の合計 ₫15,000,000,000,000 が上限額（₫10,000,000,000,000）を超えています。',
    );
    expect(importRowError(translator('vi'), vnd, linesTooLarge)).toBe(
      'total: tổng các dòng là 15.000.000.000.000\u00a0₫, vượt quá số tiền lớn nhất là 10.000.000.000.000\u00a0₫.',
    );
    // An older server's answer without the currency: the shop's.
    const { currency: _dropped, ...withoutCurrency } = tooLarge.params;
    expect(importRowError(translator('en'), jpy, { ...tooLarge, params: withoutCurrency })).toBe(
      'price: “10000000000001” is above the largest amount, ￥10,000,000,000,000.',
    );
  });

  const badQuote: RowError = {
    line: 10,
    reason: 'not valid CSV: Invalid Opening Quote: a quote is found on field 4, value is "5"',
    code: 'csv_invalid',
    field: null,
    params: {
      problem: 'quote_in_value',
      column: '5',
      detail: 'Invalid Opening Quote: a quote is found on field 4, value is "5"',
    },
  };

  it('says what is wrong with a line that is not CSV in each language, the reader’s English below', () => {
    const worded = Object.fromEntries(
      (['en', 'vi', 'th', 'ja'] as const).map((language) => [
        language,
        importRowError(translator(language), vnd, badQuote),
      ]),
    );
    expect(worded).toEqual({
      en: 'Column 5: a quote mark inside a value that does not start with one. Put the whole value in quotes and double each quote mark inside it ("5"" screen").',
      vi: 'Cột 5: có dấu ngoặc kép nằm giữa một giá trị không bắt đầu bằng dấu ngoặc kép. Hãy đặt cả giá trị trong ngoặc kép và viết mỗi dấu ngoặc kép bên trong thành hai dấu ("5"" màn hình").',
      th: 'คอลัมน์ 5: มีเครื่องหมายอัญประกาศอยู่กลางค่าที่ไม่ได้ขึ้นต้นด้วยอัญประกาศ ให้ครอบทั้งค่าด้วยอัญประกาศและเขียนอัญประกาศที่อยู่ข้างในเป็นสองตัว ("5"" screen")',
      ja: '5 列目: 引用符で始まっていない値の途中に引用符があります。値全体を引用符で囲み、中の引用符は 2 つ重ねてください（"5"" screen"）。',
    });
    for (const text of Object.values(worded)) expect(text).not.toContain('Invalid Opening Quote');
    expect(importRowDetail(translator('ja'), badQuote)).toBe(
      'CSV 読み取り処理の詳細（英語）: Invalid Opening Quote: a quote is found on field 4, value is "5"',
    );
    expect(importRowDetail(translator('vi'), tooLarge)).toBeNull();
    // A problem this dashboard does not know, or one without a column, gets the general sentence.
    const unknown = { ...badQuote, params: { problem: 'from_a_newer_parser', column: '2', detail: 'x' } };
    expect(importRowError(translator('th'), vnd, unknown)).toBe('บรรทัดนี้ไม่ใช่ CSV ที่ถูกต้อง จึงไม่ได้นำเข้า');
    const noColumn = { ...badQuote, params: { problem: 'quote_not_closed', detail: 'x' } };
    expect(importRowError(translator('en'), vnd, noColumn)).toBe(
      'This line is not valid CSV and was not imported.',
    );
    expect(
      importRowError(translator('vi'), vnd, {
        ...badQuote,
        params: { ...badQuote.params, problem: 'text_after_quote' },
      }),
    ).toMatch(/^Cột 5: có chữ đứng sau dấu ngoặc kép đóng/);
  });
});
