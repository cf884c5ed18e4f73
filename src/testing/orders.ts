// Test and benchmark helper: orders written straight into the orders projection, many rows per
// statement, for datasets too large (or too time-specific) to send through the log.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { pgArray } from '../db/arrays.js';

export interface OrderRows {
  customerId: string[];
  placedAtMs: ArrayLike<number>;
  totalMinor: ArrayLike<number>;
  refundedMinor?: ArrayLike<number>;
  currencyMismatch?: boolean[];
}

const rowsPerStatement = 5_000;
let sequence = 0;

/** Inserts orders (currency = the workspace's unless marked mismatched), rowsPerStatement at a time. */
export async function insertOrders(db: Db, workspaceId: string, rows: OrderRows): Promise<void> {
  const prefix = `t${Date.now().toString(36)}${(sequence++).toString(36)}`;
  for (let start = 0; start < rows.customerId.length; start += rowsPerStatement) {
    const end = Math.min(rows.customerId.length, start + rowsPerStatement);
    const index = Array.from({ length: end - start }, (_, k) => start + k);
    const mismatch = index.map((i) => (rows.currencyMismatch?.[i] ? 1 : 0));
    await db.execute(
      sql`insert into orders (id, workspace_id, customer_id, order_id, placed_at, currency, total_minor,
                              refunded_minor, status, currency_mismatch, source_event_id)
          select 'ord_' || ${prefix} || '_' || o.n, ${workspaceId}, o.customer_id, ${prefix} || '_' || o.n,
                 to_timestamp(o.at_ms / 1000.0), case when o.mismatch = 1 then 'XXX' else 'USD' end, o.total,
                 o.refunded, case when o.refunded > 0 then 'partially_refunded' else 'completed' end,
                 o.mismatch = 1, 'test'
          from unnest(${pgArray(index, 'int')}, ${pgArray(
            index.map((i) => rows.customerId[i]!),
            'text',
          )},
                      ${pgArray(
                        index.map((i) => rows.placedAtMs[i]!),
                        'float8',
                      )}, ${pgArray(
                        index.map((i) => rows.totalMinor[i]!),
                        'float8',
                      )},
                      ${pgArray(
                        index.map((i) => rows.refundedMinor?.[i] ?? 0),
                        'float8',
                      )}, ${pgArray(mismatch, 'int')})
            as o(n, customer_id, at_ms, total, refunded, mismatch)`,
    );
  }
}
