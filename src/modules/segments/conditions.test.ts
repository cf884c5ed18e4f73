import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import { dayMs } from '../../core/time.js';
import { queryRows, type Db } from '../../db/connection.js';
import { consumers } from '../../server/consumers.js';
import { createTestShop, identify, track, useTestApp, type TestShop } from '../../testing/index.js';
import {
  customerScoresRelation,
  recomputeAll,
  recomputedMedianClv,
  scoresChangedAt,
} from '../analytics/index.js';
import { appendEvents, drainConsumers, type NewEvent } from '../events/index.js';
import { segmentsConsumer } from './consumer.js';
import type { Definition } from './definition.js';
import { evaluateCustomers } from './evaluate.js';
import { createSegment, liveSegments, updateSegment } from './segments.js';
import { runSegmentWork } from './worker.js';

// Each condition kind on a small shop whose expected members are worked out here, customer by
// customer. Analytics scores orders at the real time, so histories are laid out back from today;
// conditions on profiles alone (anniversaries) run at chosen instants instead.
const today = new Date(Math.floor(Date.now() / dayMs) * dayMs + 3 * 3_600_000);
const testApp = useTestApp({ clock: fixedClock(today) });
const db = (): Db => testApp().ctx.db;
const daysAgo = (days: number) => new Date(today.getTime() - days * dayMs);
const daysAfter = (days: number) => new Date(today.getTime() + days * dayMs);
const at = (date: Date | string) => ({ occurredAt: new Date(date), receivedAt: new Date(date) });

/** Appends and drains every consumer, the segments consumer at `now`. */
async function ingest(shop: TestShop, events: NewEvent[], now: Date = today): Promise<void> {
  await appendEvents(db(), shop.workspace.id, events);
  await drainConsumers(db(), [
    ...consumers.filter((c) => c.name !== 'segments'),
    segmentsConsumer(fixedClock(now)),
  ]);
}

const work = (now: Date = today) => runSegmentWork(db(), now, scoresChangedAt);

/** Saves each definition as a segment and builds them all at `now`; answers their ids by name. */
async function build<K extends string>(
  shop: TestShop,
  definitions: Record<K, Definition>,
  now: Date = today,
): Promise<Record<K, string>> {
  const ids = {} as Record<K, string>;
  for (const [name, definition] of Object.entries(definitions) as [K, Definition][]) {
    ids[name] = (await createSegment(db(), shop.workspace.id, { name, definition }, now)).id;
  }
  await work(now);
  return ids;
}

/** Current members by the shop's user id, sorted. */
async function members(segmentId: string): Promise<string[]> {
  const rows = await queryRows<{ external_id: string | null; id: string }>(
    db(),
    sql`select c.external_id, c.id from segment_memberships m join customers c on c.id = m.customer_id
        where m.segment_id = ${segmentId} and m.exited_at is null`,
  );
  return rows.map((row) => row.external_id ?? row.id).sort();
}

/** Every segment's members, by segment name. */
async function membersOf<K extends string>(ids: Record<K, string>): Promise<Record<K, string[]>> {
  const out = {} as Record<K, string[]>;
  for (const [name, id] of Object.entries(ids) as [K, string][]) out[name] = await members(id);
  return out;
}

async function timers(segmentId: string): Promise<Record<string, string>> {
  const rows = await queryRows<{ external_id: string; due_at: Date }>(
    db(),
    sql`select c.external_id, t.due_at from segment_timers t join customers c on c.id = t.customer_id
        where t.segment_id = ${segmentId}`,
  );
  return Object.fromEntries(rows.map((row) => [row.external_id, new Date(row.due_at).toISOString()]));
}

const order = (userId: string, id: string, total: number, date: Date, extra: Record<string, unknown> = {}) =>
  track('Order Completed', {
    userId,
    properties: { order_id: id, total, currency: 'VND', ...extra },
    ...at(date),
  });

