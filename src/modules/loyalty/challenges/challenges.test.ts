import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { fixedClock } from '../../../core/clock.js';
import { dayMs } from '../../../core/time.js';
import { queryRows, type Database } from '../../../db/connection.js';
import {
  createTestApp,
  createTestShop,
  openTestDatabase,
  type TestApp,
  type TestShop,
} from '../../../testing/index.js';
import { consumers } from '../../../server/consumers.js';
import { findCustomerRef } from '../../customers/index.js';
import { appendEvents, drainConsumers, type LoggedEvent, type NewEvent } from '../../events/index.js';
import { assertLedger, challengesConsumer, customerBadges } from '../index.js';

let database: Database;
let testApp: TestApp;
const clock = fixedClock(new Date('2026-01-01T00:00:00Z'));

beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await createTestApp(database, { clock });
});
afterAll(async () => {
  await testApp.app.close();
  await database.close();
});

const db = () => testApp.ctx.db;
let shops: TestShop[] = [];

async function newShop(fields: Parameters<typeof createTestShop>[1] = {}): Promise<TestShop> {
  const shop = await createTestShop(testApp, fields);
  shops.push(shop);
  return shop;
}

afterEach(async () => {
  for (const shop of shops) await assertLedger(db(), shop.workspace.id);
  shops = [];
});
const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * dayMs);
let sequence = 0;

function review(userId: string, on: number, rating: number, messageId = `review-${++sequence}`): NewEvent {
  return {
    messageId,
    type: 'track',
    name: 'Review Submitted',
    userId,
    properties: { rating, product_id: `p-${on}` },
    occurredAt: day(on),
    receivedAt: day(on),
  };
}

async function send(shop: TestShop, events: NewEvent[]): Promise<void> {
  await appendEvents(db(), shop.workspace.id, events);
  await drainConsumers(db(), consumers);
}

async function challenge(shop: TestShop, body: Record<string, unknown> = {}): Promise<string> {
  const response = await shop.request({
    method: 'POST',
    url: '/v1/loyalty/challenges',
    payload: {
      name: 'Critic',
      event_name: 'Review Submitted',
      conditions: [{ path: 'rating', operator: 'gte', value: 4 }],
      events_required: 2,
      window_days: 30,
      bonus_points: 300,
      badge: { name: 'Critic', image_url: 'https://shop.example/badges/critic.png' },
      active_from: '2026-01-01T00:00:00Z',
      ...body,
    },
  });
  expect(response.statusCode).toBe(201);
  return response.json().id;
}

async function loggedEvents(shop: TestShop, name: string): Promise<Record<string, unknown>[]> {
  const rows = await queryRows<{ properties: Record<string, unknown> }>(
    db(),
    sql`select properties from events where workspace_id = ${shop.workspace.id} and name = ${name} order by id`,
  );
  return rows.map((row) => row.properties);
}

async function bonusPoints(shop: TestShop, customerId: string): Promise<number[]> {
  const rows = await queryRows<{ points: number }>(
    db(),
    sql`select points::int as points from points_entries
        where workspace_id = ${shop.workspace.id} and customer_id = ${customerId} and kind = 'bonus'`,
  );
  return rows.map((row) => row.points);
}

async function progress(shop: TestShop, customer: string) {
  const response = await shop.request({ method: 'GET', url: `/v1/customers/${customer}/challenges` });
  expect(response.statusCode).toBe(200);
  return response.json().data as {
    challenge: { id: string };
    events_counted: number;
    completed: boolean;
    badge: { id: string } | null;
  }[];
}

