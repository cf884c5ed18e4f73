import { sql } from 'drizzle-orm';
import { queryOne, queryRows, type Db } from '../../../db/connection.js';
import { pgArray } from '../../../db/arrays.js';
import { customersRelation } from '../../customers/index.js';
import { int, typed } from '../rows.js';
import type { EntryKind, EntryRow } from './ledger.queries.js';

// Reads for the customer's status, the transaction lists and the program's liability.

const entryColumns = sql`id, customer_id as "customerId", kind, points, pending_points as "pendingPoints",
  balance_after as "balanceAfter", pending_after as "pendingAfter", requested_points as "requestedPoints",
  reason, source_type as "sourceType", source_id as "sourceId", idempotency_key as "idempotencyKey",
  related_entry_id as "relatedEntryId", rule_id as "ruleId", rule_version as "ruleVersion", actor,
  occurred_at as "occurredAt"`;
const entryFields = {
  ints: ['points', 'pendingPoints', 'balanceAfter', 'pendingAfter'],
  intsOrNull: ['requestedPoints', 'ruleVersion'],
  dates: ['occurredAt'],
};

export async function entriesPage(
  db: Db,
  workspaceId: string,
  customerId: string,
  limit: number,
  startingAfter: string | undefined,
): Promise<EntryRow[]> {
  const rows = await queryRows(
    db,
    sql`select ${entryColumns}
        from points_entries
        where workspace_id = ${workspaceId} and customer_id = ${customerId}
          ${startingAfter ? sql`and id < ${startingAfter}` : sql``}
        order by id desc limit ${limit + 1}`,
  );
  return typed<EntryRow>(rows, entryFields);
}

/**
 * One page of the workspace's ledger, newest first (by when each entry happened, then id), with
 * one extra row to tell whether more follow. The page after an entry is read from that entry's own
 * time in SQL, so the database's precision decides ties, never a round trip through JavaScript.
 */
export async function workspaceEntriesPage(
  db: Db,
  workspaceId: string,
  page: { limit: number; startingAfter: string | undefined; kind: EntryKind | undefined },
): Promise<EntryRow[]> {
  const after = page.startingAfter;
  const rows = await queryRows(
    db,
    sql`select ${entryColumns}
        from points_entries
        where workspace_id = ${workspaceId}
          ${page.kind ? sql`and kind = ${page.kind}` : sql``}
          ${
            after
              ? sql`and (occurred_at, id) < (select occurred_at, id from points_entries
                      where workspace_id = ${workspaceId} and id = ${after})`
              : sql``
          }
        order by occurred_at desc, id desc limit ${page.limit + 1}`,
  );
  return typed<EntryRow>(rows, entryFields);
}

export interface CustomerSummary {
  id: string;
  name: string | null;
  email: string | null;
  /** The shop's own id for them (its userId), when it has one. */
  external_id: string | null;
}

/** Who each customer is, for lists that name them: name, email and the shop's id (null once erased). */
export async function customerSummaries(
  db: Db,
  workspaceId: string,
  customerIds: string[],
): Promise<Map<string, CustomerSummary>> {
  const rows = await queryRows<CustomerSummary>(
    db,
    sql`select id, name, email, external_id from ${customersRelation}
        where workspace_id = ${workspaceId} and id = any(${pgArray(customerIds, 'text')})`,
  );
  return new Map(rows.map((row) => [row.id, row]));
}

export async function entryExists(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const row = await queryOne<{ found: boolean }>(
    db,
    sql`select exists (select 1 from points_entries where workspace_id = ${workspaceId} and id = ${id}) as found`,
  );
  return row?.found === true;
}

export interface MemberBalance {
  customerId: string;
  balance: number;
}

/** Members holding at least `minimumPoints` posted points, richest first: who can redeem now. */
export async function membersWithPoints(
  db: Db,
  workspaceId: string,
  minimumPoints: number,
  limit: number,
): Promise<MemberBalance[]> {
  const rows = await queryRows<{ customerId: string; balance: unknown }>(
    db,
    sql`select customer_id as "customerId", balance from points_accounts
        where workspace_id = ${workspaceId} and balance >= ${minimumPoints}
        order by balance desc, customer_id limit ${limit}`,
  );
  return rows.map((row) => ({ customerId: row.customerId, balance: int(row.balance) }));
}

