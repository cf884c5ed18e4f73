// The shop-wide ledger names each entry's customer, so the dashboard shows who, not a cus_ id.
import { describe, expect, it } from 'vitest';
import { createTestShop, identify, ingest, useTestApp } from '../../../testing/index.js';
import { earnPoints } from '../index.js';

const testApp = useTestApp();

describe('GET /v1/loyalty/transactions', () => {
  it('answers each entry’s customer with their name, email and the shop’s id', async () => {
    const shop = await createTestShop(testApp());
    const db = testApp().ctx.db;
    await ingest(db, shop.workspace.id, [
      identify({ userId: 'u-mai', traits: { name: 'Mai Phạm', email: 'mai@example.com' } }),
    ]);
    const mai = (await shop.request({ method: 'GET', url: '/v1/customers/u-mai' })).json().id as string;
    for (const [customerId, key] of [
      [mai, 'm1'],
      ['cus_unknown', 'u1'],
    ] as const) {
      await db.transaction((tx) =>
        earnPoints(tx, {
          workspaceId: shop.workspace.id,
          customerId,
          points: 10,
          kind: 'earn',
          reason: 'Order',
          source: { type: 'order', id: key },
          idempotencyKey: key,
          at: new Date('2026-01-01T00:00:00Z'),
        }),
      );
    }
    const page = (await shop.request({ method: 'GET', url: '/v1/loyalty/transactions' })).json();
    const customerOf = (id: string) =>
      page.data.find((entry: { customer_id: string }) => entry.customer_id === id).customer;
    expect(customerOf(mai)).toEqual({
      id: mai,
      name: 'Mai Phạm',
      email: 'mai@example.com',
      external_id: 'u-mai',
    });
    expect(customerOf('cus_unknown')).toEqual({
      id: 'cus_unknown',
      name: null,
      email: null,
      external_id: null,
    });
  });
});
