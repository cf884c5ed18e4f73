import { sql, type SQL } from 'drizzle-orm';
import { pgArray } from '../../../db/arrays.js';
import { queryRows, type Db } from '../../../db/connection.js';
import { customersRelation } from '../../customers/index.js';
import type { AccountRow, EntryWrite } from './ledger.queries.js';
import type { LoyaltyOrderRow } from './loyalty-orders.js';
import { date, dateOrNull, int } from '../rows.js';

// The consumer page's SQL: a few statements per page instead of a few per event (what that saves
// on PostgreSQL is measured beside plannable() in consumer.ts). Rows travel as one parameter per
// table (JSON) or per column (arrays, where they join: see db/arrays.ts), so a page of any size is
// one statement and never meets the parameter limit.

/**
 * Creates and locks the accounts of the page's customers, in id order so that two transactions
 * locking overlapping sets cannot deadlock, and answers them as they stand after the lock.
 */
export async function lockAccounts(
  tx: Db,
  workspaceId: string,
  customerIds: string[],
): Promise<Map<string, AccountRow>> {
  const rows = await queryRows<Record<string, unknown>>(
    tx,
    sql`insert into points_accounts (workspace_id, customer_id)
        select ${workspaceId}, id from unnest(${pgArray(customerIds, 'text')}) as ids(id) order by id
        on conflict (workspace_id, customer_id) do update set workspace_id = excluded.workspace_id
        returning customer_id as "customerId", balance, pending, lifetime_earned as "lifetimeEarned",
          lifetime_redeemed as "lifetimeRedeemed", lifetime_expired as "lifetimeExpired",
          last_activity_at as "lastActivityAt", negative_since as "negativeSince"`,
  );
  return new Map(
    rows.map((row) => [
      row.customerId as string,
      {
        balance: int(row.balance),
        pending: int(row.pending),
        lifetimeEarned: int(row.lifetimeEarned),
        lifetimeRedeemed: int(row.lifetimeRedeemed),
        lifetimeExpired: int(row.lifetimeExpired),
        lastActivityAt: dateOrNull(row.lastActivityAt),
        negativeSince: dateOrNull(row.negativeSince),
      },
    ]),
  );
}

/** The tier each of these customers holds now (absent: none). */
export async function tiersOf(
  tx: Db,
  workspaceId: string,
  customerIds: string[],
): Promise<Map<string, string>> {
  const rows = await queryRows<{ customerId: string; tierId: string }>(
    tx,
    sql`select customer_id as "customerId", tier_id as "tierId" from customer_tiers
        where workspace_id = ${workspaceId} and customer_id = any(${pgArray(customerIds, 'text')})`,
  );
  return new Map(rows.map((row) => [row.customerId, row.tierId]));
}

export interface SpendRecord {
  orderId: string;
  completedAt: Date;
  netMinor: number;
}

/** The orders of these customers completed since `from`: what their tier spend is summed from. */
export async function ordersSince(
  tx: Db,
  workspaceId: string,
  customerIds: string[],
  from: Date,
): Promise<Map<string, SpendRecord[]>> {
  const rows = await queryRows<{
    customerId: string;
    orderId: string;
    completedAt: unknown;
    netMinor: unknown;
  }>(
    tx,
    sql`select customer_id as "customerId", order_id as "orderId", completed_at as "completedAt",
          total_minor - refunded_minor as "netMinor"
        from loyalty_orders
        where workspace_id = ${workspaceId} and customer_id = any(${pgArray(customerIds, 'text')})
          and completed_at >= ${from}`,
  );
  const byCustomer = new Map<string, SpendRecord[]>(customerIds.map((id) => [id, []]));
  for (const row of rows) {
    byCustomer.get(row.customerId)?.push({
      orderId: row.orderId,
      completedAt: date(row.completedAt),
      netMinor: int(row.netMinor),
    });
  }
  return byCustomer;
}

/** Which of these orders loyalty has recorded already. */
export async function knownOrders(tx: Db, workspaceId: string, orderIds: string[]): Promise<Set<string>> {
  if (orderIds.length === 0) return new Set();
  const rows = await queryRows<{ orderId: string }>(
    tx,
    sql`select order_id as "orderId" from loyalty_orders
        where workspace_id = ${workspaceId} and order_id = any(${pgArray(orderIds, 'text')})`,
  );
  return new Set(rows.map((row) => row.orderId));
}

