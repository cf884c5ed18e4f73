import { z } from 'zod';
import { pageSizeDefault, pageSizeMax } from '../core/limits.js';

/** Stripe-style cursor pagination: `limit` and `starting_after` (an id from the previous page). */
export const paginationQuery = z.object({
  limit: z.coerce.number().int().min(1).max(pageSizeMax).default(pageSizeDefault),
  starting_after: z.string().min(1).optional(),
});

/** A ListPage's response schema. */
export const listSchema = <Item extends z.ZodType>(item: Item) =>
  z.object({ object: z.literal('list'), data: z.array(item), has_more: z.boolean() });

export interface ListPage<Item> {
  object: 'list';
  data: Item[];
  has_more: boolean;
}

/** Given one more row than the page holds, answers the page and whether more exist. */
export function listPage<Item>(rowsPlusOne: Item[], limit: number): ListPage<Item> {
  return { object: 'list', data: rowsPlusOne.slice(0, limit), has_more: rowsPlusOne.length > limit };
}
