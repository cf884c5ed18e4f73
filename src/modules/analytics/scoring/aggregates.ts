import { analyticsReadChunkRows } from '../../../core/limits.js';
import type { Db } from '../../../db/connection.js';
import { localDayNumber } from '../calendar.js';
import { customerIdPivots, streamCustomerAggregates } from '../aggregates.queries.js';
import type { WorkspaceFrame } from '../frame.js';
import { AggregateBuilder, type AggregateColumns } from './scoring.js';

/**
 * Every customer's aggregate up to `asOf`, aggregated in the database by one grouped scan and
 * streamed here in chunks into typed arrays. With `readers` > 1 (PostgreSQL: one connection each)
 * the customers are split into ranges of ids aggregated side by side, one database core each.
 */
export async function loadAggregates(
  db: Db,
  frame: WorkspaceFrame,
  asOf: Date,
  options: { readers?: number; onChunk?: (customersSoFar: number) => void } = {},
): Promise<{ columns: AggregateColumns; asOfDay: number }> {
  let customers = 0;
  const pivots =
    (options.readers ?? 1) > 1 ? await customerIdPivots(db, frame.workspaceId, options.readers!) : [];
  const bounds = [undefined, ...pivots, undefined];
  // One builder per range, joined in range order: customers come out in the same order every
  // run, so sums over them (the Gamma-Gamma fit) and everything scored from them are reproducible,
  // and an unchanged customer's row is left unwritten.
  const builders = bounds.slice(1).map(() => new AggregateBuilder());
  await Promise.all(
    bounds.slice(1).map((to, k) =>
      streamCustomerAggregates(
        db,
        frame.workspaceId,
        frame.tz,
        asOf,
        { from: bounds[k], to },
        analyticsReadChunkRows,
        (rows) => {
          builders[k]!.add(rows);
          customers += rows.length;
          options.onChunk?.(customers);
        },
      ),
    ),
  );
  const builder = builders.reduce((all, next) => all.append(next.build()));
  return { columns: builder.build(), asOfDay: await localDayNumber(db, frame.tz, asOf) };
}
