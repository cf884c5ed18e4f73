import { RetainError, notFound } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { dayMs } from '../../../core/time.js';
import type { Db } from '../../../db/connection.js';
import { codeStatuses, issueCoupon, voidUnusedCode, type CodeStatus } from '../../coupons/index.js';
import { findCustomerRef } from '../../customers/index.js';
import { appendEvents } from '../../events/index.js';
// The ledger's published functions, imported from their files (not ../index.js, which re-exports
// this folder) so the module graph has no cycle.
import { returnSpentPoints, spendPoints, issueStoreCredit, reasonText } from '../ledger/index.js';
import { customerTier, listTiers } from '../program/index.js';
import {
  findRedemptionByKey,
  findReward,
  insertRedemptionRow,
  listRedemptionRows,
  lockRedemption,
  markRedemptionCancelled,
  returnStock,
  takeStock,
  type RedemptionRow,
  type RewardRow,
} from './queries.js';
import { couponTermsOf, type RewardKind } from './rewards.js';

export interface Redemption {
  object: 'loyalty_redemption';
  id: string;
  customer: string;
  reward: string;
  reward_name: string;
  kind: RewardKind;
  points: number;
  /** issued (coupon not yet used, or credit given) · used (coupon used at checkout) · cancelled */
  status: 'issued' | 'used' | 'cancelled';
  coupon: { id: string; code: string; status: CodeStatus } | null;
  store_credit: { amount: number; currency: string } | null;
  points_entry: string;
  return_entry: string | null;
  created: string;
  cancelled: string | null;
  actor: string | null;
  cancelled_by: string | null;
}

function presentRedemption(row: RedemptionRow, codeStatus: CodeStatus | undefined): Redemption {
  const status = row.status === 'cancelled' ? 'cancelled' : codeStatus === 'used' ? 'used' : 'issued';
  return {
    object: 'loyalty_redemption',
    id: row.id,
    customer: row.customerId,
    reward: row.rewardId,
    reward_name: row.rewardName,
    kind: row.kind,
    points: row.points,
    status,
    coupon:
      row.codeId && row.code && row.couponId
        ? { id: row.couponId, code: row.code, status: codeStatus ?? 'unused' }
        : null,
    store_credit:
      row.creditAmountMinor !== null ? { amount: row.creditAmountMinor, currency: row.currency } : null,
    points_entry: row.spendEntryId,
    return_entry: row.returnEntryId,
    created: row.createdAt.toISOString(),
    cancelled: row.cancelledAt ? row.cancelledAt.toISOString() : null,
    actor: row.actor,
    cancelled_by: row.cancelledBy,
  };
}

async function present(db: Db, rows: RedemptionRow[]): Promise<Redemption[]> {
  if (rows.length === 0) return [];
  const codeIds = rows.flatMap((row) => (row.codeId ? [row.codeId] : []));
  const statuses = await codeStatuses(db, rows[0]!.workspaceId, codeIds);
  return rows.map((row) => presentRedemption(row, row.codeId ? statuses.get(row.codeId) : undefined));
}

async function requireCustomer(db: Db, workspaceId: string, ref: string): Promise<string> {
  const id = await findCustomerRef(db, workspaceId, ref);
  if (!id) throw notFound('customer', ref, 'id');
  return id;
}

function assertAvailable(reward: RewardRow, at: Date): void {
  const now = at.getTime();
  if (reward.archivedAt)
    throw new RetainError('reward_unavailable', `${reward.name} is archived.`, { param: 'reward_id' });
  if (reward.activeFrom && now < reward.activeFrom.getTime())
    throw new RetainError(
      'reward_unavailable',
      `${reward.name} is available from ${reward.activeFrom.toISOString()}.`,
      {
        param: 'reward_id',
      },
    );
  if (reward.activeUntil && now >= reward.activeUntil.getTime())
    throw new RetainError(
      'reward_unavailable',
      `${reward.name} was available until ${reward.activeUntil.toISOString()}.`,
      {
        param: 'reward_id',
      },
    );
}

