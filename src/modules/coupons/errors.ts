import { registerErrors } from '../../core/errors.js';

const refused = (fix: string) => ({ status: 422, type: 'business_rule_error' as const, fix });

// A redeem that fails answers `coupon_<reason>`, the same reasons validation names.
registerErrors({
  coupon_unknown: {
    status: 404,
    type: 'not_found_error',
    fix: 'Check the code; codes are not case-sensitive.',
  },
  coupon_voided: refused('The code was cancelled (e.g. its redemption was cancelled); use another.'),
  coupon_expired: refused('The code is past its expiry; issue a new one.'),
  coupon_not_yours: refused('The code was issued to another customer; send the customer it belongs to.'),
  coupon_already_used: refused('A single-use code works once; issue a new one.'),
  coupon_usage_limit_reached: refused('The coupon reached its max_redemptions; create another coupon.'),
  coupon_customer_limit_reached: refused('This customer reached the coupon’s max_redemptions_per_customer.'),
  coupon_minimum_not_met: refused('Bring the order total up to the coupon’s minimum_order.'),
  coupon_code_taken: {
    status: 409,
    type: 'conflict_error',
    fix: 'Another coupon of this workspace already uses this code; choose another.',
  },
});