describe('profile fields and traits', () => {
  it('compares text, numbers, booleans, dates and relative dates, nested paths, wrong JSON types', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND', timezone: 'Asia/Ho_Chi_Minh' });
    await ingest(shop, [
      identify({
        userId: 'an',
        traits: {
          email: 'an@shop.vn',
          plan: 'gold',
          age: 34,
          vip: true,
          score: 'high',
          signup: '2024-05-10',
          last_login: daysAgo(3).toISOString(),
          address: { city: 'Hanoi' },
        },
        ...at(daysAgo(100)),
      }),
      identify({
        userId: 'binh',
        traits: {
          email: 'binh@example.com',
          plan: 'silver',
          age: 19,
          vip: false,
          score: 7,
          signup: '2025-01-15',
          last_login: daysAgo(40).toISOString(),
          address: { city: 'Saigon' },
        },
        ...at(daysAgo(100)),
      }),
      identify({
        userId: 'chi',
        // vip as the text "true" and address as a bare string: the wrong JSON types for the conditions.
        traits: {
          email: 'chi@shop.vn',
          plan: 'Gold Plus',
          age: 50,
          vip: 'true',
          score: 12,
          address: 'Hanoi',
        },
        ...at(daysAgo(100)),
      }),
      // dung: no email, no plan, age as the text "34" (not a number), first seen two days ago.
      identify({ userId: 'dung', traits: { age: '34' }, ...at(daysAgo(2)) }),
    ]);
    const ids = await build(shop, {
      planEq: { field: 'traits.plan', op: 'eq', value: 'gold' },
      // Text equality is exact: "Gold Plus" is not "gold"; a customer without a plan is not gold.
      planNeq: { field: 'traits.plan', op: 'neq', value: 'gold' },
      planIn: { field: 'traits.plan', op: 'in', value: ['gold', 'silver'] },
      planNotIn: { field: 'traits.plan', op: 'not_in', value: ['gold', 'silver'] },
      // contains and starts_with ignore case.
      planContains: { field: 'traits.plan', op: 'contains', value: 'GOLD' },
      emailStarts: { field: 'profile.email', op: 'starts_with', value: 'AN@' },
      emailContains: { field: 'profile.email', op: 'contains', value: '@shop.vn' },
      planExists: { field: 'traits.plan', op: 'exists' },
      emailMissing: { field: 'profile.email', op: 'not_exists' },
      ageGt: { field: 'traits.age', op: 'gt', value: 34 },
      ageGte: { field: 'traits.age', op: 'gte', value: 34 },
      ageLt: { field: 'traits.age', op: 'lt', value: 34 },
      ageLte: { field: 'traits.age', op: 'lte', value: 19 },
      ageBetween: { field: 'traits.age', op: 'between', value: [19, 34] },
      ageIn: { field: 'traits.age', op: 'in', value: [19, 50] },
      vipTrue: { field: 'traits.vip', op: 'eq', value: true },
      vipFalse: { field: 'traits.vip', op: 'eq', value: false },
      // A bare date is the start of that day in the customer's zone (here the shop's, UTC+7).
      signupAfter: { field: 'traits.signup', op: 'gt', value: '2024-12-31' },
      signupBefore: { field: 'traits.signup', op: 'lt', value: '2024-12-31' },
      signupBetween: { field: 'traits.signup', op: 'between', value: ['2024-05-10', '2024-05-11'] },
      // an's 2024-05-10 is 2024-05-09T17:00Z: at that instant, not after it.
      signupAtInstant: { field: 'traits.signup', op: 'gte', value: '2024-05-09T17:00:00Z' },
      signupAfterInstant: { field: 'traits.signup', op: 'gt', value: '2024-05-09T17:00:00Z' },
      loginSince: { field: 'traits.last_login', op: 'gte', value: daysAgo(7).toISOString() },
      loginWithin: { field: 'traits.last_login', op: 'within_last_days', value: 7 },
      loginLongAgo: { field: 'traits.last_login', op: 'more_than_days_ago', value: 30 },
      newProfiles: { field: 'profile.first_seen_at', op: 'within_last_days', value: 7 },
      oldProfiles: { field: 'profile.first_seen_at', op: 'more_than_days_ago', value: 30 },
      city: { field: 'traits.address.city', op: 'eq', value: 'Hanoi' },
      scoreGt: { field: 'traits.score', op: 'gt', value: 5 },
    });
    expect(await membersOf(ids)).toEqual({
      planEq: ['an'],
      planNeq: ['binh', 'chi', 'dung'],
      planIn: ['an', 'binh'],
      planNotIn: ['chi', 'dung'],
      planContains: ['an', 'chi'],
      emailStarts: ['an'],
      emailContains: ['an', 'chi'],
      planExists: ['an', 'binh', 'chi'],
      emailMissing: ['dung'],
      // dung's "34" is text: no number comparison matches it, and nothing fails.
      ageGt: ['chi'],
      ageGte: ['an', 'chi'],
      ageLt: ['binh'],
      ageLte: ['binh'],
      ageBetween: ['an', 'binh'],
      ageIn: ['binh', 'chi'],
      // chi's "true" is text, not a boolean.
      vipTrue: ['an'],
      vipFalse: ['binh'],
      signupAfter: ['binh'],
      signupBefore: ['an'],
      signupBetween: ['an'],
      signupAtInstant: ['an', 'binh'],
      signupAfterInstant: ['binh'],
      loginSince: ['an'],
      loginWithin: ['an'],
      loginLongAgo: ['binh'],
      newProfiles: ['dung'],
      oldProfiles: ['an', 'binh', 'chi'],
      // chi's address is a string: the path finds nothing.
      city: ['an'],
      // an's score is "high": not a number, so no match and no cast error for the page.
      scoreGt: ['binh', 'chi'],
    });
    // Only answers still to change with time have timers: an's login leaves "the last 7 days" 7
    // days after it and becomes "more than 30 days ago" 30 days after it; binh's is past both;
    // dung's first sight leaves "the last 7 days" 7 days after it.
    expect(await timers(ids.loginWithin)).toEqual({ an: daysAfter(4).toISOString() });
    expect(await timers(ids.loginLongAgo)).toEqual({ an: daysAfter(27).toISOString() });
    expect(await timers(ids.newProfiles)).toEqual({ dung: daysAfter(5).toISOString() });
  });
});

