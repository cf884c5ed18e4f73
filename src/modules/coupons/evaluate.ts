// Whether a code can be used for an order, as a pure function of the coupon, the code and the
// customer's earlier uses: validation answers it, redemption enforces it under a lock.

export type CouponKind = 'amount_off' | 'percent_off' | 'free_shipping' | 'free_product';

export interface CouponTerms {
  kind: CouponKind;
  amountOffMinor: number | null;
  percentOff: number | null;
  minimumOrderMinor: number | null;
  expiresAt: Date | null;
  redemptionsMax: number | null;
  redemptionsPerCustomerMax: number | null;
  timesRedeemed: number;
  customerId: string | null;
  voidedAt: Date | null;
}

export interface CodeState {
  redemptionsMax: number | null;
  timesRedeemed: number;
  voidedAt: Date | null;
}

export type InvalidReason =
  | 'unknown'
  | 'voided'
  | 'expired'
  | 'not_yours'
  | 'already_used'
  | 'usage_limit_reached'
  | 'customer_limit_reached'
  | 'minimum_not_met';

export const reasonMessages: Record<InvalidReason, string> = {
  unknown: 'No coupon has this code.',
  voided: 'This code was cancelled.',
  expired: 'This code has expired.',
  not_yours: 'This code belongs to another customer.',
  already_used: 'This code has already been used.',
  usage_limit_reached: 'This coupon has been used as many times as it allows.',
  customer_limit_reached: 'This customer has used this coupon as many times as it allows.',
  minimum_not_met: 'The order total is below the minimum for this code.',
};

export interface UseRequest {
  customerId: string | null;
  /** Uses of this coupon by that customer so far. */
  customerUses: number;
  /** Minor units; null when the caller does not know the total (then the minimum is not checked). */
  orderTotalMinor: number | null;
  at: Date;
}

export type Evaluation =
  { valid: true; discountMinor: number | null } | { valid: false; reason: InvalidReason };

/** Checks in the order a shopper can act on: the first failing rule is the reason. */
export function evaluateUse(coupon: CouponTerms, code: CodeState, use: UseRequest): Evaluation {
  const fail = (reason: InvalidReason): Evaluation => ({ valid: false, reason });
  if (coupon.voidedAt || code.voidedAt) return fail('voided');
  if (coupon.expiresAt && use.at.getTime() >= coupon.expiresAt.getTime()) return fail('expired');
  if (coupon.customerId && coupon.customerId !== use.customerId) return fail('not_yours');
  if (code.redemptionsMax !== null && code.timesRedeemed >= code.redemptionsMax) return fail('already_used');
  if (coupon.redemptionsMax !== null && coupon.timesRedeemed >= coupon.redemptionsMax)
    return fail('usage_limit_reached');
  if (coupon.redemptionsPerCustomerMax !== null && use.customerUses >= coupon.redemptionsPerCustomerMax)
    return fail('customer_limit_reached');
  if (
    coupon.minimumOrderMinor !== null &&
    use.orderTotalMinor !== null &&
    use.orderTotalMinor < coupon.minimumOrderMinor
  )
    return fail('minimum_not_met');
  return { valid: true, discountMinor: discountFor(coupon, use.orderTotalMinor) };
}

/**
 * The amount taken off an order, in minor units, never more than the order. Percentages round
 * half up to the minor unit in exact integer arithmetic (no floats touch money). Free shipping and
 * free products take off what the shop's cart prices them at, which retain does not know: 0.
 */
export function discountFor(coupon: CouponTerms, orderTotalMinor: number | null): number | null {
  switch (coupon.kind) {
    case 'amount_off':
      return orderTotalMinor === null
        ? coupon.amountOffMinor
        : Math.min(coupon.amountOffMinor ?? 0, orderTotalMinor);
    case 'percent_off':
      return orderTotalMinor === null
        ? null
        : Number((BigInt(orderTotalMinor) * BigInt(coupon.percentOff ?? 0) + 50n) / 100n);
    case 'free_shipping':
    case 'free_product':
      return 0;
  }
}
