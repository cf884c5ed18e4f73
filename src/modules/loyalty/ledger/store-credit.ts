import { newId } from '../../../core/ids.js';
import { RetainError, invalidParameter } from '../../../core/errors.js';
import { storeCreditBalanceMinorMax } from '../../../core/limits.js';
import type { Db } from '../../../db/connection.js';
import { getWorkspace } from '../../workspaces/index.js';
import type { Source } from './ledger.js';
import {
  findCreditAccount,
  findCreditEntryByKey,
  insertCreditEntry,
  lockCreditAccount,
  saveCreditAccount,
  type CreditAccountRow,
  type CreditEntryKind,
  type CreditEntryRow,
} from './store-credit.queries.js';

// Store credit (cashback): a ledger of its own in minor units of the workspace currency, with
// the points ledger's guarantees — immutable entries, a locked account per customer, and
// idempotency keys that replay or refuse.

export interface IssueCreditInput {
  workspaceId: string;
  customerId: string;
  amountMinor: number;
  kind: 'issue' | 'cashback' | 'adjust';
  reason: string;
  source: Source;
  idempotencyKey: string;
  at: Date;
  actor?: string;
}

export interface SpendCreditInput {
  workspaceId: string;
  customerId: string;
  amountMinor: number;
  reason: string;
  source: Source;
  idempotencyKey: string;
  at: Date;
}

export type SpendCreditResult =
  | { ok: true; entryId: string; replayed: boolean; balanceMinor: number }
  | { ok: false; code: 'insufficient_store_credit'; balanceMinor: number };

interface CreditWrite {
  kind: CreditEntryKind;
  amountMinor: number;
  requestedMinor?: number | null;
  reason: string;
  source: Source;
  idempotencyKey: string | null;
  relatedEntryId?: string | null;
  actor?: string | null;
  at: Date;
}

function replayOrThrow(
  existing: CreditEntryRow,
  same: boolean,
  key: string,
): { entryId: string; replayed: true } {
  if (!same) {
    throw new RetainError(
      'idempotency_key_reused',
      `The idempotency key '${key}' was used for a different store-credit entry (${existing.id}).`,
      { param: 'idempotency_key' },
    );
  }
  return { entryId: existing.id, replayed: true };
}

function assertWholeMinor(amountMinor: number, allowNegative: boolean): void {
  if (!Number.isSafeInteger(amountMinor) || amountMinor === 0 || (!allowNegative && amountMinor < 0)) {
    throw invalidParameter('amount', 'amount must be a non-zero whole number of minor units.');
  }
}

/** Appends one store-credit entry and moves the locked account by it. */
export async function writeCreditEntry(
  tx: Db,
  workspaceId: string,
  customerId: string,
  account: CreditAccountRow,
  write: CreditWrite,
): Promise<{ entryId: string; balanceMinor: number }> {
  const id = newId('storeCreditTransaction');
  const balanceMinor = account.balanceMinor + write.amountMinor;
  await insertCreditEntry(tx, {
    id,
    workspaceId,
    customerId,
    kind: write.kind,
    amountMinor: write.amountMinor,
    balanceAfterMinor: balanceMinor,
    requestedMinor: write.requestedMinor ?? null,
    currency: account.currency,
    reason: write.reason,
    sourceType: write.source.type,
    sourceId: write.source.id,
    idempotencyKey: write.idempotencyKey,
    relatedEntryId: write.relatedEntryId ?? null,
    actor: write.actor ?? null,
    occurredAt: write.at,
  });
  const negativeSince = balanceMinor >= 0 ? null : (account.negativeSince ?? write.at);
  await saveCreditAccount(tx, workspaceId, customerId, balanceMinor, negativeSince);
  return { entryId: id, balanceMinor };
}

export async function lockCredit(tx: Db, workspaceId: string, customerId: string): Promise<CreditAccountRow> {
  const { currency } = await getWorkspace(tx, workspaceId);
  return lockCreditAccount(tx, workspaceId, customerId, currency);
}

/**
 * Adds store credit (or removes it: a negative `adjust`, never below zero), never past the balance
 * bound (limits.ts): checked under the account's lock, so credits racing past it cannot both pass.
 * Merges move balances as they are: each side was within the bound, and it takes some ninety full
 * accounts merged into one to pass 2^53.
 */
export async function issueStoreCredit(
  tx: Db,
  input: IssueCreditInput,
): Promise<{ entryId: string; replayed: boolean }> {
  assertWholeMinor(input.amountMinor, input.kind === 'adjust');
  const account = await lockCredit(tx, input.workspaceId, input.customerId);
  const existing = await findCreditEntryByKey(tx, input.workspaceId, input.idempotencyKey);
  if (existing) {
    const same =
      existing.customerId === input.customerId &&
      existing.kind === input.kind &&
      existing.amountMinor === input.amountMinor &&
      existing.sourceType === input.source.type &&
      existing.sourceId === input.source.id;
    return replayOrThrow(existing, same, input.idempotencyKey);
  }
  if (account.balanceMinor + input.amountMinor < 0) {
    throw new RetainError(
      'insufficient_store_credit',
      `The customer has ${account.balanceMinor} minor units of store credit; an adjustment cannot take ${-input.amountMinor}.`,
      { param: 'amount' },
    );
  }
  if (input.amountMinor > 0 && account.balanceMinor + input.amountMinor > storeCreditBalanceMinorMax) {
    throw new RetainError(
      'store_credit_balance_limit_reached',
      `The customer has ${account.balanceMinor} minor units of store credit; ${input.amountMinor} more would pass the most one balance may hold, ${storeCreditBalanceMinorMax}.`,
      { param: 'amount' },
    );
  }
  const written = await writeCreditEntry(tx, input.workspaceId, input.customerId, account, {
    ...input,
    idempotencyKey: input.idempotencyKey,
  });
  return { entryId: written.entryId, replayed: false };
}

/** Spends store credit; the account row lock serialises concurrent spends of one customer. */
export async function spendStoreCredit(tx: Db, input: SpendCreditInput): Promise<SpendCreditResult> {
  assertWholeMinor(input.amountMinor, false);
  const account = await lockCredit(tx, input.workspaceId, input.customerId);
  const existing = await findCreditEntryByKey(tx, input.workspaceId, input.idempotencyKey);
  if (existing) {
    const same =
      existing.customerId === input.customerId &&
      existing.kind === 'spend' &&
      existing.amountMinor === -input.amountMinor &&
      existing.sourceType === input.source.type &&
      existing.sourceId === input.source.id;
    const replay = replayOrThrow(existing, same, input.idempotencyKey);
    return { ok: true, ...replay, balanceMinor: account.balanceMinor };
  }
  if (account.balanceMinor < input.amountMinor) {
    return { ok: false, code: 'insufficient_store_credit', balanceMinor: account.balanceMinor };
  }
  const written = await writeCreditEntry(tx, input.workspaceId, input.customerId, account, {
    kind: 'spend',
    amountMinor: -input.amountMinor,
    reason: input.reason,
    source: input.source,
    idempotencyKey: input.idempotencyKey,
    at: input.at,
  });
  return { ok: true, entryId: written.entryId, replayed: false, balanceMinor: written.balanceMinor };
}

export async function storeCreditBalance(
  db: Db,
  workspaceId: string,
  customerId: string,
): Promise<{ balanceMinor: number; currency: string }> {
  const account = await findCreditAccount(db, workspaceId, customerId);
  if (account) return { balanceMinor: account.balanceMinor, currency: account.currency };
  const { currency } = await getWorkspace(db, workspaceId);
  return { balanceMinor: 0, currency };
}
