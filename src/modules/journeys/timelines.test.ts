import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import { dayMs, hourMs, minuteMs } from '../../core/time.js';
import { queryRows, type Db } from '../../db/connection.js';
import { appendEvents } from '../events/index.js';
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

// Journeys with the clock moved forward: each run is where it should be at each moment, and the
// outbox holds exactly the messages its steps wrote.

const start = new Date(Math.floor(Date.now() / dayMs) * dayMs + 3 * hourMs);
const clock = fixedClock(start);
// A database of its own: the journeys worker steps every workspace's due runs.
const testApp = useTestApp({ clock, privateDatabase: true });
const db = (): Db => testApp().ctx.db;
const at = (date: Date) => ({ occurredAt: date, receivedAt: date });
const later = (ms: number) => new Date(clock.now().getTime() + ms);

async function shopWith(users: string[]): Promise<TestShop> {
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
    users.map((userId) =>
      identify({ userId, traits: { email: `${userId}@example.com` }, ...at(clock.now()) }),
    ),
  );
  return shop;
}

const order = (userId: string, id: string, extra: Record<string, unknown> = {}) =>
  track('Order Completed', {
    userId,
    properties: { order_id: id, total: 250_000, currency: 'VND', ...extra },
    ...at(clock.now()),
  });

describe('a journey walked with the clock moved forward', () => {
  it('enters, sends, waits, branches, and counts a later order as the conversion', async () => {
    const shop = await shopWith(['an', 'binh']);
    const journey = await publishedJourney(shop, 'Thank-you and nudge', {
      entry: { kind: 'event', event: 'Order Completed' },
      reentry: { mode: 'never' },
      goal: { event: 'Order Completed', within_days: 30 },
      holdout_percent: 0,
      start: 'thanks',
      nodes: {
        thanks: { type: 'message', channel: 'email', template: { library: 'thank_you' }, next: 'two_days' },
        two_days: { type: 'delay', for: { days: 2 }, next: 'repeat' },
        repeat: {
          type: 'branch',
          condition: { field: 'orders.count', op: 'gte', value: 2 },
          yes: 'bonus',
          no: 'nudge',
        },
        bonus: { type: 'points', points: 100, reason: 'Second order' },
        nudge: { type: 'message', channel: 'email', template: { library: 'at_risk' } },
      },
    });
    await ingestAt(db(), clock, shop, [order('an', 'a1'), order('binh', 'b1')]);
    expect(await journeyRuns(db(), journey)).toMatchObject([
      {
        customer: 'an',
        node: 'two_days',
        state: 'active',
        actions: ['entered', 'sent:thanks', 'delaying:two_days'],
      },
      { customer: 'binh', node: 'two_days', state: 'active' },
    ]);
    expect((await journeyMessages(db(), journey)).map((m) => [m.customer, m.library_key])).toEqual([
      ['an', 'thank_you'],
      ['binh', 'thank_you'],
    ]);

    // Binh orders again on day 1: the goal is met (the run converts and ends), nothing more is sent.
    await moveClockTo(db(), clock, later(dayMs));
    await ingestAt(db(), clock, shop, [order('binh', 'b2')]);
    await moveClockTo(db(), clock, later(dayMs - minuteMs));
    expect((await journeyRuns(db(), journey))[0]).toMatchObject({
      customer: 'an',
      node: 'two_days',
      state: 'active',
    });

    // The delay ends at its instant: An has one order, so the branch says no and the nudge goes out.
    await moveClockTo(db(), clock, later(minuteMs));
    const runs = await journeyRuns(db(), journey);
    expect(runs).toMatchObject([
      { customer: 'an', state: 'ended', outcome: 'completed' },
      { customer: 'binh', state: 'ended', outcome: 'converted' },
    ]);
    expect(runs[0]!.actions).toEqual([
      'entered',
      'sent:thanks',
      'delaying:two_days',
      'delay_ended:two_days',
      'no:repeat',
      'sent:nudge',
    ]);
    expect(runs[1]!.actions).toEqual(['entered', 'sent:thanks', 'delaying:two_days', 'converted:two_days']);
    expect((await journeyMessages(db(), journey)).map((m) => [m.customer, m.library_key])).toEqual([
      ['an', 'thank_you'],
      ['binh', 'thank_you'],
      ['an', 'at_risk'],
    ]);

    // An's order on day 5, inside the 30-day window, converts the run that already completed.
    await moveClockTo(db(), clock, later(3 * dayMs));
    await ingestAt(db(), clock, shop, [order('an', 'a2')]);
    const report = (await shop.request({ method: 'GET', url: `/v1/journeys/${journey}/report` })).json();
    expect(report.total).toMatchObject({ entered: 2, converted: 2, in_progress: 0 });
  });

  it('ends a run on day 1 of a 30-day delay the moment the exit event is read', async () => {
    const shop = await shopWith(['chi']);
    const journey = await publishedJourney(shop, 'Welcome series', {
      entry: { kind: 'event', event: 'Signed Up' },
      reentry: { mode: 'never' },
      exits: [{ event: 'Order Completed' }],
      holdout_percent: 0,
      start: 'wait',
      nodes: {
        wait: { type: 'delay', for: { days: 30 }, next: 'offer' },
        offer: { type: 'message', channel: 'email', template: { library: 'welcome' } },
      },
    });
    await ingestAt(db(), clock, shop, [track('Signed Up', { userId: 'chi', ...at(clock.now()) })]);
    clock.set(later(dayMs));
    // Only the consumer runs: no timer fires, and the run still ends now.
    await ingestAt(db(), clock, shop, [order('chi', 'c1')]);
    expect(await journeyRuns(db(), journey)).toMatchObject([
      {
        customer: 'chi',
        state: 'ended',
        outcome: 'exited',
        actions: ['entered', 'delaying:wait', 'exited:wait'],
      },
    ]);
    await moveClockTo(db(), clock, later(31 * dayMs));
    expect(await journeyMessages(db(), journey)).toEqual([]);
  });

  it('resolves an abandoned-cart wait on the same cart_id and times out otherwise', async () => {
    const shop = await shopWith(['dung']);
    const journey = await publishedJourney(shop, 'Abandoned cart', {
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
    });
    const checkout = (cart: string) =>
      track('Checkout Started', { userId: 'dung', properties: { cart_id: cart }, ...at(clock.now()) });
    await ingestAt(db(), clock, shop, [checkout('c1'), checkout('c2')]);
    clock.set(later(hourMs));
    // An order for another cart answers neither wait; the one for c1 answers c1's.
    await ingestAt(db(), clock, shop, [
      order('dung', 'o9', { cart_id: 'c9' }),
      order('dung', 'o1', { cart_id: 'c1' }),
    ]);
    await moveClockTo(db(), clock, later(3 * hourMs - minuteMs));
    expect(await journeyRuns(db(), journey)).toMatchObject([
      {
        state: 'ended',
        outcome: 'completed',
        actions: ['entered', 'waiting:bought', 'event_arrived:bought', 'exit:done'],
      },
      { state: 'waiting', node: 'bought' },
    ]);
    await moveClockTo(db(), clock, later(minuteMs));
    expect(await journeyRuns(db(), journey)).toMatchObject([
      { state: 'ended' },
      {
        state: 'ended',
        outcome: 'completed',
        actions: ['entered', 'waiting:bought', 'timed_out:bought', 'sent:remind'],
      },
    ]);
    expect(await journeyMessages(db(), journey)).toHaveLength(1);
  });

  it('follows a run to the profile an anonymous visitor merges into', async () => {
    const shop = await shopWith(['hoa']);
    const journey = await publishedJourney(shop, 'Cart by anyone', {
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
        },
        done: { type: 'exit' },
      },
    });
    await ingestAt(db(), clock, shop, [
      track('Checkout Started', {
        anonymousId: 'visitor-1',
        properties: { cart_id: 'k1' },
        ...at(clock.now()),
      }),
    ]);
    // Signing in joins the visitor to Hoa; her order for the same cart answers the wait.
    await ingestAt(db(), clock, shop, [
      identify({ userId: 'hoa', anonymousId: 'visitor-1', ...at(clock.now()) }),
    ]);
    await ingestAt(db(), clock, shop, [order('hoa', 'h1', { cart_id: 'k1' })]);
    expect(await journeyRuns(db(), journey)).toMatchObject([
      {
        customer: 'hoa',
        state: 'ended',
        outcome: 'completed',
        actions: ['entered', 'waiting:bought', 'event_arrived:bought', 'exit:done'],
      },
    ]);
  });

  it("starts runs on retain's own events, such as loyalty's tier change", async () => {
    const shop = await shopWith(['lan']);
    const journey = await publishedJourney(shop, 'Tier up', {
      entry: {
        kind: 'event',
        event: 'Tier Changed',
        where: [{ field: 'properties.direction', op: 'eq', value: 'up' }],
      },
      reentry: { mode: 'after_end' },
      holdout_percent: 0,
      start: 'congrats',
      nodes: { congrats: { type: 'message', channel: 'email', template: { library: 'tier_up' } } },
    });
    const [lan] = await queryRows<{ id: string }>(
      db(),
      sql`select id from customers where external_id = 'lan'`,
    );
    const tierChange = (direction: string, n: number) => ({
      messageId: `retain:tier:${lan!.id}:${n}`,
      type: 'track' as const,
      name: 'Tier Changed',
      properties: { customer_id: lan!.id, direction, to_tier: 'Gold' },
      ...at(clock.now()),
      source: 'retain',
    });
    await appendEvents(db(), shop.workspace.id, [tierChange('down', 1), tierChange('up', 2)]);
    await moveClockTo(db(), clock, clock.now());
    expect(await journeyRuns(db(), journey)).toMatchObject([
      { customer: 'lan', actions: ['entered', 'sent:congrats'] },
    ]);
  });
});
