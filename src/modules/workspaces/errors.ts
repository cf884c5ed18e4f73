import type { ErrorCatalog } from '../../core/errors.js';

export const workspaceErrors = {
  currency_locked: {
    type: 'business_rule_error',
    meaning: 'The workspace currency cannot change once the workspace has orders.',
    fix: 'The workspace currency can change only while there are no orders.',
  },
} satisfies ErrorCatalog;
