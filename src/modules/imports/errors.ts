import type { ErrorCatalog } from '../../core/errors.js';

export const importErrors = {
  import_columns_missing: {
    type: 'invalid_request_error',
    meaning: 'The CSV’s first line does not name every column the import type needs (or the file is empty).',
    fix: 'Name the required columns in the first line of the CSV (see the import section of the README).',
  },
  import_record_too_large: {
    type: 'invalid_request_error',
    meaning:
      'One record of the CSV (a line, or a quoted cell over several lines) is over 1 MB: the import stopped there.',
    fix: 'Look for an unclosed quote before that line, or a cell pasted by mistake; split very long text out of the file.',
  },
} satisfies ErrorCatalog;
