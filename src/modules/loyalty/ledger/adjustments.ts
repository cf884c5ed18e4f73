import { newId } from '../../../core/ids.js';
import { RetainError } from '../../../core/errors.js';
import type { Db } from '../../../db/connection.js';
import { earnPoints } from './ledger.js';
import { findEntry } from './ledger.queries.js';
import { issueStoreCredit, spendStoreCredit } from './store-credit.js';
import { customerIdOrThrow, presentEntry } from './present-entry.js';

/** POST /v1/customers/{id}/points/adjustments: a manual change, with its reason and the acting key. */
export async function adjustPoints(
  db: Db,
  workspaceId: string,
  ref: string,
  input: { points: number; reason: string },
  request: { idempotencyKey: string | null; actor: string; at: Date },
) {
  return db.transaction(async (tx) => {
    const customerId = await customerIdOrThrow(tx, workspaceId, ref);
    const { entryId } = await earnPoints(tx, {
      workspaceId,
      customerId,
      points: input.points,
      kind: 'adjust',
      reason: input.reason,
      source: { type: 'adjustment', id: customerId },
      idempotencyKey: request.idempotencyKey
        ? `adjust:${request.idempotencyKey}`
        : newId('pointsTransaction'),
      at: request.at,
      actor: request.actor,
    });
    return presentEntry((await findEntry(tx, workspaceId, entryId))!);
  });
}

/** POST /v1/customers/{id}/store-credit/debits: spend store credit at checkout. */
export async function debitStoreCredit(
  db: Db,
  workspaceId: string,
  ref: string,
  input: { amount: number; reason: string; order_id?: string | undefined },
  request: { idempotencyKey: string | null; at: Date },
) {
  return db.transaction(async (tx) => {
    const customerId = await customerIdOrThrow(tx, workspaceId, ref);
    const result = await spendStoreCredit(tx, {
      workspaceId,
      customerId,
      amountMinor: input.amount,
      reason: input.reason,
      source: input.order_id ? { type: 'order', id: input.order_id } : { type: 'debit', id: customerId },
      idempotencyKey: request.idempotencyKey
        ? `debit:${request.idempotencyKey}`
        : newId('storeCreditTransaction'),
      at: request.at,
    });
    if (!result.ok) {
      throw new RetainError(
        'insufficient_store_credit',
        `The customer has ${result.balanceMinor} minor units of store credit; the debit needs ${input.amount}.`,
        { param: 'amount' },
      );
    }
    return {
      object: 'store_credit_transaction' as const,
      id: result.entryId,
      customer_id: customerId,
      amount: -input.amount,
      balance_after: result.balanceMinor,
      reason: input.reason,
    };
  });
}

/** POST /v1/customers/{id}/store-credit/credits: a manual credit (or a negative adjustment). */
export async function creditStoreCredit(
  db: Db,
  workspaceId: string,
  ref: string,
  input: { amount: number; reason: string },
  request: { idempotencyKey: string | null; actor: string; at: Date },
) {
  return db.transaction(async (tx) => {
    const customerId = await customerIdOrThrow(tx, workspaceId, ref);
    const { entryId } = await issueStoreCredit(tx, {
      workspaceId,
      customerId,
      amountMinor: input.amount,
      kind: 'adjust',
      reason: input.reason,
      source: { type: 'adjustment', id: customerId },
      idempotencyKey: request.idempotencyKey
        ? `credit:${request.idempotencyKey}`
        : newId('storeCreditTransaction'),
      at: request.at,
      actor: request.actor,
    });
    return {
      object: 'store_credit_transaction' as const,
      id: entryId,
      customer_id: customerId,
      amount: input.amount,
      reason: input.reason,
    };
  });
}
