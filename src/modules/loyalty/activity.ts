import { notFound } from '../../core/errors.js';
import type { Db } from '../../db/connection.js';
import { listPage, type ListPage } from '../../http/pagination.js';
import type { EntryKind } from './ledger.queries.js';
import { entryExists, workspaceEntriesPage } from './reports.queries.js';
import { presentEntry, type PointsTransaction } from './status.js';

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

/**
 * The workspace's recent ledger activity, every customer's entries together, newest first
 * (the dashboard's Loyalty screen). `starting_after` is the last id of the previous page.
 */
export async function listWorkspaceTransactions(
  db: Db,
  workspaceId: string,
  page: { limit: number; starting_after?: string | undefined; kind?: EntryKind | undefined },
): Promise<ListPage<PointsTransaction>> {
  const startingAfter = page.starting_after;
  if (startingAfter && !(await entryExists(db, workspaceId, startingAfter))) {
    throw notFound('points transaction', startingAfter, 'starting_after');
  }
  const rows = await workspaceEntriesPage(db, workspaceId, {
    limit: page.limit,
    startingAfter,
    kind: page.kind,
  });
  return listPage(rows.map(presentEntry), page.limit);
}
