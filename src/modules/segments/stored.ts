import { sql } from 'drizzle-orm';
import { pgArray } from '../../db/arrays.js';
import { queryRows, type Db } from '../../db/connection.js';

/** What is stored for one (segment, customer) pair: its current membership and its timer. */
export interface StoredPair {
  segment_id: string;
  customer_id: string;
  membership_id: string | null;
  due_at: Date | string | null;
}

export const pairKey = (segmentId: string, customerId: string) => `${segmentId}\u0000${customerId}`;

/**
 * The current membership and timer of each asked pair that has either, by `pairKey`. Read per
 * customer, all of a customer's rows at once (segment_memberships_customer_idx,
 * segment_timers_customer_idx): an evaluation asks each customer for several segments, and a lookup
 * per pair descended the segment-first indexes once per pair, each to a leaf of its own (at
 * 1,000,000 customers 0.55-0.72 s of a consumer's page in the segments bench, with the indexes out
 * of shared buffers). By a lateral join per customer, so no plan scans a whole segment's members for
 * a page's customers (as one `any(…) and any(…)` filter planned on a new segment's statistics did:
 * 367,266 rows read to find 764). A customer's rows of segments not asked are left out. The timers
 * are read so that they are written only where they change: the consumer had deleted every asked
 * pair's absent timer and upserted every present one, a statement each per page (16 and 13 ms a page
 * in the segments bench).
 */
export async function storedFor(
  tx: Db,
  workspaceId: string,
  asked: readonly { segmentId: string; customerId: string }[],
): Promise<Map<string, StoredPair>> {
  if (asked.length === 0) return new Map();
  const customers = pgArray([...new Set(asked.map((pair) => pair.customerId))], 'text');
  const rows = await queryRows<StoredPair>(
    tx,
    sql`select m.segment_id, x.id as customer_id, m.id as membership_id, null as due_at
        from unnest(${customers}) as x(id)
        join lateral (select m.segment_id, m.id from segment_memberships m
          where m.workspace_id = ${workspaceId} and m.customer_id = x.id and m.exited_at is null) m on true
        union all
        select t.segment_id, x.id, null, t.due_at
        from unnest(${customers}) as x(id)
        join lateral (select t.segment_id, t.due_at from segment_timers t
          where t.workspace_id = ${workspaceId} and t.customer_id = x.id) t on true`,
  );
  const askedPairs = new Set(asked.map((pair) => pairKey(pair.segmentId, pair.customerId)));
  const stored = new Map<string, StoredPair>();
  for (const row of rows) {
    const key = pairKey(row.segment_id, row.customer_id);
    if (!askedPairs.has(key)) continue;
    const known = stored.get(key);
    stored.set(key, {
      ...row,
      membership_id: row.membership_id ?? known?.membership_id ?? null,
      due_at: row.due_at ?? known?.due_at ?? null,
    });
  }
  return stored;
}