describe('anniversaries in the customer zone', () => {
  it('counts the days to a birthday from the customer’s own today (Tokyo is a day ahead of UTC)', async () => {
    // 2026-06-30T16:30Z: still 30 June in UTC, already 1 July 01:30 in Tokyo.
    const now = new Date('2026-06-30T16:30:00Z');
    const shop = await createTestShop(testApp(), { currency: 'VND', timezone: 'UTC' });
    await ingest(
      shop,
      [
        identify({
          userId: 'tokyo-0708',
          traits: { timezone: 'Asia/Tokyo', birthday: '1990-07-08' },
          ...at('2026-01-01'),
        }),
        identify({
          userId: 'tokyo-0630',
          traits: { timezone: 'Asia/Tokyo', birthday: '1990-06-30' },
          ...at('2026-01-01'),
        }),
        identify({ userId: 'utc-0708', traits: { birthday: '1990-07-08' }, ...at('2026-01-01') }),
        identify({ userId: 'utc-0630', traits: { birthday: '1990-06-30' }, ...at('2026-01-01') }),
        identify({ userId: 'nobody', traits: {}, ...at('2026-01-01') }),
      ],
      now,
    );
    const ids = await build(
      shop,
      {
        nextWeek: { field: 'profile.birthday', op: 'anniversary_within_days', value: 7 },
        thisMonth: { field: 'profile.birthday', op: 'anniversary_this_month' },
      },
      now,
    );
    expect(await membersOf(ids)).toEqual({
      // Tokyo's today is 1 July: 8 July is 7 days away (in), 30 June has passed (next year: out).
      // Without a zone the workspace's UTC rules: 30 June is today (in), 8 July 8 days away (out).
      nextWeek: ['tokyo-0708', 'utc-0630'],
      // July in Tokyo, June in UTC.
      thisMonth: ['tokyo-0708', 'utc-0630'],
    });
    expect(await timers(ids.nextWeek)).toEqual({
      // Leaves the day after the birthday, at midnight in Tokyo (9 July 00:00 +09:00).
      'tokyo-0708': '2026-07-08T15:00:00.000Z',
      // Enters 7 days before the next one (23 June 2027) at Tokyo midnight.
      'tokyo-0630': '2027-06-22T15:00:00.000Z',
      // Enters at UTC midnight on 1 July, 7 days before 8 July.
      'utc-0708': '2026-07-01T00:00:00.000Z',
      // Leaves at UTC midnight on 1 July.
      'utc-0630': '2026-07-01T00:00:00.000Z',
    });
    expect(await timers(ids.thisMonth)).toEqual({
      'tokyo-0708': '2026-07-31T15:00:00.000Z',
      'tokyo-0630': '2027-05-31T15:00:00.000Z',
      'utc-0708': '2026-07-01T00:00:00.000Z',
      'utc-0630': '2026-07-01T00:00:00.000Z',
    });
  });

  it('keeps a 29 February birthday on the 28th in a common year', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND', timezone: 'UTC' });
    const first = new Date('2026-02-27T05:00:00Z');
    await ingest(
      shop,
      [
        identify({ userId: 'leap', traits: { birthday: '2000-02-29' }, ...at('2026-01-01') }),
        identify({ userId: 'march', traits: { birthday: '2000-03-01' }, ...at('2026-01-01') }),
      ],
      first,
    );
    const ids = await build(
      shop,
      {
        today: { field: 'profile.birthday', op: 'anniversary_within_days', value: 0 },
        tomorrow: { field: 'profile.birthday', op: 'anniversary_within_days', value: 1 },
        thisMonth: { field: 'profile.birthday', op: 'anniversary_this_month' },
      },
      first,
    );
    // 27 February 2026: the leap birthday is tomorrow (28th), 1 March in two days.
    expect(await membersOf(ids)).toEqual({ today: [], tomorrow: ['leap'], thisMonth: ['leap'] });
    expect((await timers(ids.today)).leap).toBe('2026-02-28T00:00:00.000Z');

    // 28 February: the timers fire with no event; the leap birthday is today.
    await work(new Date('2026-02-28T00:00:00Z'));
    expect(await membersOf(ids)).toEqual({
      today: ['leap'],
      tomorrow: ['leap', 'march'],
      thisMonth: ['leap'],
    });
    // 1 March: the leap birthday is over, 1 March's is today, and the month is March's.
    await work(new Date('2026-03-01T00:00:00Z'));
    expect(await membersOf(ids)).toEqual({ today: ['march'], tomorrow: ['march'], thisMonth: ['march'] });
  });

  it('changes at local midnight across the March DST change in New York', async () => {
    // Clocks go forward on Sunday 2026-03-08 at 02:00: midnight of the 8th is still EST (-05:00),
    // midnight of the 11th is EDT (-04:00).
    const shop = await createTestShop(testApp(), { currency: 'USD', timezone: 'America/New_York' });
    const now = new Date('2026-03-05T12:00:00Z');
    await ingest(
      shop,
      [
        identify({ userId: 'ides', traits: { birthday: '1980-03-15' }, ...at('2026-01-01') }),
        identify({ userId: 'tenth', traits: { birthday: '1980-03-10' }, ...at('2026-01-01') }),
      ],
      now,
    );
    const { week } = await build(
      shop,
      { week: { field: 'profile.birthday', op: 'anniversary_within_days', value: 7 } },
      now,
    );
    // 5 March: the 10th is 5 days away (in), the 15th 10 days (out).
    expect(await members(week)).toEqual(['tenth']);
    expect(await timers(week)).toEqual({
      // Enters on 8 March (15 − 7) at local midnight, before the change: 05:00Z.
      ides: '2026-03-08T05:00:00.000Z',
      // Leaves on 11 March at local midnight, after the change: 04:00Z.
      tenth: '2026-03-11T04:00:00.000Z',
    });
    await work(new Date('2026-03-08T04:59:59Z'));
    expect(await members(week)).toEqual(['tenth']);
    await work(new Date('2026-03-08T05:00:00Z'));
    expect(await members(week)).toEqual(['ides', 'tenth']);
    expect((await timers(week)).ides).toBe('2026-03-16T04:00:00.000Z');
    await work(new Date('2026-03-11T04:00:00Z'));
    expect(await members(week)).toEqual(['ides']);
  });
});

