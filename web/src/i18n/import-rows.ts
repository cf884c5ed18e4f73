import type { ImportReport } from '../hooks/imports.js';
import type { MessageKey, Translate } from './catalogue.js';
import type { Formatter } from './format.js';

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

/** What the CSV reader found wrong (`params.problem`), when it says in which column. */
const csvProblemKeys: Record<string, MessageKey> = {
  quote_in_value: 'import_row_csv_quote_in_value',
  text_after_quote: 'import_row_csv_text_after_quote',
  quote_not_closed: 'import_row_csv_quote_not_closed',
};

/** The message of a row's problem: a bad CSV line's by what the reader found, when it is known. */
function messageKey(error: RowError): MessageKey | undefined {
  if (!Object.hasOwn(codeKeys, error.code)) return undefined;
  const problem = error.params.problem;
  if (
    error.code === 'csv_invalid' &&
    problem &&
    Object.hasOwn(csvProblemKeys, problem) &&
    error.params.column
  ) {
    return csvProblemKeys[problem];
  }
  return codeKeys[error.code];
}

/**
 * The parameters as the reader writes them: amounts (`max`, `sum`, minor units of the row's
 * currency) as money in that currency's digits, counts in the reader's digits. Years, lines and
 * the cells' own values stay as written: "2,026" is no year, and a value is quoted as the file has it.
 */
function readerParams(fmt: Formatter, error: RowError): Record<string, string> {
  const params: Record<string, string> = { ...error.params, field: error.field ?? '' };
  if (error.code === 'amount_too_large' || error.code === 'lines_total_too_large') {
    const currency = error.params.currency ?? fmt.currency;
    for (const name of ['max', 'sum']) {
      const minor = Number(error.params[name]);
      if (error.params[name] !== undefined && Number.isSafeInteger(minor))
        params[name] = fmt.money(minor, currency);
    }
  }
  if (error.code === 'event_too_large' && error.params.max_kb !== undefined) {
    params.max_kb = fmt.number(Number(error.params.max_kb));
  }
  return params;
}

/**
 * Why an imported row failed, in the reader's words: the API's code and parameters through the
 * catalogue, naming the column, amounts as money. A code this dashboard does not know yet (a newer
 * server) reads as the server's English sentence rather than as nothing.
 */
export function importRowError(t: Translate, fmt: Formatter, error: RowError): string {
  const key = messageKey(error);
  return key ? t(key, readerParams(fmt, error)) : error.reason;
}

/**
 * The CSV reader's own English sentence for a line it could not read, shown under the reader's
 * words for whoever must find the fault in the file; null for every other problem.
 */
export function importRowDetail(t: Translate, error: RowError): string | null {
  const detail = error.code === 'csv_invalid' ? error.params.detail : undefined;
  return detail ? t('import_row_csv_detail', { detail }) : null;
}