export interface ProfileTraits {
  customerId: string;
  traits: Record<string, unknown>;
  monthDay: string | null;
}

export interface TierHold {
  customerId: string;
  tierId: string;
  since: Date;
  reviewAt: Date;
}

/** An existing lot's remaining amount moves by `delta`; `post` also makes it posted. */
export interface LotChange {
  lotId: string;
  delta: number;
  post: boolean;
}

/** A refund the page applied, recorded under its key so that a replay changes nothing. */
export interface RefundRecord {
  orderId: string;
  refundKey: string;
  amountMinor: number;
  at: Date;
}

export interface PageWrites {
  orders: LoyaltyOrderRow[];
  /** Refunds applied, and the refunded amounts of orders recorded before the statement. */
  refunds?: { records: RefundRecord[]; refundedMinor: Map<string, number> };
  /** Changes to lots that existed before the statement (posting); a lot appears at most once. */
  lotChanges: LotChange[];
  /** Tiers reached in the page, the last per customer. */
  tiers: TierHold[];
  entries: EntryWrite[];
  /** Each customer's account after the page's last entry of theirs. */
  accounts: Map<string, AccountRow>;
  profiles: ProfileTraits[];
}

/**
 * Everything a page (or a posting sweep) decided, in one statement: orders, entries with their new
 * lots and allocations, changes to existing lots, the accounts' final balances, traits and tiers.
 * The CTEs share one snapshot, so a lot inserted here is inserted holding its allocation and never
 * appears among `lotChanges`.
 */
export async function writePage(tx: Db, workspaceId: string, writes: PageWrites): Promise<void> {
  const parts: SQL[] = [];
  if (writes.orders.length > 0) parts.push(ordersPart(workspaceId, writes.orders));
  if (writes.refunds) parts.push(...refundParts(workspaceId, writes.refunds));
  if (writes.entries.length > 0) parts.push(...entryParts(workspaceId, writes.entries));
  if (writes.lotChanges.length > 0) parts.push(lotChangesPart(workspaceId, writes.lotChanges));
  if (writes.accounts.size > 0) parts.push(accountsPart(workspaceId, writes.accounts));
  if (writes.profiles.length > 0) parts.push(profilesPart(workspaceId, writes.profiles));
  if (writes.tiers.length > 0) parts.push(tiersPart(workspaceId, writes.tiers));
  if (parts.length === 0) return;
  await tx.execute(sql`with ${sql.join(parts, sql`, `)} select 1`);
}

/** Entries on existing lots (posting, expiry): no orders, traits or tiers. */
export async function writeLedgerChanges(
  tx: Db,
  workspaceId: string,
  changes: Pick<PageWrites, 'entries' | 'lotChanges' | 'accounts'>,
): Promise<void> {
  await writePage(tx, workspaceId, { ...changes, orders: [], profiles: [], tiers: [] });
}

function json(rows: unknown[]): SQL {
  return sql`${JSON.stringify(rows)}::json`;
}

function ordersPart(workspaceId: string, orders: LoyaltyOrderRow[]): SQL {
  return sql`o as (insert into loyalty_orders (workspace_id, order_id, customer_id, currency, total_minor,
      refunded_minor, completed_at)
    select ${workspaceId}, r.order_id, r.customer_id, r.currency, r.total_minor, r.refunded_minor, r.completed_at
    from json_to_recordset(${json(
      orders.map((o) => ({
        order_id: o.orderId,
        customer_id: o.customerId,
        currency: o.currency,
        total_minor: o.totalMinor,
        refunded_minor: o.refundedMinor,
        completed_at: o.completedAt.toISOString(),
      })),
    )}) as r(order_id text, customer_id text, currency text, total_minor bigint, refunded_minor bigint,
      completed_at timestamptz))`;
}

