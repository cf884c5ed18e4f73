import { z } from 'zod';
import { errorTypes } from '../core/errors.js';
import { pageSizeDefault, pageSizeMax } from '../core/limits.js';

/** Stripe-style cursor pagination: `limit` and `starting_after` (an id from the previous page). */
export const paginationQuery = z.object({
  limit: z.coerce.number().int().min(1).max(pageSizeMax).default(pageSizeDefault),
  starting_after: z.string().min(1).optional(),
});

/** Every error's body (Stripe's shape); the OpenAPI document's `Error` component. */
export const errorResponse = z.object({
  error: z.object({
    type: z.enum(errorTypes).describe('The kind of error; it decides the HTTP status.'),
    code: z.string().describe('Stable, for programs to branch on: one of the codes in docs/errors.md.'),
    message: z.string().describe('For people; its wording may change.'),
    param: z.string().optional().describe('The parameter at fault, e.g. `batch[2].userId`.'),
  }),
});

export interface ListPage<Item> {
  object: 'list';
  data: Item[];
  has_more: boolean;
}

/** Given one more row than the page holds, answers the page and whether more exist. */
export function listPage<Item>(rowsPlusOne: Item[], limit: number): ListPage<Item> {
  return { object: 'list', data: rowsPlusOne.slice(0, limit), has_more: rowsPlusOne.length > limit };
}
