import { sql } from 'drizzle-orm';
import { pgArray } from '../../db/arrays.js';
import { queryRows, type Db } from '../../db/connection.js';

/** What a message may say of a customer's loyalty: balance, tier, store credit, the next points to expire. */
export interface LoyaltyFacts {
  points: number;
  tierName: string | null;
  storeCreditMinor: number;
  /** The posted points whose expiry comes first, and when. */
  pointsExpiring: { amount: number; at: Date } | null;
}

interface FactsRow {
  customerId: string;
  points: string | null;
  tierName: string | null;
  storeCreditMinor: string | null;
  expiringAmount: string | null;
  expiringAt: string | null;
}

/** One statement for a dispatcher's whole batch; a customer with nothing gets zeros and nulls. */
export async function loyaltyFactsFor(
  db: Db,
  workspaceId: string,
  customerIds: readonly string[],
): Promise<Map<string, LoyaltyFacts>> {
  if (customerIds.length === 0) return new Map();
  const rows = await queryRows<FactsRow>(
    db,
    sql`select c.id as "customerId", pa.balance as points, t.name as "tierName",
               sc.balance_minor as "storeCreditMinor", e.amount as "expiringAmount", e.at as "expiringAt"
        from unnest(${pgArray(customerIds, 'text')}) as c(id)
        left join points_accounts pa on pa.workspace_id = ${workspaceId} and pa.customer_id = c.id
        left join customer_tiers ct on ct.workspace_id = ${workspaceId} and ct.customer_id = c.id
        left join loyalty_tiers t on t.id = ct.tier_id
        left join store_credit_accounts sc on sc.workspace_id = ${workspaceId} and sc.customer_id = c.id
        left join lateral (
          select sum(l.remaining) as amount, l.expires_at as at from points_lots l
          where l.workspace_id = ${workspaceId} and l.customer_id = c.id and l.state = 'posted'
            and l.remaining > 0 and l.expires_at is not null
          group by l.expires_at order by l.expires_at limit 1
        ) e on true`,
  );
  return new Map(
    rows.map((row) => [
      row.customerId,
      {
        points: Number(row.points ?? 0),
        tierName: row.tierName,
        storeCreditMinor: Number(row.storeCreditMinor ?? 0),
        pointsExpiring:
          row.expiringAmount === null || row.expiringAt === null
            ? null
            : { amount: Number(row.expiringAmount), at: new Date(row.expiringAt) },
      },
    ]),
  );
}