function entryParts(workspaceId: string, writes: EntryWrite[]): SQL[] {
  const entries = writes.map(({ entry }) => ({
    id: entry.id,
    customer_id: entry.customerId,
    kind: entry.kind,
    points: entry.points,
    pending_points: entry.pendingPoints,
    balance_after: entry.balanceAfter,
    pending_after: entry.pendingAfter,
    requested_points: entry.requestedPoints,
    reason: entry.reason,
    source_type: entry.sourceType,
    source_id: entry.sourceId,
    idempotency_key: entry.idempotencyKey,
    related_entry_id: entry.relatedEntryId,
    rule_id: entry.ruleId,
    rule_version: entry.ruleVersion,
    actor: entry.actor,
    occurred_at: entry.occurredAt.toISOString(),
  }));
  const lots = writes.flatMap(({ entry, lot }) =>
    lot
      ? [
          {
            id: lot.id,
            customer_id: lot.customerId,
            entry_id: entry.id,
            origin_entry_id: lot.originEntryId,
            amount: lot.amount,
            remaining: lot.remaining,
            state: lot.state,
            pending_until: lot.pendingUntil?.toISOString() ?? null,
            expires_at: lot.expiresAt?.toISOString() ?? null,
            created_at: lot.createdAt.toISOString(),
          },
        ]
      : [],
  );
  const allocations = writes.flatMap(({ entry, allocations: moves }) =>
    moves
      .filter((a) => a.points !== 0)
      .map((a) => ({ entry_id: entry.id, lot_id: a.lotId, points: a.points })),
  );
  const parts = [
    sql`e as (insert into points_entries (id, workspace_id, customer_id, kind, points, pending_points,
        balance_after, pending_after, requested_points, reason, source_type, source_id, idempotency_key,
        related_entry_id, rule_id, rule_version, actor, occurred_at)
      select r.id, ${workspaceId}, r.customer_id, r.kind, r.points, r.pending_points, r.balance_after,
        r.pending_after, r.requested_points, r.reason, r.source_type, r.source_id, r.idempotency_key,
        r.related_entry_id, r.rule_id, r.rule_version, r.actor, r.occurred_at
      from json_to_recordset(${json(entries)}) as r(id text, customer_id text, kind text, points bigint,
        pending_points bigint, balance_after bigint, pending_after bigint, requested_points bigint, reason text,
        source_type text, source_id text, idempotency_key text, related_entry_id text, rule_id text,
        rule_version integer, actor text, occurred_at timestamptz))`,
  ];
  if (lots.length > 0) {
    parts.push(sql`l as (insert into points_lots (id, workspace_id, customer_id, entry_id, origin_entry_id,
        amount, remaining, state, pending_until, expires_at, created_at)
      select r.id, ${workspaceId}, r.customer_id, r.entry_id, r.origin_entry_id, r.amount, r.remaining, r.state,
        r.pending_until, r.expires_at, r.created_at
      from json_to_recordset(${json(lots)}) as r(id text, customer_id text, entry_id text,
        origin_entry_id text, amount bigint, remaining bigint, state text, pending_until timestamptz,
        expires_at timestamptz, created_at timestamptz))`);
  }
  if (allocations.length > 0) {
    parts.push(sql`p as (insert into points_allocations (entry_id, lot_id, workspace_id, points)
      select r.entry_id, r.lot_id, ${workspaceId}, r.points
      from json_to_recordset(${json(allocations)}) as r(entry_id text, lot_id text, points bigint))`);
  }
  return parts;
}

/** Arrays, not JSON: the planner then knows how few rows join and probes the primary key. */
function accountsPart(workspaceId: string, accounts: Map<string, AccountRow>): SQL {
  const rows = [...accounts];
  const column = (read: (a: AccountRow) => number) =>
    pgArray(
      rows.map(([, a]) => read(a)),
      'bigint',
    );
  const instant = (read: (a: AccountRow) => Date | null) =>
    pgArray(
      rows.map(([, a]) => read(a)?.toISOString() ?? null),
      'timestamptz',
    );
  return sql`a as (update points_accounts set balance = r.balance, pending = r.pending,
      lifetime_earned = r.lifetime_earned, lifetime_redeemed = r.lifetime_redeemed,
      lifetime_expired = r.lifetime_expired, last_activity_at = r.last_activity_at,
      negative_since = r.negative_since, updated_at = now()
    from unnest(${pgArray(
      rows.map(([id]) => id),
      'text',
    )}, ${column((a) => a.balance)}, ${column((a) => a.pending)}, ${column((a) => a.lifetimeEarned)},
      ${column((a) => a.lifetimeRedeemed)}, ${column((a) => a.lifetimeExpired)},
      ${instant((a) => a.lastActivityAt)}, ${instant((a) => a.negativeSince)})
      as r(customer_id, balance, pending, lifetime_earned, lifetime_redeemed, lifetime_expired,
        last_activity_at, negative_since)
    where points_accounts.workspace_id = ${workspaceId} and points_accounts.customer_id = r.customer_id)`;
}