describe('order facts', () => {
  it('counts orders, net revenue after refunds, average order value, order dates, products and categories', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND', timezone: 'Asia/Ho_Chi_Minh' });
    const refund = (orderId: string, date: Date, amount?: number) =>
      track('Order Refunded', {
        userId: orderId.startsWith('b') ? 'binh' : 'chi',
        properties: { order_id: orderId, ...(amount === undefined ? {} : { amount }), currency: 'VND' },
        ...at(date),
      });
    await ingest(shop, [
      ...['an', 'binh', 'chi', 'dung'].map((userId) => identify({ userId, traits: {}, ...at(daysAgo(200)) })),
      // an: two orders, 500,000 in all; tea (drinks) 100 days ago, a cup (ware) 10 days ago.
      order('an', 'a1', 300_000, daysAgo(100), {
        products: [{ product_id: 'tea', category: 'drinks', price: 100_000, quantity: 3 }],
      }),
      order('an', 'a2', 200_000, daysAgo(10), {
        products: [{ product_id: 'cup', category: 'ware', price: 200_000, quantity: 1 }],
      }),
      // binh: 500,000 with 250,000 refunded, then 100,000 of a product known only by its sku:
      // two orders, 350,000 net.
      order('binh', 'b1', 500_000, daysAgo(50)),
      refund('b1', daysAgo(45), 250_000),
      order('binh', 'b2', 100_000, daysAgo(5), {
        products: [{ sku: 'SKU-9', category: 'drinks', price: 100_000 }],
      }),
      // chi: one order of 800,000 refunded in full: no order and nothing spent.
      order('chi', 'c1', 800_000, daysAgo(30)),
      refund('c1', daysAgo(29)),
      // dung: no order.
    ]);
    const ids = await build(shop, {
      twoOrders: { field: 'orders.count', op: 'gte', value: 2 },
      noOrders: { field: 'orders.count', op: 'eq', value: 0 },
      bigSpenders: { field: 'orders.net_revenue', op: 'gte', value: 400_000 },
      smallSpenders: { field: 'orders.net_revenue', op: 'lt', value: 400_000 },
      someSpend: { field: 'orders.net_revenue', op: 'between', value: [1, 400_000] },
      bigBaskets: { field: 'orders.average_order_value', op: 'gte', value: 200_000 },
      smallBaskets: { field: 'orders.average_order_value', op: 'lt', value: 200_000 },
      oldCustomers: { field: 'orders.first_order_at', op: 'more_than_days_ago', value: 60 },
      recentBuyers: { field: 'orders.last_order_at', op: 'within_last_days', value: 7 },
      lastBefore: { field: 'orders.last_order_at', op: 'lt', value: daysAgo(7).toISOString() },
      tea: { field: 'orders.product', op: 'eq', value: 'tea' },
      cupOrSku: { field: 'orders.product', op: 'in', value: ['cup', 'SKU-9'] },
      noTea: { field: 'orders.product', op: 'neq', value: 'tea' },
      drinks: { field: 'orders.category', op: 'eq', value: 'drinks' },
      noWare: { field: 'orders.category', op: 'not_in', value: ['ware'] },
    });
    expect(await membersOf(ids)).toEqual({
      twoOrders: ['an', 'binh'],
      noOrders: ['chi', 'dung'],
      // an 500,000; binh 350,000; chi and dung 0.
      bigSpenders: ['an'],
      smallSpenders: ['binh', 'chi', 'dung'],
      someSpend: ['binh'],
      // an 250,000 an order; binh 175,000; no orders, no average.
      bigBaskets: ['an'],
      smallBaskets: ['binh'],
      // an's first order was 100 days ago, binh's 50, chi's 30.
      oldCustomers: ['an'],
      // binh's last order 5 days ago; an's 10, chi's 30.
      recentBuyers: ['binh'],
      lastBefore: ['an', 'chi'],
      tea: ['an'],
      cupOrSku: ['an', 'binh'],
      noTea: ['binh', 'chi', 'dung'],
      drinks: ['an', 'binh'],
      noWare: ['binh', 'chi', 'dung'],
    });
  });
});

