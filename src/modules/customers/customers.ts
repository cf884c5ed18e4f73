import { notFound } from '../../core/errors.js';
import { customerEventsPageRows, customerExportEventsMax, searchQueryLengthMax } from '../../core/limits.js';
import type { Db } from '../../db/connection.js';
import { listPage, type ListPage } from '../../http/pagination.js';
import { personEvents, type PersonEventRow, type PersonIds } from '../events/index.js';
import { findCustomerRef } from './identity.js';
import { listProfiles, searchProfiles } from './list-queries.js';
import type { CustomerDataProvider } from './privacy-provider.js';
import { identitiesOf, loadProfile, type CustomerRow } from './profile-queries.js';
import { presentCustomer, presentEvent, type Customer } from './present.js';

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

export async function listCustomers(
  db: Db,
  workspaceId: string,
  options: Page & { query?: string | undefined },
): Promise<ListPage<Customer>> {
  const query = options.query?.trim().toLowerCase().slice(0, searchQueryLengthMax);
  const rows = query
    ? await searchProfiles(db, workspaceId, query, options.limit + 1, options.starting_after)
    : await listProfiles(db, workspaceId, options.limit + 1, options.starting_after);
  return listPage(rows.map(presentCustomer), options.limit);
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
