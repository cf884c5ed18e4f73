import { sql, type SQL } from 'drizzle-orm';
import { pgArray } from '../../../db/arrays.js';
import { queryOne, queryRows, type Db } from '../../../db/connection.js';
import { typed } from '../rows.js';

// The points ledger's SQL. Raw statements, not the query builder: a spend is the hot path, and
// the builder's per-call work in Node.js measured at less than half the raw rate (PARTS.md).

export interface AccountRow {
  balance: number;
  pending: number;
  lifetimeEarned: number;
  lifetimeRedeemed: number;
  lifetimeExpired: number;
  lastActivityAt: Date | null;
  negativeSince: Date | null;
}

export interface EntryRow {
  id: string;
  customerId: string;
  kind: EntryKind;
  points: number;
  pendingPoints: number;
  balanceAfter: number;
  pendingAfter: number;
  requestedPoints: number | null;
  reason: string;
  sourceType: string;
  sourceId: string;
  idempotencyKey: string | null;
  relatedEntryId: string | null;
  ruleId: string | null;
  ruleVersion: number | null;
  actor: string | null;
  occurredAt: Date;
}

export type EntryKind =
  | 'earn'
  | 'bonus'
  | 'adjust'
  | 'redeem'
  | 'reversal'
  | 'post'
  | 'void'
  | 'clawback'
  | 'expire'
  | 'merge_in'
  | 'merge_out';

export interface LotRow {
  id: string;
  customerId: string;
  entryId: string;
  originEntryId: string;
  amount: number;
  remaining: number;
  state: 'pending' | 'posted';
  pendingUntil: Date | null;
  expiresAt: Date | null;
  createdAt: Date;
}

export interface Allocation {
  lotId: string;
  points: number;
}

type Fields = Parameters<typeof typed>[1];
const accountFields: Fields = {
  ints: ['balance', 'pending', 'lifetimeEarned', 'lifetimeRedeemed', 'lifetimeExpired'],
  datesOrNull: ['lastActivityAt', 'negativeSince'],
};
const entryFields: Fields = {
  ints: ['points', 'pendingPoints', 'balanceAfter', 'pendingAfter'],
  intsOrNull: ['requestedPoints', 'ruleVersion'],
  dates: ['occurredAt'],
};
const lotFields: Fields = {
  ints: ['amount', 'remaining'],
  dates: ['createdAt'],
  datesOrNull: ['pendingUntil', 'expiresAt'],
};
const allocationFields: Fields = { ints: ['points'] };

async function rowsOf<Row>(fields: Fields, db: Db, query: SQL): Promise<Row[]> {
  return typed<Row>(await queryRows(db, query), fields);
}

async function oneOf<Row>(fields: Fields, db: Db, query: SQL): Promise<Row | undefined> {
  return (await rowsOf<Row>(fields, db, query))[0];
}

const accountColumns = sql`balance, pending, lifetime_earned as "lifetimeEarned",
  lifetime_redeemed as "lifetimeRedeemed", lifetime_expired as "lifetimeExpired",
  last_activity_at as "lastActivityAt", negative_since as "negativeSince"`;

const entryColumns = sql`id, customer_id as "customerId", kind, points, pending_points as "pendingPoints",
  balance_after as "balanceAfter", pending_after as "pendingAfter", requested_points as "requestedPoints",
  reason, source_type as "sourceType", source_id as "sourceId", idempotency_key as "idempotencyKey",
  related_entry_id as "relatedEntryId", rule_id as "ruleId", rule_version as "ruleVersion", actor,
  occurred_at as "occurredAt"`;

const lotColumns = sql`id, customer_id as "customerId", entry_id as "entryId", origin_entry_id as "originEntryId",
  amount, remaining, state, pending_until as "pendingUntil", expires_at as "expiresAt", created_at as "createdAt"`;

/**
 * Creates the account if needed and locks it until the transaction ends, in one round trip:
 * ON CONFLICT DO UPDATE takes the row lock just as SELECT … FOR UPDATE would.
 */
export async function lockAccount(tx: Db, workspaceId: string, customerId: string): Promise<AccountRow> {
  const row = await oneOf<AccountRow>(
    accountFields,
    tx,
    sql`insert into points_accounts (workspace_id, customer_id) values (${workspaceId}, ${customerId})
        on conflict (workspace_id, customer_id) do update set workspace_id = excluded.workspace_id
        returning ${accountColumns}`,
  );
  return row!;
}

export async function findAccount(
  db: Db,
  workspaceId: string,
  customerId: string,
): Promise<AccountRow | undefined> {
  return oneOf<AccountRow>(
    accountFields,
    db,
    sql`select ${accountColumns} from points_accounts
        where workspace_id = ${workspaceId} and customer_id = ${customerId}`,
  );
}