describe('behaviour', () => {
  const viewed = (userId: string, date: Date, price: number, category: string) =>
    track('Product Viewed', { userId, properties: { price, category }, ...at(date) });

  it('counts events in windows, with property conditions and sums', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND', timezone: 'Asia/Ho_Chi_Minh' });
    await ingest(shop, [
      ...['an', 'binh', 'chi', 'dung'].map((userId) => identify({ userId, traits: {}, ...at(daysAgo(200)) })),
      identify({ userId: 'newbie', traits: {}, ...at(daysAgo(3)) }),
      // an: three views this week (100 shoes, 200 shoes, 300 hats) and one 100 days ago.
      viewed('an', daysAgo(1), 100, 'shoes'),
      viewed('an', daysAgo(2), 200, 'shoes'),
      viewed('an', daysAgo(3), 300, 'hats'),
      viewed('an', daysAgo(100), 10, 'socks'),
      // binh: one view this week (50, hats).
      viewed('binh', daysAgo(2), 50, 'hats'),
      // chi: two views long ago.
      viewed('chi', daysAgo(100), 10, 'socks'),
      viewed('chi', daysAgo(150), 10, 'socks'),
      // dung and newbie (first seen 3 days ago): none.
    ]);
    const ids = await build(shop, {
      twiceThisWeek: { event: 'Product Viewed', count: { op: 'gte', value: 2 }, within: { last_days: 7 } },
      onceThisWeek: { event: 'Product Viewed', count: { op: 'eq', value: 1 }, within: { last_days: 7 } },
      atMostOnce: { event: 'Product Viewed', count: { op: 'lte', value: 1 }, within: { last_days: 7 } },
      everTwice: { event: 'Product Viewed', count: { op: 'gte', value: 2 }, within: { ever: true } },
      between: {
        event: 'Product Viewed',
        within: { from: daysAgo(160).toISOString(), to: daysAgo(90).toISOString() },
      },
      pricey: {
        event: 'Product Viewed',
        where: [{ field: 'properties.price', op: 'gte', value: 200 }],
        within: { last_days: 30 },
      },
      hats: { event: 'Product Viewed', where: [{ field: 'properties.category', op: 'eq', value: 'hats' }] },
      spent500: {
        event: 'Product Viewed',
        sum: { property: 'price', op: 'gte', value: 500 },
        within: { last_days: 7 },
      },
      spent50: {
        event: 'Product Viewed',
        sum: { property: 'price', op: 'gte', value: 50 },
        within: { last_days: 7 },
      },
    });
    expect(await membersOf(ids)).toEqual({
      twiceThisWeek: ['an'],
      onceThisWeek: ['binh'],
      // Zero views pass "at most once", but only for customers known for the whole 7 days: newbie
      // was first seen 3 days ago; an has 3.
      atMostOnce: ['binh', 'chi', 'dung'],
      // an 4, chi 2, binh 1.
      everTwice: ['an', 'chi'],
      // Views 100 and 150 days ago: an's and both of chi's.
      between: ['an', 'chi'],
      pricey: ['an'],
      hats: ['an', 'binh'],
      // an 100 + 200 + 300 = 600; binh 50.
      spent500: ['an'],
      spent50: ['an', 'binh'],
    });
    // newbie joins "at most once" when known for 7 days: 4 days from now.
    expect((await timers(ids.atMostOnce)).newbie).toBe(daysAfter(4).toISOString());
  });

  it('did X but not Y within N days after: only once the N days are over', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND', timezone: 'Asia/Ho_Chi_Minh' });
    const started = (userId: string, date: Date) =>
      track('Checkout Started', { userId, properties: {}, ...at(date) });
    await ingest(shop, [
      ...['an', 'binh', 'chi', 'dung'].map((userId) => identify({ userId, traits: {}, ...at(daysAgo(200)) })),
      // an ordered the day after starting checkout: followed.
      started('an', daysAgo(10)),
      order('an', 'a1', 100_000, daysAgo(9)),
      // binh never ordered, and the 3 days are over: abandoned.
      started('binh', daysAgo(10)),
      // chi started yesterday: the 3 days are not over, so not (yet) abandoned.
      started('chi', daysAgo(1)),
      // dung ordered 5 days after starting: not within 3 days, so abandoned.
      started('dung', daysAgo(10)),
      order('dung', 'd1', 100_000, daysAgo(5)),
    ]);
    const { abandoned } = await build(shop, {
      abandoned: {
        event: 'Checkout Started',
        within: { last_days: 30 },
        not_followed_by: { event: 'Order Completed', within_days: 3 },
      },
    });
    expect(await members(abandoned)).toEqual(['binh', 'dung']);
    // chi's 3 days end 2 days from now: a timer, and then chi is in without any event.
    const due = daysAfter(2);
    expect((await timers(abandoned)).chi).toBe(due.toISOString());
    await work(new Date(due.getTime() - 1));
    expect(await members(abandoned)).toEqual(['binh', 'dung']);
    await work(due);
    expect(await members(abandoned)).toEqual(['binh', 'chi', 'dung']);
  });

  it('states whether customers younger than an absence window match', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND', timezone: 'Asia/Ho_Chi_Minh' });
    await ingest(shop, [
      ...['an', 'binh', 'chi'].map((userId) => identify({ userId, traits: {}, ...at(daysAgo(200)) })),
      identify({ userId: 'newbie', traits: {}, ...at(daysAgo(20)) }),
      // an ordered 9 days ago; binh 90 days ago (outside the 60); chi never; newbie never, but
      // was first seen only 20 days ago.
      order('an', 'a1', 100_000, daysAgo(9)),
      order('binh', 'b1', 100_000, daysAgo(90)),
    ]);
    const absence = {
      event: 'Order Completed',
      count: { op: 'eq', value: 0 },
      within: { last_days: 60 },
    } as const;
    const ids = await build(shop, {
      strict: absence,
      lenient: { ...absence, include_newer_customers: true },
    });
    expect(await membersOf(ids)).toEqual({ strict: ['binh', 'chi'], lenient: ['binh', 'chi', 'newbie'] });
    // newbie is known for 60 days 40 days from now; an's order leaves the window in 51 days.
    expect(await timers(ids.strict)).toEqual({
      an: daysAfter(51).toISOString(),
      newbie: daysAfter(40).toISOString(),
    });
    await work(daysAfter(40));
    expect(await members(ids.strict)).toEqual(['binh', 'chi', 'newbie']);
  });

  it('ages a customer at once when an event arrives from before they were first seen', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND', timezone: 'Asia/Ho_Chi_Minh' });
    const ids = await build(shop, {
      noOrder: { event: 'Order Completed', count: { op: 'eq', value: 0 }, within: { last_days: 60 } },
      longKnown: { field: 'profile.first_seen_at', op: 'more_than_days_ago', value: 90 },
    });
    await ingest(shop, [identify({ userId: 'late', traits: {}, ...at(daysAgo(20)) })]);
    expect(await membersOf(ids)).toEqual({ noOrder: [], longKnown: [] });
    // A page view from a device log imported late: no condition names it, but it makes 'late' a
    // customer known for 100 days.
    await ingest(shop, [track('Page Viewed', { userId: 'late', ...at(daysAgo(100)) })]);
    expect(await membersOf(ids)).toEqual({ noOrder: ['late'], longKnown: ['late'] });
  });
});

