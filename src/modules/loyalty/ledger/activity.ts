import { notFound } from '../../../core/errors.js';
import type { Db } from '../../../db/connection.js';
import { listPage, type ListPage } from '../../../http/pagination.js';
import type { EntryKind } from './ledger.queries.js';
import {
  customerSummaries,
  entryExists,
  workspaceEntriesPage,
  type CustomerSummary,
} from './reports.queries.js';
import { presentEntry, type PointsTransaction } from './present-entry.js';

export const entryKinds = [
  'earn',
  'bonus',
  'adjust',
  'redeem',
  'reversal',
  'post',
  'void',
  'clawback',
  'expire',
  'merge_in',
  'merge_out',
] as const satisfies readonly EntryKind[];

/** A shop-wide ledger entry names its customer, so a screen shows who rather than a cus_ id. */
export type WorkspaceTransaction = PointsTransaction & { customer: CustomerSummary };

/**
 * The workspace's recent ledger activity, every customer's entries together, newest first
 * (the dashboard's Loyalty screen). `starting_after` is the last id of the previous page.
 */
export async function listWorkspaceTransactions(
  db: Db,
  workspaceId: string,
  page: { limit: number; starting_after?: string | undefined; kind?: EntryKind | undefined },
): Promise<ListPage<WorkspaceTransaction>> {
  const startingAfter = page.starting_after;
  if (startingAfter && !(await entryExists(db, workspaceId, startingAfter))) {
    throw notFound('points transaction', startingAfter, 'starting_after');
  }
  const rows = await workspaceEntriesPage(db, workspaceId, {
    limit: page.limit,
    startingAfter,
    kind: page.kind,
  });
  const customers = await customerSummaries(db, workspaceId, [...new Set(rows.map((row) => row.customerId))]);
  return listPage(
    rows.map((row) => ({
      ...presentEntry(row),
      customer: customers.get(row.customerId) ?? {
        id: row.customerId,
        name: null,
        email: null,
        external_id: null,
      },
    })),
    page.limit,
  );
}
