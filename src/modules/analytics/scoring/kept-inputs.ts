// The recompute's per-customer inputs read from the rows the analytics consumer keeps up to date
// (one row per customer) instead of aggregating every order: a nightly run reads a million rows
// rather than ten million orders. Only what the kept rows cannot vouch for is aggregated again.
import {
  analyticsKeptRescanMin,
  analyticsKeptRescanShareMax,
  analyticsReadChunkRows,
} from '../../../core/limits.js';
import type { Db } from '../../../db/connection.js';
import { consumerFailedSince } from '../../events/index.js';
import { orderChangeEventNames, ordersConsumer } from '../../orders/index.js';
import type { WorkspaceFrame } from '../frame.js';
import { localDayNumber } from '../calendar.js';
import {
  aggregateRescanned,
  customersBehindKeptRows,
  keptInputsPage,
  keptRowsSummary,
  unappliedOrderChanges,
} from './kept-inputs.queries.js';
import { analyticsConsumerName, changesByWorkspace, customersChanged } from '../order-changes.js';
import { AggregateBuilder, type AggregateColumns } from './scoring.js';

/** Why a recompute aggregated every order instead of reading the kept rows. */
export type ScanReason = 'requested' | 'no_kept_rows' | 'consumer_failed' | 'too_many_behind';

/**
 * The customers whose kept row may differ from their orders as of `asOf`: rows kept as of a later
 * instant or in another time zone's days, customers with orders placed since their row was kept,
 * and the customers of order changes the analytics consumer has not rescored yet (queued, or not
 * read). Or why the kept rows cannot be used: none kept yet; more behind than the share worth
 * rescanning one by one; or the consumer gave up on an event since the least recently written row
 * was written (which customer that event left behind is not known, and only a scan of every
 * order rewrites every row).
 */
async function customersToRescan(
  db: Db,
  frame: WorkspaceFrame,
  asOf: Date,
): Promise<{ rescan: string[] } | { reason: ScanReason }> {
  const { workspaceId, tz } = frame;
  const summary = await keptRowsSummary(db, workspaceId, tz, asOf);
  const limit = Math.max(analyticsKeptRescanMin, Math.floor(summary.rows * analyticsKeptRescanShareMax));
  const { oldestAsOf, oldestWrite } = summary;
  if (!oldestAsOf || !oldestWrite) return { reason: 'no_kept_rows' };
  if (summary.unusable > limit) return { reason: 'too_many_behind' };
  if (await consumerFailedSince(db, analyticsConsumerName, workspaceId, oldestWrite)) {
    return { reason: 'consumer_failed' };
  }
  const consumers = { orders: ordersConsumer.name, analytics: analyticsConsumerName };
  const changes = await unappliedOrderChanges(db, workspaceId, consumers, orderChangeEventNames, limit + 1);
  if (changes.length > limit) return { reason: 'too_many_behind' };
  const rescan = new Set(
    await customersBehindKeptRows(db, workspaceId, tz, asOf, { ...summary, oldestAsOf }),
  );
  for (const workspaceChanges of changesByWorkspace(changes).values()) {
    for (const customerId of await customersChanged(db, workspaceId, workspaceChanges))
      rescan.add(customerId);
  }
  return rescan.size > limit ? { reason: 'too_many_behind' } : { rescan: [...rescan] };
}

export interface KeptAggregates {
  columns: AggregateColumns;
  asOfDay: number;
  /** Customers aggregated from their orders because their rows were behind. */
  rescanned: number;
}

/**
 * Every customer's inputs as of `asOf` in customer id order, as the full scan answers them, from
 * the kept rows; or why they cannot stand in for it (the caller scans every order then).
 * One repeatable-read snapshot: the rows, the orders and the consumers' progress are judged at
 * one instant, so an order the consumer rescores meanwhile is counted once, by one of them.
 */
export async function loadKeptAggregates(
  db: Db,
  frame: WorkspaceFrame,
  asOf: Date,
  onChunk: (customersSoFar: number) => void = () => undefined,
): Promise<KeptAggregates | { reason: ScanReason }> {
  return db.transaction(
    async (tx) => {
      const behind = await customersToRescan(tx, frame, asOf);
      if ('reason' in behind) return behind;
      const { rescan } = behind;
      const aggregated = rescan.length > 0;
      if (aggregated) await aggregateRescanned(tx, frame.workspaceId, frame.tz, asOf, rescan);
      const builder = new AggregateBuilder();
      let customers = 0;
      for (let after: string | null = null; ;) {
        const page = await keptInputsPage(
          tx,
          frame.workspaceId,
          { ids: rescan, aggregated },
          after,
          analyticsReadChunkRows,
        );
        builder.addPage(page);
        customers += page.customer_id.length;
        if (page.customer_id.length > 0) onChunk(customers);
        if (page.customer_id.length < analyticsReadChunkRows) break;
        after = page.customer_id[page.customer_id.length - 1]!;
      }
      return {
        columns: builder.build(),
        asOfDay: await localDayNumber(tx, frame.tz, asOf),
        rescanned: rescan.length,
      };
    },
    // Not read only: the rescanned customers go into a temporary table.
    { isolationLevel: 'repeatable read' },
  );
}
