import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../hooks/imports.js';
import { translator } from './catalogue.js';
import { importRowError } from './import-rows.js';

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

describe('importRowError', () => {
  it('words each code in Vietnamese, naming the column and quoting the value', () => {
    const t = translator('vi');
    expect(importRowError(t, badDate)).toBe(
      'date: “01/02/2026” không phải là ngày theo ISO 8601 (2024-03-05, 2024-03-05T14:30:00Z) hoặc YYYYMMDD.',
    );
    expect(importRowError(t, emptyCustomer)).toBe('customer_id đang trống.');
    expect(importRowError(t, repeated)).toBe(
      'order_id: đơn hàng “B1” xuất hiện lại (lần đầu ở dòng 2); các dòng của một đơn hàng phải liền nhau.',
    );
  });

  it('words each code in Japanese, naming the column and quoting the value', () => {
    const t = translator('ja');
    expect(importRowError(t, badDate)).toBe(
      'date: 「01/02/2026」は ISO 8601（2024-03-05、2024-03-05T14:30:00Z）または YYYYMMDD 形式の日付ではありません。',
    );
    expect(importRowError(t, emptyCustomer)).toBe('customer_id が空です。');
    expect(importRowError(t, repeated)).toBe(
      'order_id: 注文「B1」が再び出てきました（最初は 2 行目）。1 つの注文の行は連続させてください。',
    );
  });

  it('shows the server’s sentence for a code this dashboard does not know', () => {
    const newer = { ...badDate, code: 'from_a_newer_server', reason: 'a sentence only the server has' };
    expect(importRowError(translator('ja'), newer as unknown as RowError)).toBe(
      'a sentence only the server has',
    );
  });
});
