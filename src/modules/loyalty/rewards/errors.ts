import type { CatalogEntry, ErrorCatalog } from '../../../core/errors.js';
import { rewardsLiveMax } from '../../../core/limits.js';

const refused = (meaning: string, fix: string): CatalogEntry => ({
  type: 'business_rule_error',
  meaning,
  fix,
});

// `insufficient_points` is the ledger's code (loyalty/errors.ts); these are the catalog's own.
export const rewardErrors = {
  rewards_limit_reached: refused(
    `The workspace has ${rewardsLiveMax} live rewards, the most it may.`,
    'Archive a reward (DELETE /v1/loyalty/rewards/{id}) before adding another.',
  ),
  reward_out_of_stock: refused(
    'No units of the reward are left.',
    'No units of this reward are left; restock it with PATCH /v1/loyalty/rewards/{id}.',
  ),
  reward_unavailable: refused(
    'The reward is archived or outside its active window.',
    'The reward is archived or outside its active window; choose an available reward.',
  ),
  reward_tier_required: refused(
    'The reward needs a higher VIP tier than the customer has.',
    'Choose a reward of the customer’s tier, or wait until the customer reaches the one it needs.',
  ),
  redemption_coupon_used: refused(
    'The coupon this redemption gave was used at checkout.',
    'The coupon of this redemption was used at checkout; a used reward cannot be cancelled.',
  ),
  redemption_credit_spent: refused(
    'The store credit this redemption gave has been spent.',
    'The store credit this redemption gave has been spent; it can be cancelled only while the credit is there.',
  ),
} satisfies ErrorCatalog;
