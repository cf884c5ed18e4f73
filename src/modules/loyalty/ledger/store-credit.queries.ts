import { sql } from 'drizzle-orm';
import { queryOne, type Db } from '../../../db/connection.js';
import { dateOrNull, int, intOrNull } from '../rows.js';

export interface CreditAccountRow {
  currency: string;
  balanceMinor: number;
  negativeSince: Date | null;
}

export interface CreditEntryRow {
  id: string;
  customerId: string;
  kind: CreditEntryKind;
  amountMinor: number;
  requestedMinor: number | null;
  sourceType: string;
  sourceId: string;
  relatedEntryId: string | null;
}

export type CreditEntryKind =
  'issue' | 'cashback' | 'adjust' | 'spend' | 'reversal' | 'clawback' | 'merge_in' | 'merge_out';

/** Creates and locks the customer's store-credit account (see lockAccount in ledger.queries.ts). */
export async function lockCreditAccount(
  tx: Db,
  workspaceId: string,
  customerId: string,
  currency: string,
): Promise<CreditAccountRow> {
  const row = await queryOne<CreditAccountRow>(
    tx,
    sql`insert into store_credit_accounts (workspace_id, customer_id, currency)
        values (${workspaceId}, ${customerId}, ${currency})
        on conflict (workspace_id, customer_id) do update set workspace_id = excluded.workspace_id
        returning currency, balance_minor as "balanceMinor", negative_since as "negativeSince"`,
  );
  return creditAccount(row)!;
}

function creditAccount(row: CreditAccountRow | undefined): CreditAccountRow | undefined {
  if (!row) return undefined;
  return {
    currency: row.currency,
    balanceMinor: int(row.balanceMinor),
    negativeSince: dateOrNull(row.negativeSince),
  };
}

function creditEntry(row: CreditEntryRow | undefined): CreditEntryRow | undefined {
  if (!row) return undefined;
  return { ...row, amountMinor: int(row.amountMinor), requestedMinor: intOrNull(row.requestedMinor) };
}

export async function findCreditAccount(
  db: Db,
  workspaceId: string,
  customerId: string,
): Promise<CreditAccountRow | undefined> {
  return creditAccount(
    await queryOne<CreditAccountRow>(
      db,
      sql`select currency, balance_minor as "balanceMinor", negative_since as "negativeSince"
          from store_credit_accounts where workspace_id = ${workspaceId} and customer_id = ${customerId}`,
    ),
  );
}

const creditEntryColumns = sql`id, customer_id as "customerId", kind, amount_minor as "amountMinor",
  requested_minor as "requestedMinor", source_type as "sourceType", source_id as "sourceId",
  related_entry_id as "relatedEntryId"`;

export async function findCreditEntryByKey(
  db: Db,
  workspaceId: string,
  key: string,
): Promise<CreditEntryRow | undefined> {
  return creditEntry(
    await queryOne<CreditEntryRow>(
      db,
      sql`select ${creditEntryColumns} from store_credit_entries
          where workspace_id = ${workspaceId} and idempotency_key = ${key}`,
    ),
  );
}

/** Store credit a source (an order) earned, and what refunds have asked back from it so far. */
export async function creditOfSource(
  db: Db,
  workspaceId: string,
  sourceType: string,
  sourceId: string,
): Promise<{ issuedMinor: number; requestedBackMinor: number }> {
  const row = await queryOne<{ issuedMinor: number; requestedBackMinor: number }>(
    db,
    sql`select coalesce(sum(amount_minor) filter (where kind = 'cashback'), 0)::bigint as "issuedMinor",
               coalesce(sum(requested_minor) filter (where kind = 'clawback'), 0)::bigint as "requestedBackMinor"
        from store_credit_entries
        where workspace_id = ${workspaceId} and source_type = ${sourceType} and source_id = ${sourceId}`,
  );
  return { issuedMinor: int(row?.issuedMinor ?? 0), requestedBackMinor: int(row?.requestedBackMinor ?? 0) };
}

export interface NewCreditEntry {
  id: string;
  workspaceId: string;
  customerId: string;
  kind: CreditEntryKind;
  amountMinor: number;
  balanceAfterMinor: number;
  requestedMinor: number | null;
  currency: string;
  reason: string;
  sourceType: string;
  sourceId: string;
  idempotencyKey: string | null;
  relatedEntryId: string | null;
  actor: string | null;
  occurredAt: Date;
}

export async function insertCreditEntry(tx: Db, e: NewCreditEntry): Promise<void> {
  await tx.execute(
    sql`insert into store_credit_entries (id, workspace_id, customer_id, kind, amount_minor, balance_after_minor,
          requested_minor, currency, reason, source_type, source_id, idempotency_key, related_entry_id, actor,
          occurred_at)
        values (${e.id}, ${e.workspaceId}, ${e.customerId}, ${e.kind}, ${e.amountMinor}, ${e.balanceAfterMinor},
          ${e.requestedMinor}, ${e.currency}, ${e.reason}, ${e.sourceType}, ${e.sourceId}, ${e.idempotencyKey},
          ${e.relatedEntryId}, ${e.actor}, ${e.occurredAt})`,
  );
}

export async function saveCreditAccount(
  tx: Db,
  workspaceId: string,
  customerId: string,
  balanceMinor: number,
  negativeSince: Date | null,
): Promise<void> {
  await tx.execute(
    sql`update store_credit_accounts set balance_minor = ${balanceMinor}, negative_since = ${negativeSince},
          updated_at = now()
        where workspace_id = ${workspaceId} and customer_id = ${customerId}`,
  );
}
