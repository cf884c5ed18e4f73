import { and, desc, lt, type SQL } from 'drizzle-orm';
import type { PgColumn, PgSelect } from 'drizzle-orm/pg-core';

/** One page of a list: at most `limit` rows, after `startingAfter` (the last id of the page before). */
export interface KeysetPage {
  limit: number;
  startingAfter?: string | undefined;
}

/**
 * Narrows a select (in Drizzle's `$dynamic()` mode) to the rows matching `where`, newest first by
 * `id`. Ids are prefixed ULIDs, so id order is creation order, and a page that starts after an id
 * rather than at an offset neither skips nor repeats rows when new ones arrive between pages.
 */
export function newestFirst<Query extends PgSelect>(
  query: Query,
  id: PgColumn,
  where: SQL | undefined,
  page: KeysetPage,
): Query {
  return query
    .where(and(where, page.startingAfter ? lt(id, page.startingAfter) : undefined))
    .orderBy(desc(id))
    .limit(page.limit);
}
