import type { ErrorCatalog } from '../../core/errors.js';

export const segmentErrors = {
  segments_limit: {
    type: 'business_rule_error',
    meaning: 'The workspace has as many segments as retain evaluates live.',
    fix: 'Delete a segment you no longer use, then create the new one.',
  },
  segment_in_use: {
    type: 'conflict_error',
    meaning: 'Another segment names this one in a membership condition.',
    fix: 'Change or delete the segments the message names first.',
  },
} satisfies ErrorCatalog;
