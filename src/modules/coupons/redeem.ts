import { RetainError, notFound } from '../../core/errors.js';
import { hasPrefix, newId } from '../../core/ids.js';
import type { Db } from '../../db/connection.js';
import { findCustomerRef, resolveCustomerId } from '../customers/index.js';
import { normaliseCode } from './codes.js';
import { evaluateUse, reasonMessages, type CouponKind, type InvalidReason } from './evaluate.js';
import {
  countCustomerUses,
  findCodeWithCoupon,
  findRedemptionOfOrder,
  insertRedemption,
  type CouponRow,
  type RedemptionRow,
} from './queries.js';
import type { CouponErrorCode } from './errors.js';

export interface CouponValidation {
  object: 'coupon_validation';
  code: string;
  valid: boolean;
  reason: InvalidReason | null;
  message: string | null;
  coupon: string | null;
  kind: CouponKind | null;
  /** Minor units taken off `order_total`; null when it depends on a total not sent. */
  discount: number | null;
  currency: string | null;
  free_shipping: boolean;
  product_id: string | null;
  minimum_order: number | null;
  expires_at: string | null;
}

export interface CouponRedemption {
  object: 'coupon_redemption';
  id: string;
  code: string;
  coupon: string;
  customer: string | null;
  order_id: string;
  order_total: number | null;
  discount: number | null;
  source: 'api' | 'order_event';
  redeemed: string;
}

function presentRedemption(row: RedemptionRow, code: string): CouponRedemption {
  return {
    object: 'coupon_redemption',
    id: row.id,
    code,
    coupon: row.couponId,
    customer: row.customerId,
    order_id: row.orderId,
    order_total: row.orderTotalMinor,
    discount: row.discountMinor,
    source: row.source,
    redeemed: row.redeemedAt.toISOString(),
  };
}

export interface UseInput {
  code: string;
  /** `cus_…` or the shop's userId; absent for a guest. */
  customer?: string | undefined;
  /** Minor units of the workspace currency. */
  order_total?: number | undefined;
}

async function customerUses(db: Db, coupon: CouponRow, customerId: string | null): Promise<number> {
  if (!customerId || coupon.redemptionsPerCustomerMax === null) return 0;
  return countCustomerUses(db, coupon.workspaceId, coupon.id, customerId);
}

/** A question, not an action: answers whether the code would work now and what it takes off. */
export async function validateCoupon(
  db: Db,
  workspaceId: string,
  input: UseInput,
  at: Date,
): Promise<CouponValidation> {
  const code = normaliseCode(input.code);
  const found = await findCodeWithCoupon(db, workspaceId, code, false);
  if (!found) return invalid(code, 'unknown', null);
  const customerId = input.customer ? await customerForValidate(db, workspaceId, input.customer) : null;
  const evaluation = evaluateUse(found.coupon, found.code, {
    customerId,
    customerUses: await customerUses(db, found.coupon, customerId),
    orderTotalMinor: input.order_total ?? null,
    at,
  });
  if (!evaluation.valid) return invalid(code, evaluation.reason, found.coupon);
  return {
    ...describe(code, found.coupon),
    valid: true,
    reason: null,
    message: null,
    discount: evaluation.discountMinor,
  };
}

/** A `cus_` id must exist; a userId retain has not seen yet is a new shopper (no uses, owns nothing). */
async function customerForValidate(db: Db, workspaceId: string, ref: string): Promise<string | null> {
  const found = await findCustomerRef(db, workspaceId, ref);
  if (!found && hasPrefix(ref, 'customer')) throw notFound('customer', ref, 'customer');
  return found;
}

function describe(
  code: string,
  coupon: CouponRow | null,
): Omit<CouponValidation, 'valid' | 'reason' | 'message' | 'discount'> {
  return {
    object: 'coupon_validation',
    code,
    coupon: coupon?.id ?? null,
    kind: coupon?.kind ?? null,
    currency: coupon?.currency ?? null,
    free_shipping: coupon?.kind === 'free_shipping',
    product_id: coupon?.productId ?? null,
    minimum_order: coupon?.minimumOrderMinor ?? null,
    expires_at: coupon?.expiresAt ? coupon.expiresAt.toISOString() : null,
  };
}

