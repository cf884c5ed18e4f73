import type { MessageKey, Translate } from './catalogue.js';

const eventKeys: Record<string, MessageKey> = {
  'Order Completed': 'event_order_completed',
  'Order Refunded': 'event_order_refunded',
  'Customers Merged': 'event_customers_merged',
  'Points Earned': 'event_points_earned',
  'Points Redeemed': 'event_points_redeemed',
  'Points Expiring Soon': 'event_points_expiring_soon',
  'Points Expired': 'event_points_expired',
  'Tier Changed': 'event_tier_changed',
  'Reward Redeemed': 'event_reward_redeemed',
  'Badge Earned': 'event_badge_earned',
  'Lifecycle Stage Changed': 'event_lifecycle_stage_changed',
  // The events the shipped earn rule templates listen to.
  'Signed Up': 'event_signed_up',
  'Review Submitted': 'event_review_submitted',
  'Survey Answered': 'event_survey_answered',
  'Referral Converted': 'event_referral_converted',
  identify: 'event_identify',
  page: 'event_page',
  screen: 'event_screen',
  group: 'event_group',
  alias: 'event_alias',
};

/** An event, by its name (a track) or type, in the reader's words; a shop's own event keeps its name. */
export function eventLabel(t: Translate, event: { name: string | null; type: string | null }): string {
  const known = eventKeys[event.name ?? ''] ?? eventKeys[event.type ?? ''];
  return known ? t(known) : (event.name ?? event.type ?? t('none'));
}