/** Tiers rank from 1 (lowest threshold); a customer qualifies at the reward's tier or above. */
async function assertTier(tx: Db, reward: RewardRow, customerId: string): Promise<void> {
  if (!reward.minimumTierId) return;
  const tiers = await listTiers(tx, reward.workspaceId);
  const required = tiers.findIndex((tier) => tier.id === reward.minimumTierId) + 1;
  const current = await customerTier(tx, reward.workspaceId, customerId);
  if (required === 0 || !current || current.rank < required) {
    const needed = tiers[required - 1]?.name ?? 'a tier that no longer exists';
    throw new RetainError(
      'reward_tier_required',
      `${reward.name} needs tier ${needed}; the customer is ${current ? `in ${current.name}` : 'in no tier'}.`,
      { param: 'reward_id' },
    );
  }
}

/**
 * Spends the reward's points and issues its coupon (or store credit) in one transaction: either
 * the customer has both the spend and the code, or neither. The spend locks the customer's points
 * account, so simultaneous redemptions of one customer run one after another; the loser sees the
 * balance the winner left. A replay of the same Idempotency-Key answers the first redemption.
 */
export async function redeemReward(
  db: Db,
  workspaceId: string,
  customerRef: string,
  rewardId: string,
  request: { idempotencyKey: string | null; actor: string; at: Date },
): Promise<{ redemption: Redemption; replayed: boolean }> {
  const { idempotencyKey, actor, at } = request;
  const customerId = await requireCustomer(db, workspaceId, customerRef);
  const row = await db.transaction(async (tx) => {
    if (idempotencyKey) {
      const earlier = await findRedemptionByKey(tx, workspaceId, idempotencyKey);
      if (earlier) {
        if (earlier.customerId !== customerId || earlier.rewardId !== rewardId)
          throw new RetainError(
            'idempotency_key_reused',
            `This Idempotency-Key made redemption ${earlier.id} of another reward or customer; use a new key.`,
            { param: 'Idempotency-Key' },
          );
        return { row: earlier, replayed: true };
      }
    }
    const reward = await findReward(tx, workspaceId, rewardId);
    if (!reward) throw notFound('reward', rewardId, 'reward_id');
    assertAvailable(reward, at);
    await assertTier(tx, reward, customerId);
    const id = newId('redemption');
    const key = idempotencyKey ?? id;
    const spendEntryId = await spend(tx, reward, customerId, id, key, at);
    // After the spend: the account lock comes first in every transaction that takes both.
    if (reward.stock !== null && !(await takeStock(tx, workspaceId, reward.id)))
      throw new RetainError('reward_out_of_stock', `${reward.name} is out of stock.`, { param: 'reward_id' });
    const given = await give(tx, reward, customerId, id, key, at);
    const created = await insertRedemptionRow(tx, {
      id,
      workspaceId,
      customerId,
      rewardId: reward.id,
      rewardName: reward.name,
      kind: reward.kind,
      points: reward.pointsCost,
      spendEntryId,
      ...given,
      currency: reward.currency,
      idempotencyKey: key,
      actor,
      createdAt: at,
    });
    await emitRewardRedeemed(tx, created);
    return { row: created, replayed: false };
  });
  const [redemption] = await present(db, [row.row]);
  return { redemption: redemption!, replayed: row.replayed };
}

async function spend(
  tx: Db,
  reward: RewardRow,
  customerId: string,
  id: string,
  key: string,
  at: Date,
): Promise<string> {
  const result = await spendPoints(tx, {
    workspaceId: reward.workspaceId,
    customerId,
    points: reward.pointsCost,
    reason: reasonText('redeemed', { reward: reward.name }),
    source: { type: 'loyalty_redemption', id },
    idempotencyKey: `redemption:${key}`,
    at,
  });
  if (!result.ok) {
    throw new RetainError(
      'insufficient_points',
      `${reward.name} costs ${reward.pointsCost} points; the customer has ${result.balance}.`,
      { param: 'reward_id' },
    );
  }
  return result.entryId;
}

async function give(
  tx: Db,
  reward: RewardRow,
  customerId: string,
  id: string,
  key: string,
  at: Date,
): Promise<Partial<RedemptionRow>> {
  const terms = couponTermsOf(reward);
  if (!terms) {
    const credit = await issueStoreCredit(tx, {
      workspaceId: reward.workspaceId,
      customerId,
      amountMinor: reward.creditAmountMinor!,
      kind: 'issue',
      reason: reasonText('redeemed', { reward: reward.name }),
      source: { type: 'loyalty_redemption', id },
      idempotencyKey: `redemption:${key}`,
      at,
    });
    return { creditAmountMinor: reward.creditAmountMinor, creditEntryId: credit.entryId };
  }
  const issued = await issueCoupon(
    tx,
    reward.workspaceId,
    {
      ...terms,
      name: reward.name,
      currency: reward.currency,
      customerId,
      minimumOrderMinor: reward.minimumOrderMinor,
      expiresAt:
        reward.couponExpiresAfterDays === null
          ? null
          : new Date(at.getTime() + reward.couponExpiresAfterDays * dayMs),
    },
    at,
  );
  return { couponId: issued.couponId, codeId: issued.codeId, code: issued.code };
}

