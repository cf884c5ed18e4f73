import type { CatalogEntry, ErrorCatalog } from '../../core/errors.js';

const refused = (meaning: string, fix: string): CatalogEntry => ({
  type: 'business_rule_error',
  meaning,
  fix,
});

// A redeem that fails answers `coupon_<reason>`, the same reasons validation names.
export const couponErrors = {
  coupon_unknown: {
    type: 'not_found_error',
    meaning: 'No coupon of this workspace has this code.',
    fix: 'Check the code; codes are not case-sensitive.',
  },
  coupon_voided: refused(
    'The code was cancelled.',
    'The code was cancelled (e.g. its redemption was cancelled); use another.',
  ),
  coupon_expired: refused('The code is past its expiry.', 'The code is past its expiry; issue a new one.'),
  coupon_not_yours: refused(
    'The code was issued to another customer.',
    'The code was issued to another customer; send the customer it belongs to.',
  ),
  coupon_already_used: refused(
    'The single-use code has been used.',
    'A single-use code works once; issue a new one.',
  ),
  coupon_usage_limit_reached: refused(
    'The coupon has been redeemed as many times as it allows.',
    'The coupon reached its max_redemptions; create another coupon.',
  ),
  coupon_customer_limit_reached: refused(
    'This customer has redeemed the coupon as many times as it allows.',
    'This customer reached the coupon’s max_redemptions_per_customer.',
  ),
  coupon_minimum_not_met: refused(
    'The order total is below the coupon’s minimum.',
    'Bring the order total up to the coupon’s minimum_order.',
  ),
  coupon_not_customers: {
    type: 'conflict_error',
    meaning: 'The code is not one of this customer’s own coupons.',
    fix: 'Resend a code from the customer’s own coupons (GET /v1/customers/{id}/coupons).',
  },
  customer_has_no_email: {
    type: 'conflict_error',
    meaning: 'The customer has no email address, so nothing can be emailed to them.',
    fix: 'Add the customer’s email (an identify call with the email trait), then resend.',
  },
  coupon_code_taken: {
    type: 'conflict_error',
    meaning: 'Another coupon of this workspace already uses this code.',
    fix: 'Choose another code.',
  },
} satisfies ErrorCatalog;

export type CouponErrorCode = keyof typeof couponErrors;
