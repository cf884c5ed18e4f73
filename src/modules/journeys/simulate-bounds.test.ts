import { describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import type * as Limits from '../../core/limits.js';
import { dayMs, hourMs } from '../../core/time.js';
import type { Db } from '../../db/connection.js';
import { createTestShop, identify, ingestAt, track, useTestApp } from '../../testing/index.js';

// The simulation's bounds, made small: past them it answers what it replayed and says it was
// truncated, and the replay ends at the last event it read (not at now).
vi.mock('../../core/limits.js', async (original) => ({
  ...(await original<typeof Limits>()),
  journeySimulationEventsMax: 4,
  journeySimulationCustomersMax: 2,
}));

const now = new Date(Math.floor(Date.now() / dayMs) * dayMs + 3 * hourMs);
const clock = fixedClock(now);
const testApp = useTestApp({ clock });
const db = (): Db => testApp().ctx.db;
const ago = (ms: number) => new Date(now.getTime() - ms);
const at = (date: Date) => ({ occurredAt: date, receivedAt: date });

describe('a simulation past its bounds', () => {
  it('follows the first customers, reads the first events, ends at the last one read and says truncated', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND', timezone: 'Asia/Ho_Chi_Minh' });
    const users = ['an', 'binh', 'chi'];
    await ingestAt(
      db(),
      clock,
      shop,
      users.map((userId) => identify({ userId, ...at(ago(60 * dayMs)) })),
    );
    const checkout = (userId: string, cart: string, when: Date) =>
      track('Checkout Started', { userId, properties: { cart_id: cart }, ...at(when) });
    await ingestAt(db(), clock, shop, [
      checkout('an', 'c1', ago(10 * dayMs)),
      track('Order Completed', {
        userId: 'an',
        properties: { cart_id: 'c1' },
        ...at(ago(10 * dayMs - hourMs)),
      }),
      checkout('binh', 'c2', ago(9 * dayMs)),
      // A third customer: past the customers bound, her checkout is read but not followed.
      checkout('chi', 'c3', ago(8 * dayMs)),
      // The fifth event: past the events bound, never read.
      track('Order Completed', { userId: 'binh', properties: { cart_id: 'c2' }, ...at(ago(7 * dayMs)) }),
    ]);
    const graph = {
      entry: { kind: 'event', event: 'Checkout Started' },
      entry_key: 'cart_id',
      reentry: { mode: 'never' },
      holdout_percent: 0,
      start: 'wait_order',
      nodes: {
        wait_order: {
          type: 'wait',
          event: 'Order Completed',
          same_entry_key: true,
          timeout: { hours: 4 },
          next: 'thanks',
          timeout_next: 'remind',
        },
        thanks: { type: 'message', channel: 'email', template: { library: 'thank_you' } },
        remind: { type: 'message', channel: 'email', template: { library: 'at_risk' }, next: 'pause' },
        pause: { type: 'delay', for: { days: 2 }, next: 'text' },
        text: { type: 'message', channel: 'sms', template: { library: 'at_risk' } },
      },
    };
    const created = await shop.request({
      method: 'POST',
      url: '/v1/journeys',
      payload: { name: 'Bounded', graph },
    });
    const id = created.json().id as string;

    const answer = (
      await shop.request({ method: 'POST', url: `/v1/journeys/${id}/simulate`, payload: {} })
    ).json();
    // An is thanked; Binh times out and is reminded, then waits out a delay that ends after the
    // replay does (Chi's checkout, 8 days ago) — had it run to now, the SMS would have gone too.
    expect(answer).toMatchObject({
      entered: 2,
      customers: 2,
      at_nodes: { pause: 1 },
      ended: { completed: 1, converted: 0, exited: 0 },
      messages: { email: 2 },
      events_replayed: 3,
      replayed_to: ago(8 * dayMs).toISOString(),
      truncated: true,
    });
  });
});
