import { invalidParameter } from '../../core/errors.js';

/** The columns the list sorts by. `created`: when retain first knew the person (the id's order). */
export const listSorts = [
  'created',
  'name',
  'email',
  'points',
  'orders',
  'revenue',
  'clv',
  'p_alive',
  'last_order',
] as const;
export type ListSort = (typeof listSorts)[number];

export const listDirections = ['asc', 'desc'] as const;
type ListDirection = (typeof listDirections)[number];

export interface ListFilter {
  query?: string | undefined;
  stage?: string | undefined;
  segment?: string | undefined;
  tier?: string | undefined;
  pointsMin?: number | undefined;
  pointsMax?: number | undefined;
  /** One cell of the RFM grid: scores 1–5. */
  recencyScore?: number | undefined;
  frequencyScore?: number | undefined;
  /** One cell of the cohort table: the month (its first day) of the first order, and a later month with an order. */
  cohort?: string | undefined;
  cohortActive?: string | undefined;
}

export interface ListOrder {
  sort: ListSort;
  direction: ListDirection;
}

/** Where a page starts: after the row with this sort key and id. */
export interface ListPosition {
  key: string;
  id: string;
}

/**
 * A cursor names the last row's sort key and id, not only its id: when that customer's points or
 * revenue change between two pages, the next page still starts where the last one ended. It also
 * names the sort it was made for, so it cannot be used with another.
 */
export function encodeCursor(order: ListOrder, position: ListPosition): string {
  return Buffer.from(JSON.stringify([order.sort, order.direction, position.key, position.id])).toString(
    'base64url',
  );
}

export function decodeCursor(cursor: string, order: ListOrder): ListPosition {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parts = null;
  }
  if (
    !Array.isArray(parts) ||
    parts.length !== 4 ||
    !parts.every((part) => typeof part === 'string') ||
    !parts[3]
  ) {
    throw invalidParameter('cursor', 'cursor must be a next_cursor this list answered.');
  }
  const [sort, direction, key, id] = parts as string[];
  if (sort !== order.sort || direction !== order.direction) {
    throw invalidParameter(
      'cursor',
      `This cursor pages the list sorted by ${sort} ${direction}, not ${order.sort} ${order.direction}.`,
    );
  }
  return { key: key!, id: id! };
}

export function checkCohort(filter: ListFilter): void {
  if (filter.cohortActive !== undefined && filter.cohort === undefined) {
    throw invalidParameter('cohort_active', 'cohort_active needs cohort: the month of the first order.');
  }
  if (
    filter.cohortActive !== undefined &&
    filter.cohort !== undefined &&
    filter.cohortActive < filter.cohort
  ) {
    throw invalidParameter('cohort_active', 'cohort_active must not be before cohort.');
  }
}

export function checkPointsRange(filter: ListFilter): void {
  if (
    filter.pointsMin !== undefined &&
    filter.pointsMax !== undefined &&
    filter.pointsMin > filter.pointsMax
  ) {
    throw invalidParameter(
      'points_min',
      `points_min (${filter.pointsMin}) must not exceed points_max (${filter.pointsMax}).`,
    );
  }
}

/**
 * The words of a search, each folded by the database the way names are (customers_fold), matched
 * as word prefixes: letters and digits only, so no word can carry a tsquery operator.
 */
export function searchWords(query: string): string[] {
  return query.split(/[^\p{L}\p{N}\p{M}]+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));
}