describe('loyalty, analytics and consent facts', () => {
  async function created(shop: TestShop, url: string, payload: Record<string, unknown>) {
    const response = await shop.request({ method: 'POST', url, payload });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string };
  }

  it('reads points, expiring points, tiers, store credit and badges', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND', timezone: 'Asia/Ho_Chi_Minh' });
    // A point per 1,000₫; each lot expires 12 months after it was earned; Gold from 1,000,000₫ spent.
    const program = await shop.request({
      method: 'PUT',
      url: '/v1/loyalty/program',
      payload: { earn_per_amount_minor: 1000, expiry: { policy: 'per_lot', months: 12 } },
    });
    expect(program.statusCode, program.body).toBe(200);
    const gold = await created(shop, '/v1/loyalty/tiers', {
      name: 'Gold',
      threshold: 1_000_000,
      earn_multiplier_percent: 100,
      free_shipping: false,
    });
    await created(shop, '/v1/loyalty/challenges', {
      name: 'Critic',
      event_name: 'Review Submitted',
      events_required: 1,
      window_days: 30,
      bonus_points: 10,
      badge: { name: 'Critic' },
      active_from: daysAgo(400).toISOString(),
    });
    await ingest(shop, [
      ...['an', 'binh', 'chi', 'dung'].map((userId) => identify({ userId, traits: {}, ...at(daysAgo(400)) })),
      // an: 1,200 points earned 350 days ago (expiring in about 15 days), Gold by spend.
      order('an', 'a1', 1_200_000, daysAgo(350)),
      // binh: 300 points earned 20 days ago, expiring in about 345 days.
      order('binh', 'b1', 300_000, daysAgo(20)),
      // dung: a review, so the Critic badge and its 10 bonus points.
      track('Review Submitted', { userId: 'dung', properties: { rating: 5 }, ...at(daysAgo(3)) }),
    ]);
    // chi: 50,000₫ of store credit, no points.
    await created(shop, '/v1/customers/chi/store-credit/credits', { amount: 50_000, reason: 'Goodwill' });
    const ids = await build(shop, {
      rich: { field: 'loyalty.points_balance', op: 'gte', value: 1000 },
      middle: { field: 'loyalty.points_balance', op: 'between', value: [100, 999] },
      poor: { field: 'loyalty.points_balance', op: 'lt', value: 100 },
      expiringMonth: { field: 'loyalty.points_expiring', op: 'gte', value: 1, within_days: 30 },
      expiringWeek: { field: 'loyalty.points_expiring', op: 'gte', value: 1, within_days: 7 },
      gold: { field: 'loyalty.tier', op: 'eq', value: gold.id },
      credit: { field: 'loyalty.store_credit', op: 'gte', value: 50_000 },
      critics: { field: 'loyalty.badge', op: 'eq', value: 'Critic' },
    });
    expect(await membersOf(ids)).toEqual({
      rich: ['an'],
      middle: ['binh'],
      // chi has none, dung 10.
      poor: ['chi', 'dung'],
      expiringMonth: ['an'],
      // About 15 days left: not within a week yet.
      expiringWeek: [],
      gold: ['an'],
      credit: ['chi'],
      critics: ['dung'],
    });
    // an's lot enters the 7-day window 7 days before it expires; binh's (about 345 days off) too.
    const lots = await queryRows<{ external_id: string; expires_at: Date }>(
      db(),
      sql`select c.external_id, l.expires_at from points_lots l join customers c on c.id = l.customer_id
          where l.workspace_id = ${shop.workspace.id} and l.remaining > 0 and l.expires_at is not null`,
    );
    const expiry = Object.fromEntries(
      lots.map((lot) => [lot.external_id, new Date(lot.expires_at).getTime()]),
    );
    expect(await timers(ids.expiringWeek)).toMatchObject({
      an: new Date(expiry.an! - 7 * dayMs).toISOString(),
      binh: new Date(expiry.binh! - 7 * dayMs).toISOString(),
    });
    await work(new Date(expiry.an! - 7 * dayMs));
    expect(await members(ids.expiringWeek)).toEqual(['an']);
  });

  it('reads the lifecycle stage and RFM scores as analytics keeps them', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND', timezone: 'Asia/Ho_Chi_Minh' });
    await ingest(shop, [
      ...['an', 'binh', 'chi', 'dung', 'em'].map((userId) =>
        identify({ userId, traits: {}, ...at(daysAgo(400)) }),
      ),
      // an: a frequent recent buyer; binh: one order long ago; chi: two orders mid-way; dung: a
      // big recent order; em: no order (a prospect).
      order('an', 'a1', 200_000, daysAgo(30)),
      order('an', 'a2', 200_000, daysAgo(15)),
      order('an', 'a3', 200_000, daysAgo(2)),
      order('binh', 'b1', 100_000, daysAgo(300)),
      order('chi', 'c1', 300_000, daysAgo(150)),
      order('chi', 'c2', 300_000, daysAgo(120)),
      order('dung', 'd1', 2_000_000, daysAgo(5)),
    ]);
    // RFM quintiles are set by the recompute over the whole population (the worker's, here by hand).
    await recomputeAll(db(), shop.workspace.id);
    await ingest(shop, []);
    const scores = await queryRows<{
      external_id: string;
      stage: string;
      segment: string;
      r_score: number;
      f_score: number;
      m_score: number;
      clv: number | null;
    }>(
      db(),
      sql`select c.external_id, s.stage, s.segment, s.r_score, s.f_score, s.m_score, s.clv_12_months_minor as clv
          from ${customerScoresRelation} s
          join customers c on c.id = s.customer_id where s.workspace_id = ${shop.workspace.id}`,
    );
    const of = Object.fromEntries(scores.map((row) => [row.external_id, row]));
    // Every buyer is scored; em has no row.
    expect(Object.keys(of).sort()).toEqual(['an', 'binh', 'chi', 'dung']);
    const whoseScores = (keep: (row: (typeof scores)[number]) => boolean) =>
      scores
        .filter(keep)
        .map((row) => row.external_id)
        .sort();
    const ids = await build(shop, {
      prospects: { field: 'lifecycle.stage', op: 'eq', value: 'prospect' },
      binhsStage: { field: 'lifecycle.stage', op: 'eq', value: of.binh!.stage },
      ansSegment: { field: 'rfm.segment', op: 'eq', value: of.an!.segment },
      recent: { field: 'rfm.r_score', op: 'gte', value: of.an!.r_score },
      notRecent: { field: 'rfm.r_score', op: 'lt', value: of.an!.r_score },
      frequent: { field: 'rfm.f_score', op: 'eq', value: of.an!.f_score },
      bigSpenders: { field: 'rfm.m_score', op: 'gte', value: of.dung!.m_score },
      aboveMedian: { field: 'predictions.clv_above_median', op: 'eq', value: true },
    });
    // The median of the recompute's predictions (interpolated between the middle two, as
    // percentile_cont does), kept by analytics for every evaluator.
    const clvs = scores.map((row) => Number(row.clv)).sort((a, b) => a - b);
    const median = (clvs[(clvs.length - 1) >> 1]! + clvs[clvs.length >> 1]!) / 2;
    expect(await recomputedMedianClv(db(), shop.workspace.id)).toBeCloseTo(median, 6);
    expect(await membersOf(ids)).toEqual({
      prospects: ['em'],
      binhsStage: whoseScores((row) => row.stage === of.binh!.stage),
      ansSegment: whoseScores((row) => row.segment === of.an!.segment),
      recent: whoseScores((row) => Number(row.r_score) >= Number(of.an!.r_score)),
      // em has no R score: not "less than" anything.
      notRecent: whoseScores((row) => Number(row.r_score) < Number(of.an!.r_score)),
      frequent: whoseScores((row) => Number(row.f_score) === Number(of.an!.f_score)),
      bigSpenders: whoseScores((row) => Number(row.m_score) >= Number(of.dung!.m_score)),
      aboveMedian: whoseScores((row) => Number(row.clv) > median),
    });
    // The buyers' predictions differ, so "above the median" is a real half, not everyone or no one.
    expect(whoseScores((row) => Number(row.clv) > median)).toHaveLength(2);
    // The orders tell the scores apart: an's last order is more recent than binh's, an ordered
    // more often than binh, dung spent the most.
    expect(Number(of.an!.r_score)).toBeGreaterThan(Number(of.binh!.r_score));
    expect(Number(of.an!.f_score)).toBeGreaterThan(Number(of.binh!.f_score));
    expect(whoseScores((row) => Number(row.m_score) >= Number(of.dung!.m_score))).toEqual(['dung']);
  });

  it('reads subscriptions to a channel and to a topic', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND', timezone: 'Asia/Ho_Chi_Minh' });
    await ingest(
      shop,
      ['an', 'binh', 'chi', 'dung'].map((userId) =>
        identify({ userId, traits: { email: `${userId}@example.com` }, ...at(daysAgo(10)) }),
      ),
    );
    const consent = async (customer: string, payload: Record<string, unknown>) => {
      const response = await shop.request({
        method: 'PUT',
        url: `/v1/customers/${customer}/consent`,
        payload,
      });
      expect(response.statusCode, response.body).toBe(200);
    };
    // an: email; binh: email and its offers topic; chi: offers only, without the channel; dung: email
    // subscribed then unsubscribed.
    await consent('an', { channel: 'email', status: 'subscribed' });
    await consent('binh', { channel: 'email', status: 'subscribed' });
    await consent('binh', { channel: 'email', topic: 'offers', status: 'subscribed' });
    await consent('chi', { channel: 'email', topic: 'offers', status: 'subscribed' });
    await consent('dung', { channel: 'email', status: 'subscribed' });
    await consent('dung', { channel: 'email', status: 'unsubscribed' });
    await drainConsumers(db(), [
      ...consumers.filter((c) => c.name !== 'segments'),
      segmentsConsumer(fixedClock(today)),
    ]);
    const ids = await build(shop, {
      email: { field: 'messages.subscribed', op: 'eq', value: 'email' },
      offers: { field: 'messages.subscribed', op: 'eq', value: 'email:offers' },
      notEmail: { field: 'messages.subscribed', op: 'neq', value: 'email' },
    });
    expect(await membersOf(ids)).toEqual({
      email: ['an', 'binh'],
      // A topic needs its channel too: chi's offers without email is no subscription.
      offers: ['binh'],
      notEmail: ['chi', 'dung'],
    });
  });
});

