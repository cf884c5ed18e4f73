import type { ErrorCatalog } from '../../core/errors.js';

export const journeyErrors = {
  journeys_limit: {
    type: 'business_rule_error',
    meaning: 'The workspace has as many live or paused journeys as retain runs.',
    fix: 'Archive a journey you no longer use, then publish the new one.',
  },
  journey_archived: {
    type: 'conflict_error',
    meaning: 'The journey is archived: it cannot be edited, published, paused or entered.',
    fix: 'Create a new journey (copy its graph) instead.',
  },
  journey_state: {
    type: 'conflict_error',
    meaning:
      'The journey is not in the state the action needs (only a live journey pauses, only a paused one resumes).',
    fix: 'Read the journey’s status first; publish a draft to make it live.',
  },
  journey_not_live: {
    type: 'conflict_error',
    meaning: 'Customers enter only a live journey.',
    fix: 'Publish the journey, or resume it if it is paused.',
  },
  journey_entry_kind: {
    type: 'conflict_error',
    meaning: 'The journey starts by an event, a segment, a stage or a date, not by API entries.',
    fix: 'Give the journey an `api` entry to start runs from the API.',
  },
} satisfies ErrorCatalog;
