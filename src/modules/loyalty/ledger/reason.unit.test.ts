import { describe, expect, it } from 'vitest';
import { reasonDetail, reasonText } from './reason.js';

describe('ledger reasons', () => {
  it('reads back the code and parameters of every sentence the ledger writes', () => {
    const written = [
      [reasonText('order', { order_id: 'o-3-2' }), { code: 'order', params: { order_id: 'o-3-2' } }],
      [
        reasonText('order_refunded', { order_id: 'VN 17' }),
        { code: 'order_refunded', params: { order_id: 'VN 17' } },
      ],
      [reasonText('cashback', { order_id: 'A1' }), { code: 'cashback', params: { order_id: 'A1' } }],
      [
        reasonText('earn_rule', { event: 'Review Submitted', rule_id: 'rul_1', rule_version: 3 }),
        { code: 'earn_rule', params: { event: 'Review Submitted', rule_id: 'rul_1', rule_version: '3' } },
      ],
      [
        reasonText('redeemed', { reward: 'Voucher 50.000 ₫' }),
        { code: 'redeemed', params: { reward: 'Voucher 50.000 ₫' } },
      ],
      [
        reasonText('redemption_cancelled', { reward: 'Free shipping' }),
        { code: 'redemption_cancelled', params: { reward: 'Free shipping' } },
      ],
      [
        reasonText('challenge_completed', { challenge: 'Regular: 3 orders' }),
        { code: 'challenge_completed', params: { challenge: 'Regular: 3 orders' } },
      ],
      [
        reasonText('profile_merged', { from: 'cus_a', into: 'cus_b' }),
        { code: 'profile_merged', params: { from: 'cus_a', into: 'cus_b' } },
      ],
      [reasonText('pending_over'), { code: 'pending_over', params: {} }],
      [reasonText('lot_expired'), { code: 'lot_expired', params: {} }],
      [reasonText('inactivity'), { code: 'inactivity', params: {} }],
      [reasonText('birthday'), { code: 'birthday', params: {} }],
    ] as const;
    for (const [sentence, detail] of written)
      expect(reasonDetail('order', sentence), sentence).toEqual(detail);
    expect(reasonText('order', { order_id: 'o-3-2' })).toBe('Order o-3-2');
  });

  it('keeps a person’s words as a note, even when they look like a sentence of the ledger', () => {
    expect(reasonDetail('adjustment', 'Order 5')).toEqual({ code: 'note', params: { text: 'Order 5' } });
    expect(reasonDetail('order', 'Sorry for the late parcel')).toEqual({
      code: 'note',
      params: { text: 'Sorry for the late parcel' },
    });
  });
});