function profilesPart(workspaceId: string, profiles: ProfileTraits[]): SQL {
  const rows = profiles.map((p) => ({ customer_id: p.customerId, traits: p.traits, month_day: p.monthDay }));
  return sql`t as (insert into loyalty_profiles (workspace_id, customer_id, traits, month_day)
      select ${workspaceId}, r.customer_id, r.traits, r.month_day
      from json_to_recordset(${json(rows)}) as r(customer_id text, traits jsonb, month_day text)
      -- An erased person's late identify (one from before the erasure) must not refill their traits.
      where not exists (select 1 from ${customersRelation} c
                        where c.workspace_id = ${workspaceId} and c.id = r.customer_id and c.erased_at is not null)
      on conflict (workspace_id, customer_id) do update
        set traits = loyalty_profiles.traits || excluded.traits,
            month_day = coalesce(excluded.month_day, loyalty_profiles.month_day)
        -- Most identifies repeat what is known: leave those rows unwritten (no new version, no WAL).
        where loyalty_profiles.traits || excluded.traits is distinct from loyalty_profiles.traits
           or coalesce(excluded.month_day, loyalty_profiles.month_day) is distinct from loyalty_profiles.month_day)`;
}

function tiersPart(workspaceId: string, tiers: TierHold[]): SQL {
  const rows = tiers.map((t) => ({
    customer_id: t.customerId,
    tier_id: t.tierId,
    since: t.since.toISOString(),
    review_at: t.reviewAt.toISOString(),
  }));
  return sql`h as (insert into customer_tiers (workspace_id, customer_id, tier_id, since, review_at)
      select ${workspaceId}, r.customer_id, r.tier_id, r.since, r.review_at
      from json_to_recordset(${json(rows)}) as r(customer_id text, tier_id text, since timestamptz,
        review_at timestamptz)
      on conflict (workspace_id, customer_id) do update
        set tier_id = excluded.tier_id, since = excluded.since, review_at = excluded.review_at)`;
}

function lotChangesPart(workspaceId: string, changes: LotChange[]): SQL {
  return sql`c as (update points_lots
      set remaining = points_lots.remaining + r.delta,
          state = case when r.post then 'posted' else points_lots.state end
    from unnest(${pgArray(
      changes.map((c) => c.lotId),
      'text',
    )}, ${pgArray(
      changes.map((c) => c.delta),
      'bigint',
    )}, ${sql`${`{${changes.map((c) => (c.post ? 't' : 'f')).join(',')}}`}::boolean[]`})
      as r(id, delta, post)
    where points_lots.workspace_id = ${workspaceId} and points_lots.id = r.id)`;
}

function refundParts(workspaceId: string, refunds: NonNullable<PageWrites['refunds']>): SQL[] {
  const parts: SQL[] = [];
  if (refunds.records.length > 0) {
    const rows = refunds.records.map((r) => ({
      order_id: r.orderId,
      refund_key: r.refundKey,
      amount_minor: r.amountMinor,
      applied_at: r.at.toISOString(),
    }));
    parts.push(sql`rr as (insert into loyalty_order_refunds (workspace_id, order_id, refund_key, amount_minor,
        applied_at)
      select ${workspaceId}, r.order_id, r.refund_key, r.amount_minor, r.applied_at
      from json_to_recordset(${json(rows)}) as r(order_id text, refund_key text, amount_minor bigint,
        applied_at timestamptz))`);
  }
  if (refunds.refundedMinor.size > 0) {
    const entries = [...refunds.refundedMinor];
    parts.push(sql`ro as (update loyalty_orders set refunded_minor = r.refunded_minor
      from unnest(${pgArray(
        entries.map(([orderId]) => orderId),
        'text',
      )}, ${pgArray(
        entries.map(([, minor]) => minor),
        'bigint',
      )}) as r(order_id, refunded_minor)
      where loyalty_orders.workspace_id = ${workspaceId} and loyalty_orders.order_id = r.order_id)`);
  }
  return parts;
}
