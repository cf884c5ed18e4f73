// The import problems view's second list: events a consumer gave up on, newest first, paged.
import { describe, expect, it } from 'vitest';
import { createTestShop, ingest, track, useTestApp } from '../../testing/index.js';
import { consumerFailures, events } from './schema.js';
import { eq } from 'drizzle-orm';

const testApp = useTestApp();

describe('GET /v1/consumer_failures', () => {
  it('lists the workspace’s skipped events with their name and time, newest first, one page at a time', async () => {
    const shop = await createTestShop(testApp());
    const other = await createTestShop(testApp());
    const db = testApp().ctx.db;
    await ingest(db, shop.workspace.id, [
      track('Order Completed', { userId: 'ann', properties: { order_id: 'A1', total: 10, currency: 'USD' } }),
      track('Order Refunded', { userId: 'ann', properties: { order_id: 'A1', total: 10, currency: 'USD' } }),
    ]);
    const logged = await db.select().from(events).where(eq(events.workspaceId, shop.workspace.id));
    const completed = logged.find((row) => row.name === 'Order Completed')!;
    const refunded = logged.find((row) => row.name === 'Order Refunded')!;
    await db.insert(consumerFailures).values([
      {
        consumer: 'loyalty',
        eventId: completed.id,
        workspaceId: shop.workspace.id,
        error: 'boom',
        failedAt: new Date('2026-05-01T10:00:00Z'),
      },
      {
        consumer: 'analytics',
        eventId: refunded.id,
        workspaceId: shop.workspace.id,
        error: 'bang',
        failedAt: new Date('2026-05-02T10:00:00Z'),
      },
      {
        consumer: 'loyalty',
        eventId: refunded.id,
        workspaceId: other.workspace.id,
        error: 'not this shop',
        failedAt: new Date('2026-05-03T10:00:00Z'),
      },
    ]);
    const first = await shop.request({ method: 'GET', url: '/v1/consumer_failures?limit=1' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({
      object: 'list',
      has_more: true,
      data: [
        {
          object: 'consumer_failure',
          id: `analytics:${refunded.id}`,
          consumer: 'analytics',
          event_id: refunded.id,
          event_type: 'track',
          event_name: 'Order Refunded',
          error: 'bang',
          failed_at: '2026-05-02T10:00:00.000Z',
        },
      ],
    });
    const second = await shop.request({
      method: 'GET',
      url: `/v1/consumer_failures?limit=1&starting_after=${encodeURIComponent(`analytics:${refunded.id}`)}`,
    });
    expect(second.json()).toMatchObject({
      has_more: false,
      data: [{ consumer: 'loyalty', event_name: 'Order Completed', failed_at: '2026-05-01T10:00:00.000Z' }],
    });
  });
});