export async function findEntryByKey(
  db: Db,
  workspaceId: string,
  idempotencyKey: string,
): Promise<EntryRow | undefined> {
  return oneOf<EntryRow>(
    entryFields,
    db,
    sql`select ${entryColumns} from points_entries
        where workspace_id = ${workspaceId} and idempotency_key = ${idempotencyKey}`,
  );
}

export async function findEntry(db: Db, workspaceId: string, id: string): Promise<EntryRow | undefined> {
  return oneOf<EntryRow>(
    entryFields,
    db,
    sql`select ${entryColumns} from points_entries where workspace_id = ${workspaceId} and id = ${id}`,
  );
}

export async function findReversalOf(
  db: Db,
  workspaceId: string,
  entryId: string,
): Promise<EntryRow | undefined> {
  return oneOf<EntryRow>(
    entryFields,
    db,
    sql`select ${entryColumns} from points_entries
        where workspace_id = ${workspaceId} and related_entry_id = ${entryId} and kind = 'reversal'`,
  );
}

export async function hasEntries(db: Db, workspaceId: string, customerId: string): Promise<boolean> {
  const row = await queryOne<{ found: boolean }>(
    db,
    sql`select exists (select 1 from points_entries
        where workspace_id = ${workspaceId} and customer_id = ${customerId}) as found`,
  );
  return row?.found === true;
}

/** Whether loyalty has merged this profile away (it then has a merge_out entry). */
export async function wasMergedAway(db: Db, workspaceId: string, customerId: string): Promise<boolean> {
  const row = await queryOne<{ found: boolean }>(
    db,
    sql`select exists (select 1 from points_entries
        where workspace_id = ${workspaceId} and customer_id = ${customerId} and kind = 'merge_out') as found`,
  );
  return row?.found === true;
}

/** An earning entry with what refunds have asked back from it so far (requested, not what was found). */
export interface EarningEntry extends EntryRow {
  requestedBack: number;
}

/** Entries that earned from one source (e.g. an order), oldest first, for refunds. */
export async function earningEntriesOf(
  db: Db,
  workspaceId: string,
  sourceType: string,
  sourceId: string,
): Promise<EarningEntry[]> {
  return rowsOf<EarningEntry>(
    { ...entryFields, ints: [...(entryFields.ints ?? []), 'requestedBack'] },
    db,
    sql`select ${entryColumns},
          (select coalesce(sum(r.requested_points), 0) from points_entries r
            where r.workspace_id = ${workspaceId} and r.related_entry_id = points_entries.id
              and r.kind in ('clawback', 'void'))::bigint as "requestedBack"
        from points_entries
        where workspace_id = ${workspaceId} and source_type = ${sourceType} and source_id = ${sourceId}
          and kind in ('earn', 'bonus')
        order by id`,
  );
}

/**
 * The earning entries of these orders, each with what refunds have asked back from it, and the
 * idempotency keys of those refunds' entries: what a page needs to plan the orders' refunds.
 */
export async function earningsOfOrders(
  db: Db,
  workspaceId: string,
  orderIds: string[],
): Promise<{ earnings: Map<string, EarningEntry[]>; refundKeys: Set<string> }> {
  const rows = await rowsOf<EntryRow>(
    entryFields,
    db,
    sql`select ${entryColumns} from points_entries
        where workspace_id = ${workspaceId} and source_type = 'order'
          and source_id = any(${pgArray(orderIds, 'text')})
          and kind in ('earn', 'bonus', 'clawback', 'void')
        order by id`,
  );
  const asked = new Map<string, number>();
  const refundKeys = new Set<string>();
  for (const row of rows.filter((r) => r.kind === 'clawback' || r.kind === 'void')) {
    if (row.relatedEntryId)
      asked.set(row.relatedEntryId, (asked.get(row.relatedEntryId) ?? 0) + (row.requestedPoints ?? 0));
    if (row.idempotencyKey) refundKeys.add(row.idempotencyKey);
  }
  const earnings = new Map<string, EarningEntry[]>();
  for (const row of rows.filter((r) => r.kind === 'earn' || r.kind === 'bonus')) {
    const list = earnings.get(row.sourceId) ?? [];
    list.push({ ...row, requestedBack: asked.get(row.id) ?? 0 });
    earnings.set(row.sourceId, list);
  }
  return { earnings, refundKeys };
}

