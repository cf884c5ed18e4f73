import { registerErrors } from '../../core/errors.js';

registerErrors({
  import_columns_missing: {
    status: 400,
    type: 'invalid_request_error',
    fix: 'Name the required columns in the first line of the CSV (see the import section of the README).',
  },
});
