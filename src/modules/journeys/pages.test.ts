import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import { dayMs, hourMs, minuteMs } from '../../core/time.js';
import type { Db } from '../../db/connection.js';
import type { NewEvent } from '../events/index.js';
import {
  createTestShop,
  identify,
  ingestAt,
  journeyMessages,
  journeyRuns,
  moveClockTo,
  publishedJourney,
  track,
  useTestApp,
  type TestShop,
} from '../../testing/index.js';

// The consumer enters a page's customers together and the worker walks a claim's runs together
// (one statement per node visited, not per run). Batched must mean nothing else: the same events
// read as one page and read one by one leave every run, its history and the outbox the same,
// including a customer who enters twice in one page, converts in it, or answers a wait in it.

const start = new Date(Math.floor(Date.now() / dayMs) * dayMs + 3 * hourMs);
const clock = fixedClock(start);
// A database of its own: the journeys worker steps every workspace's due runs.
const testApp = useTestApp({ clock, privateDatabase: true });
const db = (): Db => testApp().ctx.db;
const at = (date: Date) => ({ occurredAt: date, receivedAt: date });

const customers = Array.from({ length: 30 }, (_, index) => `c${String(index).padStart(2, '0')}`);
const everyone = [...customers, 'dup', 'conv', 'cart'];

const journeys = {
  thanks: {
    entry: { kind: 'event', event: 'Order Completed' },
    reentry: { mode: 'never' },
    goal: { event: 'Order Completed', within_days: 30 },
    holdout_percent: 0,
    start: 'thanks',
    nodes: {
      thanks: { type: 'message', channel: 'email', template: { library: 'thank_you' }, next: 'vip' },
      vip: {
        type: 'branch',
        condition: { field: 'traits.vip', op: 'eq', value: true },
        yes: 'offer',
        no: 'pause',
      },
      offer: { type: 'message', channel: 'email', template: { library: 'win_back' }, next: 'pause' },
      pause: { type: 'delay', for: { days: 2 }, next: 'nudge' },
      nudge: { type: 'message', channel: 'email', template: { library: 'at_risk' } },
    },
  },
  // No wait anywhere: a run ends in the step it enters, so a second order in the page enters again.
  receipt: {
    entry: { kind: 'event', event: 'Order Completed' },
    reentry: { mode: 'after_end' },
    holdout_percent: 0,
    start: 'receipt',
    nodes: { receipt: { type: 'message', channel: 'email', template: { library: 'welcome' } } },
  },
  cart: {
    entry: { kind: 'event', event: 'Checkout Started' },
    entry_key: 'cart_id',
    reentry: { mode: 'after_end' },
    holdout_percent: 0,
    start: 'bought',
    nodes: {
      bought: {
        type: 'wait',
        event: 'Order Completed',
        same_entry_key: true,
        timeout: { hours: 4 },
        next: 'done',
        timeout_next: 'remind',
      },
      done: { type: 'exit' },
      remind: { type: 'message', channel: 'email', template: { library: 'welcome' } },
    },
  },
};

function pageOfEvents(): NewEvent[] {
  const now = clock.now();
  const minuteLater = new Date(now.getTime() + minuteMs);
  const order = (userId: string, id: string, when: Date, extra: Record<string, unknown> = {}) =>
    track('Order Completed', {
      userId,
      properties: { order_id: id, total: 250_000, currency: 'VND', ...extra },
      ...at(when),
    });
  return [
    ...customers.map((userId) => order(userId, `o-${userId}`, now)),
    order('dup', 'd1', now),
    track('Checkout Started', { userId: 'cart', properties: { cart_id: 'k1' }, ...at(now) }),
    order('conv', 'v1', now),
    order('dup', 'd2', minuteLater),
    order('conv', 'v2', minuteLater),
    order('cart', 'k-order', minuteLater, { cart_id: 'k1' }),
  ];
}

async function shopWithJourneys(): Promise<{ shop: TestShop; ids: Record<keyof typeof journeys, string> }> {
  clock.set(start);
  const shop = await createTestShop(testApp(), {
    currency: 'VND',
    timezone: 'Asia/Ho_Chi_Minh',
    locale: 'vi-VN',
  });
  await ingestAt(
    db(),
    clock,
    shop,
    everyone.map((userId, index) =>
      identify({
        userId,
        traits: { email: `${userId}@example.com`, vip: index % 3 === 0 },
        ...at(clock.now()),
      }),
    ),
  );
  const ids = {
    thanks: await publishedJourney(shop, 'Thanks', journeys.thanks),
    receipt: await publishedJourney(shop, 'Receipt', journeys.receipt),
    cart: await publishedJourney(shop, 'Cart', journeys.cart),
  };
  return { shop, ids };
}

/** Every journey's runs and messages, in an order that does not depend on run ids. */
async function outcome(ids: Record<string, string>) {
  const result: Record<string, unknown> = {};
  for (const [name, id] of Object.entries(ids)) {
    const runs = (await journeyRuns(db(), id)).map(({ customer, node, state, outcome, actions }) => ({
      customer,
      node,
      state,
      outcome,
      actions,
    }));
    const messages = (await journeyMessages(db(), id)).map(
      ({ customer, library_key }) => `${customer}:${library_key}`,
    );
    result[name] = {
      runs: runs.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      messages: messages.sort(),
    };
  }
  return result;
}

describe('journeys read a page of events together', () => {
  // The events read one by one are 36 ingests, each drained through every consumer: past the
  // default 60 s on PostgreSQL 15 under a CI machine's load.
  it(
    'leave the same runs, histories and outbox as the events read one by one',
    { timeout: 180_000 },
    async () => {
      const together = await shopWithJourneys();
      await ingestAt(db(), clock, together.shop, pageOfEvents());
      await moveClockTo(db(), clock, new Date(start.getTime() + 2 * dayMs + minuteMs));
      const batched = await outcome(together.ids);

      const alone = await shopWithJourneys();
      for (const event of pageOfEvents()) await ingestAt(db(), clock, alone.shop, [event]);
      await moveClockTo(db(), clock, new Date(start.getTime() + 2 * dayMs + minuteMs));
      expect(batched).toEqual(await outcome(alone.ids));

      // And what they are: every customer's thanks, an offer for the VIPs, the nudge two days on.
      const thanks = batched.thanks as {
        runs: { customer: string; actions: string[] }[];
        messages: string[];
      };
      expect(thanks.runs).toHaveLength(everyone.length);
      expect(thanks.messages.filter((message) => message.endsWith(':thank_you'))).toHaveLength(
        everyone.length,
      );
      expect(thanks.messages.filter((message) => message.endsWith(':win_back'))).toHaveLength(
        everyone.filter((_, index) => index % 3 === 0).length,
      );
      expect(thanks.runs.find((run) => run.customer === 'conv')!.actions).toContain('converted:pause');
      expect(thanks.runs.find((run) => run.customer === 'c00')!.actions).toEqual([
        'entered',
        'sent:thanks',
        'yes:vip',
        'sent:offer',
        'delaying:pause',
        'delay_ended:pause',
        'sent:nudge',
      ]);
      const receipt = batched.receipt as { runs: { customer: string }[] };
      expect(receipt.runs.filter((run) => run.customer === 'dup')).toHaveLength(2);
      expect(batched.cart).toMatchObject({
        runs: [
          {
            customer: 'cart',
            state: 'ended',
            actions: ['entered', 'waiting:bought', 'event_arrived:bought', 'exit:done'],
          },
        ],
        messages: [],
      });
    },
  );
});