/** Every lot of these customers that still holds points, posted or pending, by customer. */
export async function openLotsOf(
  db: Db,
  workspaceId: string,
  customerIds: string[],
): Promise<Map<string, LotRow[]>> {
  const byCustomer = new Map<string, LotRow[]>(customerIds.map((id) => [id, []]));
  if (customerIds.length === 0) return byCustomer;
  const rows = await rowsOf<LotRow>(
    lotFields,
    db,
    sql`select ${lotColumns} from points_lots
        where workspace_id = ${workspaceId} and customer_id = any(${pgArray(customerIds, 'text')})
          and remaining > 0`,
  );
  for (const row of rows) byCustomer.get(row.customerId)?.push(row);
  return byCustomer;
}

/** Posted lots with points left, soonest-expiring first (never-expiring last), then oldest. */
export async function spendableLots(tx: Db, workspaceId: string, customerId: string): Promise<LotRow[]> {
  return rowsOf<LotRow>(
    lotFields,
    tx,
    sql`select ${lotColumns} from points_lots
        where workspace_id = ${workspaceId} and customer_id = ${customerId}
          and state = 'posted' and remaining > 0
        order by expires_at asc nulls last, id asc`,
  );
}

/** The spendable lots of many customers, each customer's soonest-expiring first. */
export async function spendableLotsOf(tx: Db, workspaceId: string, customerIds: string[]): Promise<LotRow[]> {
  if (customerIds.length === 0) return [];
  return rowsOf<LotRow>(
    lotFields,
    tx,
    sql`select ${lotColumns} from points_lots
        where workspace_id = ${workspaceId} and customer_id = any(${pgArray(customerIds, 'text')})
          and state = 'posted' and remaining > 0
        order by customer_id, expires_at asc nulls last, id asc`,
  );
}

/** Every lot of a customer that still holds points, posted or pending. */
export async function openLots(db: Db, workspaceId: string, customerId: string): Promise<LotRow[]> {
  return rowsOf<LotRow>(
    lotFields,
    db,
    sql`select ${lotColumns} from points_lots
        where workspace_id = ${workspaceId} and customer_id = ${customerId} and remaining > 0
        order by expires_at asc nulls last, id asc`,
  );
}

export async function lotsOfOrigin(
  db: Db,
  workspaceId: string,
  originEntryId: string,
  customerId: string,
): Promise<LotRow[]> {
  return rowsOf<LotRow>(
    lotFields,
    db,
    sql`select ${lotColumns} from points_lots
        where workspace_id = ${workspaceId} and origin_entry_id = ${originEntryId}
          and customer_id = ${customerId} and remaining > 0
        order by id`,
  );
}

export async function lotsByIds(db: Db, workspaceId: string, ids: string[]): Promise<LotRow[]> {
  if (ids.length === 0) return [];
  return rowsOf<LotRow>(
    lotFields,
    db,
    sql`select ${lotColumns} from points_lots
        where workspace_id = ${workspaceId} and id = any(${pgArray(ids, 'text')})`,
  );
}

export async function allocationsOf(db: Db, entryId: string): Promise<Allocation[]> {
  return rowsOf<Allocation>(
    allocationFields,
    db,
    sql`select lot_id as "lotId", points from points_allocations where entry_id = ${entryId} order by lot_id`,
  );
}

interface NewEntry extends Omit<EntryRow, 'occurredAt'> {
  workspaceId: string;
  occurredAt: Date;
}

export interface NewLot {
  id: string;
  customerId: string;
  originEntryId: string;
  amount: number;
  state: 'pending' | 'posted';
  pendingUntil: Date | null;
  expiresAt: Date | null;
}

/** A new lot starts empty; the creating entry's allocation fills it like any other. */
export async function insertLot(
  tx: Db,
  workspaceId: string,
  entryId: string,
  lot: NewLot,
  at: Date,
): Promise<void> {
  await tx.execute(
    sql`insert into points_lots (id, workspace_id, customer_id, entry_id, origin_entry_id, amount, remaining,
          state, pending_until, expires_at, created_at)
        values (${lot.id}, ${workspaceId}, ${lot.customerId}, ${entryId}, ${lot.originEntryId}, ${lot.amount}, 0,
          ${lot.state}, ${lot.pendingUntil}, ${lot.expiresAt}, ${at})`,
  );
}

export interface EntryWrite {
  entry: NewEntry;
  /** A lot this entry creates; it is inserted holding its allocation already. */
  lot: (NewLot & { remaining: number; createdAt: Date }) | null;
  allocations: Allocation[];
  account: AccountRow;
}

/**
 * Writes one entry with everything it moves in a single statement (data-modifying CTEs): the
 * entry, a new lot, the allocations, the lots' remaining amounts and the cached account. One round
 * trip instead of five is what keeps the ledger near the disk's commit rate. The CTEs share one
 * snapshot, so the UPDATE of lots cannot see a lot inserted beside it: a new lot is inserted
 * already holding its allocation and left out of the update.
 */