describe('segments of segments, samples and merges', () => {
  it('follows membership through a chain of two, kept fresh by events', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND', timezone: 'Asia/Ho_Chi_Minh' });
    await ingest(shop, [
      identify({ userId: 'an', traits: { country: 'VN' }, ...at(daysAgo(100)) }),
      identify({ userId: 'binh', traits: { country: 'VN' }, ...at(daysAgo(100)) }),
      identify({ userId: 'chi', traits: { country: 'TH' }, ...at(daysAgo(100)) }),
      identify({ userId: 'dung', traits: { country: 'TH' }, ...at(daysAgo(100)) }),
      // an: two orders; binh: one; chi: two (but not in Vietnam); dung: none.
      order('an', 'a1', 100_000, daysAgo(20)),
      order('an', 'a2', 100_000, daysAgo(10)),
      order('binh', 'b1', 100_000, daysAgo(10)),
      order('chi', 'c1', 100_000, daysAgo(20)),
      order('chi', 'c2', 100_000, daysAgo(10)),
    ]);
    const { vietnam } = await build(shop, { vietnam: { field: 'traits.country', op: 'eq', value: 'VN' } });
    const { buyers } = await build(shop, {
      buyers: { all: [{ segment: vietnam }, { field: 'orders.count', op: 'gte', value: 1 }] },
    });
    const { repeat } = await build(shop, {
      repeat: { all: [{ segment: buyers }, { field: 'orders.count', op: 'gte', value: 2 }] },
    });
    const outsiders = (await build(shop, { outsiders: { not: { segment: buyers } } })).outsiders;
    expect({
      vietnam: await members(vietnam),
      buyers: await members(buyers),
      repeat: await members(repeat),
      outsiders: await members(outsiders),
    }).toEqual({
      vietnam: ['an', 'binh'],
      buyers: ['an', 'binh'],
      // In Vietnam with an order, and two of them: chi has two but is not in Vietnam.
      repeat: ['an'],
      outsiders: ['chi', 'dung'],
    });

    // dung moves to Vietnam and orders twice; an moves to Thailand: the chain follows.
    await ingest(shop, [
      identify({ userId: 'dung', traits: { country: 'VN' }, ...at(daysAgo(2)) }),
      order('dung', 'd1', 100_000, daysAgo(2)),
      order('dung', 'd2', 100_000, daysAgo(1)),
      identify({ userId: 'an', traits: { country: 'TH' }, ...at(daysAgo(1)) }),
    ]);
    expect({
      vietnam: await members(vietnam),
      buyers: await members(buyers),
      repeat: await members(repeat),
      outsiders: await members(outsiders),
    }).toEqual({
      vietnam: ['binh', 'dung'],
      buyers: ['binh', 'dung'],
      repeat: ['dung'],
      outsiders: ['an', 'chi'],
    });
  });

  it('samples a stable share, and its complement holds the others', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND', timezone: 'Asia/Ho_Chi_Minh' });
    const userIds = Array.from({ length: 200 }, (_, index) => `u${String(index).padStart(3, '0')}`);
    await ingest(
      shop,
      userIds.map((userId) => identify({ userId, traits: {}, ...at(daysAgo(10)) })),
    );
    const { sample } = await build(shop, { sample: { sample: { percent: 30 } } });
    const chosen = await members(sample);
    // About 60 of 200: a binomial's standard deviation is about 6.5, and 35–85 is almost four of
    // them either side (a new segment id each run draws a new sample; this fails about 1 in 8,000).
    expect(chosen.length).toBeGreaterThanOrEqual(35);
    expect(chosen.length).toBeLessThanOrEqual(85);

    // Evaluated again, later, everyone gets the same answer: no one enters or leaves.
    const segments = (await liveSegments(db(), shop.workspace.id)).filter((row) => row.id === sample);
    const customerIds = (
      await queryRows<{ id: string }>(
        db(),
        sql`select id from customers where workspace_id = ${shop.workspace.id}`,
      )
    ).map((row) => row.id);
    const again = await db().transaction((tx) =>
      evaluateCustomers(tx, shop.workspace.id, segments, customerIds, daysAfter(30)),
    );
    expect(again).toEqual({ entered: 0, exited: 0 });
    expect(await members(sample)).toEqual(chosen);

    // The hash is of (segment, customer): the same segment edited to `not sample` holds exactly
    // the others.
    await updateSegment(
      db(),
      shop.workspace.id,
      sample,
      { definition: { not: { sample: { percent: 30 } } } },
      today,
    );
    await work();
    const others = await members(sample);
    expect(others.length).toBe(200 - chosen.length);
    expect([...chosen, ...others].sort()).toEqual(userIds);
  });

  it('counts a merged anonymous profile’s events and orders for the known customer', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND', timezone: 'Asia/Ho_Chi_Minh' });
    const anonymous = { anonymousId: 'anon-1' };
    await ingest(shop, [
      identify({ userId: 'kim', traits: {}, ...at(daysAgo(100)) }),
      order('kim', 'k1', 100_000, daysAgo(50)),
      // Before signing in, on another device: two views and an order, anonymous.
      track('Product Viewed', { ...anonymous, properties: { price: 10 }, ...at(daysAgo(20)) }),
      track('Product Viewed', { ...anonymous, properties: { price: 20 }, ...at(daysAgo(19)) }),
      track('Order Completed', {
        ...anonymous,
        properties: { order_id: 'x1', total: 200_000, currency: 'VND' },
        ...at(daysAgo(19)),
      }),
    ]);
    const ids = await build(shop, {
      viewers: { event: 'Product Viewed', count: { op: 'gte', value: 2 }, within: { ever: true } },
      repeat: { field: 'orders.count', op: 'gte', value: 2 },
      spent: { field: 'orders.net_revenue', op: 'gte', value: 300_000 },
      buyers: { field: 'orders.count', op: 'gte', value: 1 },
      // A timer: the views leave the 30 days 10 and 11 days from now.
      recent: { event: 'Product Viewed', within: { last_days: 30 } },
    });
    const [anonymousProfile] = await members(ids.viewers);
    expect(anonymousProfile).toMatch(/^cus_/);
    expect(await membersOf(ids)).toEqual({
      viewers: [anonymousProfile],
      repeat: [],
      spent: [],
      buyers: [anonymousProfile, 'kim'].sort(),
      recent: [anonymousProfile],
    });

    // kim signs in on that device: the anonymous profile merges into kim.
    await ingest(shop, [identify({ userId: 'kim', ...anonymous, traits: {}, ...at(daysAgo(1)) })]);
    expect(await membersOf(ids)).toEqual({
      viewers: ['kim'],
      repeat: ['kim'],
      spent: ['kim'],
      buyers: ['kim'],
      recent: ['kim'],
    });
    // The merged-away profile is in no segment at all, ready-made ones included, and waits on no timer.
    const left = await queryRows<{ segment_id: string }>(
      db(),
      sql`select segment_id from segment_memberships where customer_id = ${anonymousProfile} and exited_at is null`,
    );
    expect(left).toEqual([]);
    const timers = await queryRows<{ owner: string }>(
      db(),
      sql`select coalesce(c.external_id, c.id) as owner from segment_timers t join customers c on c.id = t.customer_id
          where t.segment_id = ${ids.recent}`,
    );
    expect(timers.map((timer) => timer.owner)).toEqual(['kim']);
  });
});
