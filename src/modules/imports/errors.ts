import type { ErrorCatalog } from '../../core/errors.js';

export const importErrors = {
  import_columns_missing: {
    type: 'invalid_request_error',
    meaning: 'The CSV’s first line does not name every column the import type needs (or the file is empty).',
    fix: 'Name the required columns in the first line of the CSV (see the import section of the README).',
  },
} satisfies ErrorCatalog;