export async function writeEntryRows(
  tx: Db,
  workspaceId: string,
  customerId: string,
  write: EntryWrite,
): Promise<void> {
  const { entry, lot, account } = write;
  const moving = write.allocations.filter((a) => a.points !== 0);
  const updates = moving.filter((a) => a.lotId !== lot?.id);
  const parts: SQL[] = [
    sql`e as (insert into points_entries (id, workspace_id, customer_id, kind, points, pending_points, balance_after,
          pending_after, requested_points, reason, source_type, source_id, idempotency_key, related_entry_id,
          rule_id, rule_version, actor, occurred_at)
        values (${entry.id}, ${workspaceId}, ${customerId}, ${entry.kind}, ${entry.points},
          ${entry.pendingPoints}, ${entry.balanceAfter}, ${entry.pendingAfter}, ${entry.requestedPoints},
          ${entry.reason}, ${entry.sourceType}, ${entry.sourceId}, ${entry.idempotencyKey},
          ${entry.relatedEntryId}, ${entry.ruleId}, ${entry.ruleVersion}, ${entry.actor}, ${entry.occurredAt}))`,
    sql`a as (update points_accounts set balance = ${account.balance}, pending = ${account.pending},
          lifetime_earned = ${account.lifetimeEarned}, lifetime_redeemed = ${account.lifetimeRedeemed},
          lifetime_expired = ${account.lifetimeExpired}, last_activity_at = ${account.lastActivityAt},
          negative_since = ${account.negativeSince}, updated_at = now()
        where workspace_id = ${workspaceId} and customer_id = ${customerId})`,
  ];
  if (lot) {
    parts.push(sql`l as (insert into points_lots (id, workspace_id, customer_id, entry_id, origin_entry_id, amount,
          remaining, state, pending_until, expires_at, created_at)
        values (${lot.id}, ${workspaceId}, ${lot.customerId}, ${entry.id}, ${lot.originEntryId}, ${lot.amount},
          ${lot.remaining}, ${lot.state}, ${lot.pendingUntil}, ${lot.expiresAt}, ${lot.createdAt}))`);
  }
  if (moving.length > 0) {
    parts.push(
      sql`p as (insert into points_allocations (entry_id, lot_id, workspace_id, points) values ${sql.join(
        moving.map((a) => sql`(${entry.id}, ${a.lotId}, ${workspaceId}, ${a.points}::bigint)`),
        sql`, `,
      )})`,
    );
  }
  if (updates.length > 0) {
    parts.push(sql`u as (update points_lots set remaining = points_lots.remaining + v.delta
        from (values ${sql.join(
          updates.map((a) => sql`(${a.lotId}, ${a.points}::bigint)`),
          sql`, `,
        )}) as v(id, delta)
        where points_lots.id = v.id and points_lots.workspace_id = ${workspaceId})`);
  }
  await tx.execute(sql`with ${sql.join(parts, sql`, `)} select 1`);
}

export interface AfterLock {
  existing: EntryRow | undefined;
  lots: LotRow[];
  settings: Record<string, unknown> | null;
}

/**
 * What a ledger call reads once it holds the account lock, in one round trip: the entry already
 * recorded under this idempotency key, the customer's spendable lots (soonest-expiring first)
 * when asked for, and the program settings. Read after the lock, so a spend sees what the
 * previous holder committed.
 */
export async function readAfterLock(
  tx: Db,
  workspaceId: string,
  customerId: string,
  idempotencyKey: string,
  withLots: boolean,
): Promise<AfterLock> {
  const row = await queryOne<{
    existing: unknown;
    lots: unknown[] | null;
    settings: Record<string, unknown> | null;
  }>(
    tx,
    sql`select
          (select row_to_json(x) from (select ${entryColumns} from points_entries
             where workspace_id = ${workspaceId} and idempotency_key = ${idempotencyKey}) x) as existing,
          ${
            withLots
              ? sql`(select json_agg(y order by y."expiresAt" asc nulls last, y.id asc) from (select ${lotColumns}
                   from points_lots where workspace_id = ${workspaceId} and customer_id = ${customerId}
                     and state = 'posted' and remaining > 0) y)`
              : sql`null`
          } as lots,
          (select settings from loyalty_programs where workspace_id = ${workspaceId}) as settings`,
  );
  const parse = (value: unknown) => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value);
  const existing = parse(row?.existing);
  const lots = (parse(row?.lots) as unknown[] | null) ?? [];
  return {
    existing: existing ? typed<EntryRow>([existing], entryFields)[0] : undefined,
    lots: typed<LotRow>(lots, lotFields),
    settings: (parse(row?.settings) as Record<string, unknown> | null) ?? null,
  };
}
