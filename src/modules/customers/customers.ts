import { notFound } from '../../core/errors.js';
import {
  customerEventsPageRows,
  customerExportEventsMax,
  customerExportPageRows,
  searchQueryLengthMax,
} from '../../core/limits.js';
import type { Db } from '../../db/connection.js';
import { listPage, type ListPage } from '../../http/pagination.js';
import { personEvents, type PersonEventRow, type PersonIds } from '../events/index.js';
import { findCustomerRef } from './identity.js';
import type { CustomerListFacts } from './facts.js';
import { countMatching, listFactRows, profilesOf, type ListFacts } from './list-queries.js';
import { getWorkspace } from '../workspaces/index.js';
import {
  checkCohort,
  checkPointsRange,
  decodeCursor,
  encodeCursor,
  type ListFilter,
  type ListOrder,
  type ListPosition,
} from './listing.js';
import type { CustomerDataProvider } from './privacy-provider.js';
import { identitiesOf, loadProfile, type CustomerRow } from './profile-queries.js';
import { presentCustomer, presentEvent, presentListFacts, type Customer } from './present.js';

export interface Page {
  limit: number;
  starting_after?: string | undefined;
}

/** The live profile behind a `cus_…` id or the shop's userId, or a 404. */
export async function requireCustomer(db: Db, workspaceId: string, ref: string): Promise<CustomerRow> {
  const id = await findCustomerRef(db, workspaceId, ref);
  const row = id ? await loadProfile(db, workspaceId, id) : undefined;
  if (!row) throw notFound('customer', ref);
  return row;
}

export async function personIds(db: Db, workspaceId: string, customerId: string): Promise<PersonIds> {
  const identities = await identitiesOf(db, workspaceId, customerId);
  return {
    userIds: identities.filter((i) => i.kind === 'user_id').map((i) => i.value),
    anonymousIds: identities.filter((i) => i.kind === 'anonymous_id').map((i) => i.value),
  };
}

export interface ListOptions extends ListFilter, ListOrder {
  limit: number;
  cursor?: string | undefined;
}

/** The rows of one page, profile and facts, in the list's order. */
async function pageRows(
  db: Db,
  workspaceId: string,
  facts: CustomerListFacts,
  filter: ListFilter & { timeZone: string },
  order: ListOrder,
  limit: number,
  after: ListPosition | undefined,
) {
  const rows = await listFactRows(db, workspaceId, facts, filter, filter.timeZone, order, limit, after);
  const profiles = new Map(
    (
      await profilesOf(
        db,
        workspaceId,
        rows.map((row) => row.id),
      )
    ).map((p) => [p.id, p]),
  );
  return rows.map((row) => ({ profile: profiles.get(row.id)!, facts: row }));
}

async function listFilter(db: Db, workspaceId: string, options: ListFilter) {
  checkPointsRange(options);
  checkCohort(options);
  const query = options.query?.trim().slice(0, searchQueryLengthMax);
  // Cohorts are months of the workspace's calendar, as analytics' cohort table counts them.
  const timeZone = options.cohort ? (await getWorkspace(db, workspaceId)).timezone : 'UTC';
  return { ...options, query: query || undefined, timeZone };
}

/**
 * Customers filtered by search, stage, segment, tier and points, sorted by any column, with the
 * number matching. `next_cursor` continues the same sort.
 */
export async function listCustomers(
  db: Db,
  workspaceId: string,
  facts: CustomerListFacts,
  options: ListOptions,
): Promise<
  ListPage<Customer & { facts: ReturnType<typeof presentListFacts> }> & {
    total_count: number;
    next_cursor: string | null;
  }
> {
  const filter = await listFilter(db, workspaceId, options);
  const order = { sort: options.sort, direction: options.direction };
  const after = options.cursor ? decodeCursor(options.cursor, order) : undefined;
  const rows = await pageRows(db, workspaceId, facts, filter, order, options.limit + 1, after);
  const page = listPage(rows, options.limit);
  const last = page.data.at(-1);
  return {
    ...page,
    data: page.data.map((row) => ({ ...presentCustomer(row.profile), facts: presentListFacts(row.facts) })),
    total_count: await countMatching(db, workspaceId, facts, filter, filter.timeZone),
    next_cursor:
      page.has_more && last ? encodeCursor(order, { key: last.facts.sortKey, id: last.facts.id }) : null,
  };
}

/** Every customer the filter matches, in the list's order, a page at a time (the CSV export). */
export async function* everyListedCustomer(
  db: Db,
  workspaceId: string,
  facts: CustomerListFacts,
  options: ListFilter & ListOrder,
): AsyncGenerator<{ profile: CustomerRow; facts: ListFacts }> {
  const filter = await listFilter(db, workspaceId, options);
  let after: ListPosition | undefined;
  for (;;) {
    const rows = await pageRows(db, workspaceId, facts, filter, options, customerExportPageRows, after);
    yield* rows;
    if (rows.length < customerExportPageRows) return;
    const last = rows.at(-1)!.facts;
    after = { key: last.sortKey, id: last.id };
  }
}

export async function getCustomer(
  db: Db,
  workspaceId: string,
  ref: string,
  providers: CustomerDataProvider[],
): Promise<Customer & { identities: PersonIds } & Record<string, unknown>> {
  const row = await requireCustomer(db, workspaceId, ref);
  const summaries: Record<string, unknown> = {};
  for (const provider of providers) {
    if (provider.summary) summaries[provider.name] = await provider.summary(db, workspaceId, row.id);
  }
  return { ...presentCustomer(row), identities: await personIds(db, workspaceId, row.id), ...summaries };
}

export async function listCustomerEvents(db: Db, workspaceId: string, ref: string, page: Page) {
  const row = await requireCustomer(db, workspaceId, ref);
  const ids = await personIds(db, workspaceId, row.id);
  const rows = await personEvents(db, workspaceId, ids, page.limit + 1, page.starting_after);
  return listPage(rows.map(presentEvent), page.limit);
}

/** Every event of the person, newest first, up to `customerExportEventsMax`. */
export async function allCustomerEvents(
  db: Db,
  workspaceId: string,
  ids: PersonIds,
): Promise<{ rows: PersonEventRow[]; truncated: boolean }> {
  const rows: PersonEventRow[] = [];
  for (;;) {
    const page = await personEvents(db, workspaceId, ids, customerEventsPageRows, rows.at(-1)?.id);
    rows.push(...page);
    if (page.length < customerEventsPageRows) return { rows, truncated: false };
    if (rows.length >= customerExportEventsMax) return { rows, truncated: true };
  }
}
