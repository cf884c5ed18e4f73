import { describe, expect, it } from 'vitest';
import { createTestShop, ledgerHolds, useTestApp } from '../../../testing/index.js';
import { earnPoints, spendPoints } from '../index.js';

const testApp = useTestApp();

const db = () => testApp().ctx.db;
const day = (d: string) => new Date(`${d}T00:00:00Z`);

async function earn(workspaceId: string, customerId: string, points: number, at: Date, key: string) {
  const source = { type: 'order', id: key };
  const input = {
    workspaceId,
    customerId,
    points,
    kind: 'earn' as const,
    reason: 'Order',
    source,
    idempotencyKey: key,
    at,
  };
  return (await db().transaction((tx) => earnPoints(tx, input))).entryId;
}

describe('GET /v1/loyalty/transactions', () => {
  it('lists every customer’s entries newest first, a page at a time, filtered by kind', async () => {
    const shop = await createTestShop(testApp());
    const other = await createTestShop(testApp());
    const ws = shop.workspace.id;
    const a1 = await earn(ws, 'cus_a', 10, day('2026-01-01'), 'a1');
    const b1 = await earn(ws, 'cus_b', 20, day('2026-01-03'), 'b1');
    // Recorded last but happened in between: the list follows when entries happened.
    const a2 = await earn(ws, 'cus_a', 30, day('2026-01-02'), 'a2');
    const spent = await db().transaction((tx) =>
      spendPoints(tx, {
        workspaceId: ws,
        customerId: 'cus_b',
        points: 5,
        reason: 'Reward',
        source: { type: 'loyalty_redemption', id: 'red_1' },
        idempotencyKey: 'spend-b',
        at: day('2026-01-04'),
      }),
    );
    await earn(other.workspace.id, 'cus_z', 99, day('2026-01-05'), 'z1');

    const first = await shop.request({ method: 'GET', url: '/v1/loyalty/transactions?limit=2' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({
      object: 'list',
      has_more: true,
      data: [
        expect.objectContaining({
          object: 'points_transaction',
          id: (spent as { entryId: string }).entryId,
          customer_id: 'cus_b',
          kind: 'redeem',
          points: -5,
          reason: 'Reward',
          source: { type: 'loyalty_redemption', id: 'red_1' },
          occurred_at: '2026-01-04T00:00:00.000Z',
        }),
        expect.objectContaining({ id: b1, customer_id: 'cus_b', kind: 'earn', points: 20 }),
      ],
    });
    const second = await shop.request({
      method: 'GET',
      url: `/v1/loyalty/transactions?limit=2&starting_after=${b1}`,
    });
    expect(second.json().has_more).toBe(false);
    expect(second.json().data.map((e: { id: string }) => e.id)).toEqual([a2, a1]);

    const earns = await shop.request({ method: 'GET', url: '/v1/loyalty/transactions?kind=earn' });
    expect(earns.json().data.map((e: { id: string }) => e.id)).toEqual([b1, a2, a1]);
    await ledgerHolds(db(), ws);
  });

  it('answers an empty list, and names a bad kind or an unknown anchor', async () => {
    const shop = await createTestShop(testApp());
    const empty = await shop.request({ method: 'GET', url: '/v1/loyalty/transactions' });
    expect(empty.json()).toEqual({ object: 'list', data: [], has_more: false });
    const badKind = await shop.request({ method: 'GET', url: '/v1/loyalty/transactions?kind=gift' });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().error).toMatchObject({ code: 'parameter_invalid', param: 'kind' });
    const unknown = await shop.request({
      method: 'GET',
      url: '/v1/loyalty/transactions?starting_after=ptx_missing',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({ code: 'resource_missing', param: 'starting_after' });
    await ledgerHolds(db(), shop.workspace.id);
  });
});