describe('challenges', () => {
  it('awards the badge and bonus points at the Nth qualifying event within the window', async () => {
    const shop = await newShop({ currency: 'VND' });
    const id = await challenge(shop);
    clock.set(day(10));
    await send(shop, [review('mai', 1, 5), review('mai', 3, 2)]);
    const mai = (await findCustomerRef(db(), shop.workspace.id, 'mai'))!;
    // The 2-star review does not qualify: 1 of 2.
    expect(await progress(shop, 'mai')).toMatchObject([
      { challenge: { id }, events_counted: 1, completed: false },
    ]);
    await send(shop, [review('mai', 9, 4)]);
    const [done] = await progress(shop, 'mai');
    expect(done).toMatchObject({
      events_counted: 2,
      completed: true,
      badge: { name: 'Critic', bonus_points: 300 },
    });
    expect(await bonusPoints(shop, mai)).toEqual([300]);
    const badges = await customerBadges(db(), shop.workspace.id, mai);
    expect(badges).toEqual([
      {
        object: 'loyalty_badge',
        id: done!.badge!.id,
        customer: mai,
        challenge: id,
        name: 'Critic',
        description: null,
        image_url: 'https://shop.example/badges/critic.png',
        bonus_points: 300,
        points_entry: expect.stringMatching(/^ptx_/),
        earned: day(9).toISOString(),
      },
    ]);
    expect(await loggedEvents(shop, 'Badge Earned')).toEqual([
      {
        customer_id: mai,
        badge_id: done!.badge!.id,
        badge_name: 'Critic',
        challenge_id: id,
        challenge_name: 'Critic',
        bonus_points: 300,
        points_entry_id: badges[0]!.points_entry,
      },
    ]);
    // More reviews afterwards change nothing.
    await send(shop, [review('mai', 12, 5), review('mai', 13, 5)]);
    expect(await bonusPoints(shop, mai)).toEqual([300]);
    expect(await customerBadges(db(), shop.workspace.id, mai)).toHaveLength(1);
  });

  it('does not count events further apart than the window, in whatever order they arrive', async () => {
    const shop = await newShop();
    await challenge(shop, { events_required: 3, window_days: 30 });
    await send(shop, [review('nam', 40, 5), review('nam', 0, 5), review('nam', 20, 5)]);
    const nam = (await findCustomerRef(db(), shop.workspace.id, 'nam'))!;
    expect(await customerBadges(db(), shop.workspace.id, nam)).toEqual([]);
    // Day 25 makes 20, 25 and 40 (20 days apart) — arriving after day 40 was counted.
    await send(shop, [review('nam', 25, 4)]);
    expect(await customerBadges(db(), shop.workspace.id, nam)).toHaveLength(1);
    expect(await bonusPoints(shop, nam)).toEqual([300]);
  });

  it('awards exactly once when events are replayed, re-sent or the consumer applies a page twice', async () => {
    const shop = await newShop();
    const id = await challenge(shop, {
      event_name: 'Order Completed',
      conditions: [{ path: 'total', operator: 'gte', value: 100 }],
      events_required: 2,
      window_days: 60,
    });
    const order = (orderId: string, on: number, messageId: string): NewEvent => ({
      messageId,
      type: 'track',
      name: 'Order Completed',
      userId: 'quan',
      properties: { order_id: orderId, total: 150, currency: 'USD' },
      occurredAt: day(on),
      receivedAt: day(on),
    });
    // The same order three times (a retry, and a client that re-sends with a new messageId).
    await send(shop, [order('A', 1, 'm-1'), order('A', 1, 'm-1'), order('A', 1, 'm-2')]);
    expect((await progress(shop, 'quan'))[0]).toMatchObject({ events_counted: 1, completed: false });

    const second = order('B', 5, 'm-3');
    const logged: LoggedEvent = {
      ...second,
      id: 'evt_replayed',
      workspaceId: shop.workspace.id,
      name: 'Order Completed',
      userId: 'quan',
      anonymousId: null,
      previousId: null,
      properties: second.properties!,
      traits: {},
      context: {},
      source: 'api',
    };
    // As if a crash made the consumer apply the same page again.
    for (let i = 0; i < 3; i += 1) await db().transaction((tx) => challengesConsumer.apply(tx, [logged]));
    await send(shop, [second]);
    const quan = (await findCustomerRef(db(), shop.workspace.id, 'quan'))!;
    expect(await bonusPoints(shop, quan)).toEqual([300]);
    expect(await customerBadges(db(), shop.workspace.id, quan)).toMatchObject([{ challenge: id }]);
    expect(await loggedEvents(shop, 'Badge Earned')).toHaveLength(1);
  });

  it('ignores events before the challenge started and after it ended', async () => {
    const shop = await newShop();
    await challenge(shop, {
      events_required: 1,
      active_from: '2026-02-01T00:00:00Z',
      active_until: '2026-03-01T00:00:00Z',
    });
    await send(shop, [review('oanh', 10, 5), review('oanh', 60, 5)]);
    const oanh = (await findCustomerRef(db(), shop.workspace.id, 'oanh'))!;
    expect(await customerBadges(db(), shop.workspace.id, oanh)).toEqual([]);
    await send(shop, [review('oanh', 40, 5)]);
    expect(await customerBadges(db(), shop.workspace.id, oanh)).toHaveLength(1);
  });

  it('names a bad condition and creates nothing', async () => {
    const shop = await newShop();
    const response = await shop.request({
      method: 'POST',
      url: '/v1/loyalty/challenges',
      payload: {
        name: 'Big spender',
        event_name: 'Order Completed',
        conditions: [{ path: 'total', operator: 'gte', value: '100' }],
        events_required: 3,
        window_days: 60,
        bonus_points: 100,
        badge: { name: 'Big' },
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'parameter_invalid', param: 'conditions[0].value' });
    expect((await shop.request({ method: 'GET', url: '/v1/loyalty/challenges' })).json().data).toEqual([]);
  });

  it('lets the shop rename and archive a challenge; archived ones stop counting', async () => {
    const shop = await newShop();
    const id = await challenge(shop, { events_required: 1 });
    const renamed = await shop.request({
      method: 'PATCH',
      url: `/v1/loyalty/challenges/${id}`,
      payload: { name: 'Top critic', bonus_points: 50 },
    });
    expect(renamed.json()).toMatchObject({ name: 'Top critic', bonus_points: 50, events_required: 1 });
    const listed = (await shop.request({ method: 'GET', url: '/v1/loyalty/challenges' })).json().data;
    const read = await shop.request({ method: 'GET', url: `/v1/loyalty/challenges/${id}` });
    expect(read.json()).toEqual(renamed.json());
    expect(listed).toEqual([renamed.json()]);
    await shop.request({ method: 'DELETE', url: `/v1/loyalty/challenges/${id}` });
    await send(shop, [review('phuc', 5, 5)]);
    const phuc = (await findCustomerRef(db(), shop.workspace.id, 'phuc'))!;
    expect(await customerBadges(db(), shop.workspace.id, phuc)).toEqual([]);
    expect(await progress(shop, 'phuc')).toEqual([]);
  });

  it('moves progress with a merged profile and awards what the two make together', async () => {
    const shop = await newShop();
    await challenge(shop);
    const anonymous: NewEvent = { ...review('ignored', 1, 5), userId: null, anonymousId: 'anon-k' };
    await send(shop, [anonymous, review('kim', 2, 5)]);
    const anonId = (
      await queryRows<{ customer_id: string }>(
        db(),
        sql`select customer_id from customer_identities
          where workspace_id = ${shop.workspace.id} and kind = 'anonymous_id' and value = 'anon-k'`,
      )
    )[0]!.customer_id;
    const kim = (await findCustomerRef(db(), shop.workspace.id, 'kim'))!;
    expect(anonId).not.toBe(kim);
    expect(await customerBadges(db(), shop.workspace.id, kim)).toEqual([]);
    await send(shop, [
      {
        messageId: 'identify-kim',
        type: 'identify',
        userId: 'kim',
        anonymousId: 'anon-k',
        occurredAt: day(3),
        receivedAt: day(3),
      },
    ]);
    expect(await customerBadges(db(), shop.workspace.id, kim)).toMatchObject([
      { earned: day(3).toISOString() },
    ]);
    expect(await bonusPoints(shop, kim)).toEqual([300]);
    expect(await customerBadges(db(), shop.workspace.id, anonId)).toEqual([]);
  });
});