async function emitRewardRedeemed(tx: Db, row: RedemptionRow): Promise<void> {
  await appendEvents(tx, row.workspaceId, [
    {
      messageId: `retain:reward-redeemed:${row.id}`,
      type: 'track',
      name: 'Reward Redeemed',
      properties: {
        customer_id: row.customerId,
        redemption_id: row.id,
        reward_id: row.rewardId,
        reward_name: row.rewardName,
        kind: row.kind,
        points: row.points,
        code: row.code,
        coupon_id: row.couponId,
        credit_amount: row.creditAmountMinor,
        currency: row.currency,
      },
      occurredAt: row.createdAt,
      receivedAt: row.createdAt,
      source: 'retain',
    },
  ]);
}

export async function listRedemptions(
  db: Db,
  workspaceId: string,
  customerRef: string,
  query: { limit: number; starting_after?: string | undefined },
): Promise<Redemption[]> {
  const customerId = await requireCustomer(db, workspaceId, customerRef);
  return present(
    db,
    await listRedemptionRows(db, workspaceId, customerId, {
      limit: query.limit + 1,
      startingAfter: query.starting_after,
    }),
  );
}

/**
 * Undoes a redemption whose coupon was not used: voids the code, gives the points back to the
 * very lots they came from (so they keep their expiry dates; a profile merged away since passes
 * them on to the one it merged into), takes back the store credit, and returns the unit to stock.
 * Cancelling twice answers the cancelled redemption.
 */
export async function cancelRedemption(
  db: Db,
  workspaceId: string,
  customerRef: string,
  redemptionId: string,
  request: { actor: string; at: Date },
): Promise<Redemption> {
  const { actor, at } = request;
  const customerId = await requireCustomer(db, workspaceId, customerRef);
  const row = await db.transaction(async (tx) => {
    const current = await lockRedemption(tx, workspaceId, customerId, redemptionId);
    if (!current) throw notFound('redemption', redemptionId);
    if (current.status === 'cancelled') return current;
    if (current.codeId) {
      const voided = await voidUnusedCode(tx, workspaceId, current.codeId, at);
      if (!voided.voided)
        throw new RetainError(
          'redemption_coupon_used',
          `The code ${current.code} was used at checkout; the redemption cannot be cancelled.`,
          { param: 'id' },
        );
    }
    if (current.creditAmountMinor !== null) await takeBackCredit(tx, current, at);
    const returned = await returnSpentPoints(tx, {
      workspaceId,
      spendEntryId: current.spendEntryId,
      idempotencyKey: `redemption-cancel:${current.id}`,
      reason: reasonText('redemption_cancelled', { reward: current.rewardName }),
      actor,
      at,
    });
    await returnStock(tx, workspaceId, current.rewardId);
    return markRedemptionCancelled(tx, workspaceId, current.id, {
      returnEntryId: returned.entryId,
      actor,
      at,
    });
  });
  const [redemption] = await present(db, [row]);
  return redemption!;
}

async function takeBackCredit(tx: Db, row: RedemptionRow, at: Date): Promise<void> {
  try {
    await issueStoreCredit(tx, {
      workspaceId: row.workspaceId,
      customerId: row.customerId,
      amountMinor: -row.creditAmountMinor!,
      kind: 'adjust',
      reason: reasonText('redemption_cancelled', { reward: row.rewardName }),
      source: { type: 'loyalty_redemption', id: row.id },
      idempotencyKey: `redemption-cancel:${row.id}`,
      at,
    });
  } catch (error) {
    if (error instanceof RetainError && error.code === 'insufficient_store_credit') {
      throw new RetainError(
        'redemption_credit_spent',
        `The ${row.creditAmountMinor} ${row.currency} minor units of store credit this redemption gave are no longer there.`,
        { param: 'id' },
      );
    }
    throw error;
  }
}
