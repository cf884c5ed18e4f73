import type { PointsTransaction } from '../hooks/loyalty.js';
import type { MessageKey, Translate } from './catalogue.js';
import { eventLabel } from './events.js';

type ReasonDetail = PointsTransaction['reason_detail'];

/** Each code's sentence; a code the API adds is a compile error here until it is worded. */
const reasonKeys: Record<Exclude<ReasonDetail['code'], 'note'>, MessageKey> = {
  order: 'ledger_reason_order',
  order_refunded: 'ledger_reason_order_refunded',
  cashback: 'ledger_reason_cashback',
  earn_rule: 'ledger_reason_earn_rule',
  redeemed: 'ledger_reason_redeemed',
  redemption_cancelled: 'ledger_reason_redemption_cancelled',
  challenge_completed: 'ledger_reason_challenge_completed',
  profile_merged: 'ledger_reason_profile_merged',
  pending_over: 'ledger_reason_pending_over',
  lot_expired: 'ledger_reason_lot_expired',
  inactivity: 'ledger_reason_inactivity',
  birthday: 'ledger_reason_birthday',
};

/**
 * Why a ledger entry was written, in the reader's words: the API's `reason_detail` (a code and its
 * parameters) through the catalogue; a person's own words (`note`) as they wrote them.
 */
export function ledgerReason(t: Translate, detail: ReasonDetail): string {
  if (detail.code === 'note') return detail.params.text ?? '';
  const params =
    detail.code === 'earn_rule'
      ? { ...detail.params, event: eventLabel(t, { name: detail.params.event ?? null, type: null }) }
      : detail.params;
  return t(reasonKeys[detail.code], params);
}
