import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../db/connection.js';

// The ledger's invariants as queries that answer the rows breaking them (none when all is well).
// Each is scoped to one workspace, or to all when workspaceId is null.

const scope = (column: string, workspaceId: string | null) =>
  workspaceId === null ? sql`true` : sql`${sql.raw(column)} = ${workspaceId}`;

/** Cached account totals that differ from the sums of the customer's entries. */
export async function accountsOffLedger(db: Db, workspaceId: string | null, limit: number) {
  return queryRows<{ workspace_id: string; customer_id: string; problem: string }>(
    db,
    sql`with sums as (
          select workspace_id, customer_id,
            sum(points) as balance, sum(pending_points) as pending,
            sum(case when kind in ('earn', 'bonus', 'post') or (kind = 'adjust' and points > 0) then points else 0 end) as earned,
            -sum(case when kind in ('redeem', 'reversal') then points else 0 end) as redeemed,
            -sum(case when kind = 'expire' then points else 0 end) as expired
          from points_entries where ${scope('workspace_id', workspaceId)}
          group by workspace_id, customer_id)
        select a.workspace_id, a.customer_id,
          format('cached balance %s pending %s earned %s redeemed %s expired %s; ledger says %s %s %s %s %s',
            a.balance, a.pending, a.lifetime_earned, a.lifetime_redeemed, a.lifetime_expired,
            coalesce(s.balance, 0), coalesce(s.pending, 0), coalesce(s.earned, 0), coalesce(s.redeemed, 0),
            coalesce(s.expired, 0)) as problem
        from points_accounts a
        left join sums s on s.workspace_id = a.workspace_id and s.customer_id = a.customer_id
        where ${scope('a.workspace_id', workspaceId)}
          and (a.balance, a.pending, a.lifetime_earned, a.lifetime_redeemed, a.lifetime_expired)
            is distinct from (coalesce(s.balance, 0), coalesce(s.pending, 0), coalesce(s.earned, 0),
              coalesce(s.redeemed, 0), coalesce(s.expired, 0))
        limit ${limit}`,
  );
}

/** Lots whose remaining amount is not the sum of their allocations, or is below zero. */
export async function lotsOffAllocations(db: Db, workspaceId: string | null, limit: number) {
  return queryRows<{ workspace_id: string; customer_id: string; problem: string }>(
    db,
    sql`select l.workspace_id, l.customer_id,
          format('lot %s remaining %s, allocations sum to %s', l.id, l.remaining, coalesce(s.total, 0)) as problem
        from points_lots l
        left join (select lot_id, sum(points) as total from points_allocations
                   where ${scope('workspace_id', workspaceId)} group by lot_id) s on s.lot_id = l.id
        where ${scope('l.workspace_id', workspaceId)}
          and (l.remaining <> coalesce(s.total, 0) or l.remaining < 0)
        limit ${limit}`,
  );
}

/** Customers whose posted lots do not hold max(balance, 0), or whose pending lots do not hold pending. */
export async function lotsOffBalances(db: Db, workspaceId: string | null, limit: number) {
  return queryRows<{ workspace_id: string; customer_id: string; problem: string }>(
    db,
    sql`with lots as (
          select workspace_id, customer_id,
            sum(remaining) filter (where state = 'posted') as posted,
            sum(remaining) filter (where state = 'pending') as pending
          from points_lots where ${scope('workspace_id', workspaceId)}
          group by workspace_id, customer_id)
        select a.workspace_id, a.customer_id,
          format('balance %s pending %s; posted lots hold %s, pending lots %s', a.balance, a.pending,
            coalesce(l.posted, 0), coalesce(l.pending, 0)) as problem
        from points_accounts a
        left join lots l on l.workspace_id = a.workspace_id and l.customer_id = a.customer_id
        where ${scope('a.workspace_id', workspaceId)}
          and (greatest(a.balance, 0) <> coalesce(l.posted, 0) or a.pending <> coalesce(l.pending, 0))
        limit ${limit}`,
  );
}

/** Store-credit accounts whose balance differs from the sum of their entries. */
export async function creditOffLedger(db: Db, workspaceId: string | null, limit: number) {
  return queryRows<{ workspace_id: string; customer_id: string; problem: string }>(
    db,
    sql`select a.workspace_id, a.customer_id,
          format('store credit %s, entries sum to %s', a.balance_minor, coalesce(s.total, 0)) as problem
        from store_credit_accounts a
        left join (select workspace_id, customer_id, sum(amount_minor) as total from store_credit_entries
                   where ${scope('workspace_id', workspaceId)} group by workspace_id, customer_id) s
          on s.workspace_id = a.workspace_id and s.customer_id = a.customer_id
        where ${scope('a.workspace_id', workspaceId)}
          and a.balance_minor <> coalesce(s.total, 0)
        limit ${limit}`,
  );
}