function invalid(code: string, reason: InvalidReason, coupon: CouponRow | null): CouponValidation {
  // An unknown code says nothing about any coupon.
  return { ...describe(code, coupon), valid: false, reason, message: reasonMessages[reason], discount: null };
}

export interface RedeemInput extends UseInput {
  order_id: string;
}

/**
 * Uses a code for an order. The code and coupon rows are locked for the transaction, so of two
 * simultaneous redeems of a single-use code one commits and the other then sees it used. The same
 * code and order again answers the first redemption (`replayed`), however often it is sent.
 */
export async function redeemCoupon(
  db: Db,
  workspaceId: string,
  input: RedeemInput,
  at: Date,
): Promise<{ redemption: CouponRedemption; replayed: boolean }> {
  return db.transaction(async (tx) => {
    const code = normaliseCode(input.code);
    const customerId = input.customer ? await customerForRedeem(tx, workspaceId, input.customer, at) : null;
    const outcome = await useCode(tx, workspaceId, code, {
      customerId,
      orderId: input.order_id,
      orderTotalMinor: input.order_total ?? null,
      at,
      source: 'api',
    });
    if ('reason' in outcome) {
      // `satisfies` has the compiler check every reason's code is in the coupons' catalog.
      throw new RetainError(
        `coupon_${outcome.reason}` satisfies CouponErrorCode,
        reasonMessages[outcome.reason],
        { param: 'code' },
      );
    }
    return { redemption: presentRedemption(outcome.row, code), replayed: outcome.replayed };
  });
}

/** A `cus_` id must exist; a userId retain has not seen yet becomes a profile, as an event would. */
async function customerForRedeem(tx: Db, workspaceId: string, ref: string, at: Date): Promise<string> {
  const found = await findCustomerRef(tx, workspaceId, ref);
  if (found) return found;
  if (hasPrefix(ref, 'customer')) throw notFound('customer', ref, 'customer');
  return resolveCustomerId(tx, workspaceId, { userId: ref }, at);
}

interface UseRequest {
  customerId: string | null;
  orderId: string;
  orderTotalMinor: number | null;
  at: Date;
  source: 'api' | 'order_event';
}

type UseOutcome = { row: RedemptionRow; replayed: boolean } | { reason: InvalidReason };

async function useCode(tx: Db, workspaceId: string, code: string, use: UseRequest): Promise<UseOutcome> {
  const found = await findCodeWithCoupon(tx, workspaceId, code, true);
  if (!found) return { reason: 'unknown' };
  const earlier = await findRedemptionOfOrder(tx, workspaceId, found.code.id, use.orderId);
  if (earlier) return { row: earlier, replayed: true };
  const evaluation = evaluateUse(found.coupon, found.code, {
    customerId: use.customerId,
    customerUses: await customerUses(tx, found.coupon, use.customerId),
    orderTotalMinor: use.orderTotalMinor,
    at: use.at,
  });
  if (!evaluation.valid) return { reason: evaluation.reason };
  const row = await insertRedemption(tx, {
    id: newId('couponRedemption'),
    workspaceId,
    couponId: found.coupon.id,
    codeId: found.code.id,
    customerId: use.customerId,
    orderId: use.orderId,
    orderTotalMinor: use.orderTotalMinor,
    discountMinor: evaluation.discountMinor,
    source: use.source,
    redeemedAt: use.at,
  });
  return { row, replayed: false };
}

/**
 * An order that reached the log with a code marks the code used, at the order's time, unless it
 * is unknown or may not be used (then the order stands and the code is left as it was).
 */
export async function recordOrderCoupon(
  tx: Db,
  workspaceId: string,
  order: { code: string; orderId: string; customerId: string | null; at: Date },
): Promise<InvalidReason | null> {
  const outcome = await useCode(tx, workspaceId, normaliseCode(order.code), {
    customerId: order.customerId,
    orderId: order.orderId,
    orderTotalMinor: null,
    at: order.at,
    source: 'order_event',
  });
  return 'reason' in outcome ? outcome.reason : null;
}