// Sums across customers can pass 2^53 (each balance is bounded, their number is not) and even
// int8: they stay numeric in SQL and arrive as text, read exactly as bigint.
const exact = (value: unknown): bigint => BigInt(String(value ?? 0));

export interface Outstanding {
  posted: bigint;
  pending: bigint;
  negative: bigint;
  customers: number;
}

export async function outstandingPoints(db: Db, workspaceId: string): Promise<Outstanding> {
  const row = await queryOne<Record<string, unknown>>(
    db,
    sql`select coalesce(sum(balance) filter (where balance > 0), 0)::text as posted,
               coalesce(sum(pending), 0)::text as pending,
               coalesce(sum(balance) filter (where balance < 0), 0)::text as negative,
               count(*) filter (where balance > 0 or pending > 0)::int as customers
        from points_accounts where workspace_id = ${workspaceId}`,
  );
  return {
    posted: exact(row?.posted),
    pending: exact(row?.pending),
    negative: exact(row?.negative),
    customers: int(row?.customers ?? 0),
  };
}

/**
 * Posted points by the month they expire (UTC, `YYYY-MM`; null = never). Under the inactivity
 * policy a customer's points expire together, `months` after their last activity.
 */
export async function pointsByExpiryMonth(
  db: Db,
  workspaceId: string,
  inactivityMonths: number | null,
): Promise<{ month: string | null; points: bigint }[]> {
  const rows =
    inactivityMonths === null
      ? await queryRows<{ month: string | null; points: unknown }>(
          db,
          sql`select to_char(expires_at at time zone 'UTC', 'YYYY-MM') as month, sum(remaining)::text as points
              from points_lots
              where workspace_id = ${workspaceId} and state = 'posted' and remaining > 0
              group by 1 order by 1 nulls last`,
        )
      : await queryRows<{ month: string | null; points: unknown }>(
          db,
          sql`select to_char((coalesce(last_activity_at, updated_at) + make_interval(months => ${inactivityMonths}))
                       at time zone 'UTC', 'YYYY-MM') as month,
                     sum(balance)::text as points
              from points_accounts where workspace_id = ${workspaceId} and balance > 0
              group by 1 order by 1`,
        );
  return rows.map((r) => ({ month: r.month, points: exact(r.points) }));
}

export interface PeriodFlows {
  issued: bigint;
  redeemed: bigint;
  expired: bigint;
  clawedBack: bigint;
  adjustedDown: bigint;
}

/** Points that entered and left the program in [from, to). */
export async function flowsBetween(db: Db, workspaceId: string, from: Date, to: Date): Promise<PeriodFlows> {
  const row = await queryOne<Record<string, unknown>>(
    db,
    sql`select
          coalesce(sum(points + pending_points) filter (where kind in ('earn', 'bonus') or (kind = 'adjust' and points > 0)), 0)::text as issued,
          coalesce(-sum(points) filter (where kind in ('redeem', 'reversal')), 0)::text as redeemed,
          coalesce(-sum(points) filter (where kind = 'expire'), 0)::text as expired,
          coalesce(-sum(points + pending_points) filter (where kind in ('clawback', 'void')), 0)::text as "clawedBack",
          coalesce(-sum(points) filter (where kind = 'adjust' and points < 0), 0)::text as "adjustedDown"
        from points_entries
        where workspace_id = ${workspaceId} and occurred_at >= ${from} and occurred_at < ${to}`,
  );
  return {
    issued: exact(row?.issued),
    redeemed: exact(row?.redeemed),
    expired: exact(row?.expired),
    clawedBack: exact(row?.clawedBack),
    adjustedDown: exact(row?.adjustedDown),
  };
}

export async function outstandingCreditMinor(db: Db, workspaceId: string): Promise<bigint> {
  const row = await queryOne<{ total: unknown }>(
    db,
    sql`select coalesce(sum(balance_minor) filter (where balance_minor > 0), 0)::text as total
        from store_credit_accounts where workspace_id = ${workspaceId}`,
  );
  return exact(row?.total);
}
