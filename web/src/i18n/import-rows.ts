import type { ImportReport } from '../hooks/imports.js';
import type { MessageKey, Translate } from './catalogue.js';

type RowError = ImportReport['errors'][number];

/** Each code's message; a code the API adds is a compile error here until it is worded. */
const codeKeys: Record<RowError['code'], MessageKey> = {
  nul_character: 'import_row_nul_character',
  year_unsupported: 'import_row_year_unsupported',
  date_invalid: 'import_row_date_invalid',
  date_impossible: 'import_row_date_impossible',
  calendar_date_invalid: 'import_row_calendar_date_invalid',
  amount_invalid: 'import_row_amount_invalid',
  amount_negative: 'import_row_amount_negative',
  amount_too_large: 'import_row_amount_too_large',
  lines_total_too_large: 'import_row_lines_total_too_large',
  quantity_invalid: 'import_row_quantity_invalid',
  currency_invalid: 'import_row_currency_invalid',
  email_invalid: 'import_row_email_invalid',
  empty: 'import_row_empty',
  event_too_large: 'import_row_event_too_large',
  order_repeated: 'import_row_order_repeated',
  order_line_invalid: 'import_row_order_line_invalid',
  csv_invalid: 'import_row_csv_invalid',
};

/**
 * Why an imported row failed, in the reader's words: the API's code and parameters through the
 * catalogue, naming the column. A code this dashboard does not know yet (a newer server) reads
 * as the server's English sentence rather than as nothing.
 */
export function importRowError(t: Translate, error: RowError): string {
  const key = Object.hasOwn(codeKeys, error.code) ? codeKeys[error.code] : undefined;
  return key ? t(key, { ...error.params, field: error.field ?? '' }) : error.reason;
}
