export { couponOrdersConsumer } from './consumer.js';
export { issueCoupon, voidUnusedCode, codeStatuses, type CodeStatus } from './issue.js';
export { checkDiscountTerms, type DiscountTerms } from './coupons.js';
export type { CouponKind } from './evaluate.js';
export { couponErrors } from './errors.js';
