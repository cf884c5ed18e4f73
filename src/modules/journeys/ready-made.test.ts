import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import { hourMs, minuteMs } from '../../core/time.js';
import { queryRows, type Db } from '../../db/connection.js';
import { templatesForCustomers } from '../messages/index.js';
import {
  createTestShop,
  identify,
  ingestAt,
  journeyMessages,
  journeyRuns,
  moveClockTo,
  track,
  useTestApp,
  type TestShop,
} from '../../testing/index.js';
import type { JourneyGraph } from './graph.js';
import { readyMadeJourneys } from './ready-made.js';

// The ready-made journeys: seeded as drafts on the first look at a workspace's journeys, named in its
// language, each valid and publishable as it is, seeded once; and two walked with the clock moved.

const clock = fixedClock(new Date('2027-03-19T12:00:00Z'));
// A database of its own: these tests run the segments and journeys workers over every workspace.
const testApp = useTestApp({ clock, privateDatabase: true });
const db = (): Db => testApp().ctx.db;

interface ListedJourney {
  id: string;
  name: string;
  description: string;
  status: string;
  ready_made: string | null;
  draft: JourneyGraph;
}

const availableKeys = readyMadeJourneys.filter((made) => made.available).map((made) => made.key);

const shops = {
  vi: { currency: 'VND', timezone: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' },
  ja: { currency: 'JPY', timezone: 'Asia/Tokyo', locale: 'ja-JP' },
} as const;

async function listed(
  shop: TestShop,
): Promise<{ data: ListedJourney[]; unavailable: { ready_made: string; name: string; reason: string }[] }> {
  const response = await shop.request({ method: 'GET', url: '/v1/journeys' });
  expect(response.statusCode).toBe(200);
  return response.json();
}

const byKey = (journeys: ListedJourney[], key: string) =>
  journeys.find((journey) => journey.ready_made === key)!;

describe('ready-made journeys', () => {
  for (const language of ['vi', 'ja'] as const) {
    it(`seeds every one as a draft named in ${language}, and each publishes with its templates in ${language}`, async () => {
      clock.set(new Date('2027-03-19T12:00:00Z'));
      const shop = await createTestShop(testApp(), shops[language]);
      const { data, unavailable } = await listed(shop);
      expect(data.map((journey) => journey.ready_made).sort()).toEqual([...availableKeys].sort());
      for (const made of readyMadeJourneys.filter((journey) => journey.available)) {
        expect(byKey(data, made.key)).toMatchObject({
          status: 'draft',
          name: made.names[language],
          description: made.purpose[language],
        });
      }
      expect(unavailable).toEqual([
        expect.objectContaining({
          ready_made: 'nps_ask',
          name: readyMadeJourneys.find((j) => j.key === 'nps_ask')!.names[language],
        }),
        expect.objectContaining({ ready_made: 'referral_ask' }),
      ]);
      expect(unavailable[0]!.reason).not.toMatch(/^Needs/);

      // The points reminder enters on the workspace's own ready-made segment, seeded with the journeys.
      const [pointsSegment] = await queryRows<{ id: string }>(
        db(),
        sql`select id from segments where workspace_id = ${shop.workspace.id} and ready_made = 'points_expiring'`,
      );
      expect(byKey(data, 'points_expiring').draft.entry).toEqual({
        kind: 'segment',
        segment: pointsSegment!.id,
        on: 'entered',
      });

      for (const journey of data) {
        const published = await shop.request({
          method: 'POST',
          url: `/v1/journeys/${journey.id}/publish`,
          payload: {},
        });
        expect(published.statusCode, `${journey.ready_made}: ${published.body}`).toBe(200);
      }
      expect((await listed(shop)).data.every((journey) => journey.status === 'live')).toBe(true);

      // Every message resolves to the library's template in the shop's language for a customer without one.
      await ingestAt(db(), clock, shop, [identify({ userId: 'kim', traits: { email: 'kim@example.com' } })]);
      const [customer] = await queryRows<{ id: string }>(
        db(),
        sql`select id from customers where workspace_id = ${shop.workspace.id} and external_id = 'kim'`,
      );
      const libraryKeys = new Set(
        data.flatMap((journey) =>
          Object.values(journey.draft.nodes).flatMap((node) =>
            node.type === 'message' && 'library' in node.template ? [node.template.library] : [],
          ),
        ),
      );
      expect(libraryKeys.size).toBeGreaterThanOrEqual(7);
      for (const key of libraryKeys) {
        const chosen = (
          await templatesForCustomers(
            db(),
            shop.workspace.id,
            'email',
            { library: key },
            [customer!.id],
            clock.now(),
          )
        ).get(customer!.id);
        const [template] = await queryRows<{ library_key: string; language: string }>(
          db(),
          sql`select library_key, language from message_templates where id = ${chosen!.id}`,
        );
        expect(template).toEqual({ library_key: key, language });
      }
    });
  }

  it('seeds once: twice at once adds nothing, and an archived one stays archived', async () => {
    const shop = await createTestShop(testApp(), shops.vi);
    const [first, second] = await Promise.all([listed(shop), listed(shop)]);
    expect(first.data).toHaveLength(availableKeys.length);
    expect(second.data).toHaveLength(availableKeys.length);
    const welcome = byKey(first.data, 'welcome');
    expect(
      (await shop.request({ method: 'POST', url: `/v1/journeys/${welcome.id}/archive` })).statusCode,
    ).toBe(200);
    const again = await listed(shop);
    expect(again.data).toHaveLength(availableKeys.length);
    expect(again.data.filter((journey) => journey.ready_made === 'welcome')).toEqual([
      expect.objectContaining({ id: welcome.id, status: 'archived' }),
    ]);
  });

  it('keeps a deleted ready-made segment deleted and enters the points reminder on a kept copy', async () => {
    const shop = await createTestShop(testApp(), shops.ja);
    const segments = (await shop.request({ method: 'GET', url: '/v1/segments' })).json().data as {
      id: string;
      ready_made: string;
    }[];
    const expiring = segments.find((segment) => segment.ready_made === 'points_expiring')!;
    expect((await shop.request({ method: 'DELETE', url: `/v1/segments/${expiring.id}` })).statusCode).toBe(
      200,
    );
    const journey = byKey((await listed(shop)).data, 'points_expiring');
    const entry = journey.draft.entry as { segment: string };
    expect(entry.segment).not.toBe(expiring.id);
    const [kept] = await queryRows<{ ready_made: string; name: string; deleted_at: Date | null }>(
      db(),
      sql`select ready_made, name, deleted_at from segments where id = ${entry.segment}`,
    );
    expect(kept).toEqual({
      ready_made: 'journey:ready-made:points_expiring',
      name: '今月ポイント失効予定',
      deleted_at: null,
    });
    expect((await shop.request({ method: 'GET', url: `/v1/segments/${expiring.id}` })).statusCode).toBe(404);
    expect(
      (await shop.request({ method: 'POST', url: `/v1/journeys/${journey.id}/publish`, payload: {} }))
        .statusCode,
    ).toBe(200);
  });
});

describe('ready-made journeys walked with the clock moved', () => {
  /** Publishes a ready-made journey with no holdout, so every run in the test is treated. */
  async function publishReadyMade(shop: TestShop, key: string): Promise<string> {
    const journey = byKey((await listed(shop)).data, key);
    const patched = await shop.request({
      method: 'PATCH',
      url: `/v1/journeys/${journey.id}`,
      payload: { graph: { ...journey.draft, holdout_percent: 0 } },
    });
    expect(patched.statusCode).toBe(200);
    expect(
      (await shop.request({ method: 'POST', url: `/v1/journeys/${journey.id}/publish`, payload: {} }))
        .statusCode,
    ).toBe(200);
    return journey.id;
  }

  const templateLanguages = (messageIds: string[]) =>
    queryRows<{ language: string }>(
      db(),
      sql`select t.language from messages m join message_templates t on t.id = m.template_id
          where m.dedupe_key = any(${`{${messageIds.join(',')}}`}::text[]) order by m.created_at`,
    );

  it('welcome series: a first order ends it as converted; without one, day 3 brings the first-order coupon', async () => {
    const start = new Date('2027-03-19T03:00:00Z');
    clock.set(start);
    const shop = await createTestShop(testApp(), shops.vi);
    const now = () => ({ occurredAt: clock.now(), receivedAt: clock.now() });
    await ingestAt(db(), clock, shop, [
      identify({ userId: 'nga', traits: { email: 'nga@example.com' }, ...now() }),
      identify({ userId: 'oanh', traits: { email: 'oanh@example.com' }, ...now() }),
    ]);
    const journey = await publishReadyMade(shop, 'welcome');
    await ingestAt(db(), clock, shop, [
      track('Signed Up', { userId: 'nga', ...now() }),
      track('Signed Up', { userId: 'oanh', ...now() }),
    ]);
    await moveClockTo(db(), clock, new Date(start.getTime() + 24 * hourMs));
    await ingestAt(db(), clock, shop, [
      track('Order Completed', {
        userId: 'nga',
        properties: { order_id: 'n1', total: 300_000, currency: 'VND' },
        ...now(),
      }),
    ]);
    await moveClockTo(db(), clock, new Date(start.getTime() + 72 * hourMs));
    expect(await journeyRuns(db(), journey)).toMatchObject([
      {
        customer: 'nga',
        outcome: 'converted',
        actions: ['entered', 'sent:welcome', 'delaying:three_days', 'converted:three_days'],
      },
      {
        customer: 'oanh',
        outcome: 'completed',
        actions: [
          'entered',
          'sent:welcome',
          'delaying:three_days',
          'delay_ended:three_days',
          'yes:ordered',
          'coupon:offer',
          'sent:offer_email',
        ],
      },
    ]);
    expect(
      (await journeyMessages(db(), journey)).map((message) => [message.customer, message.library_key]),
    ).toEqual([
      ['nga', 'welcome'],
      ['oanh', 'welcome'],
      ['oanh', 'win_back'],
    ]);
    const coupons = (await shop.request({ method: 'GET', url: '/v1/customers/oanh/coupons' })).json().data;
    expect(coupons).toEqual([expect.objectContaining({ kind: 'percent_off', percent_off: 10 })]);
    // The run carries the code it was given: saved, as a context a step replaced.
    const carried = await queryRows<{ carried: string | null; issued: string }>(
      db(),
      sql`select r.context->'coupon'->>'code' as carried, s.detail->>'code' as issued
          from journey_runs r join journey_run_steps s on s.run_id = r.id and s.action = 'coupon'
          where r.journey_id = ${journey}`,
    );
    expect(carried).toEqual([{ carried: expect.any(String), issued: carried[0]?.carried }]);
  });

  it('abandoned cart: the same cart’s order stops the reminder, another cart gets it four hours on', async () => {
    const start = new Date('2027-03-19T03:00:00Z');
    clock.set(start);
    const shop = await createTestShop(testApp(), shops.vi);
    const now = () => ({ occurredAt: clock.now(), receivedAt: clock.now() });
    await ingestAt(db(), clock, shop, [
      identify({ userId: 'lan', traits: { email: 'lan@example.com' }, ...now() }),
    ]);
    const journey = await publishReadyMade(shop, 'abandoned_cart');
    const checkout = (cart: string) =>
      track('Checkout Started', { userId: 'lan', properties: { cart_id: cart }, ...now() });
    await ingestAt(db(), clock, shop, [checkout('c1'), checkout('c2')]);

    await moveClockTo(db(), clock, new Date(start.getTime() + hourMs));
    await ingestAt(db(), clock, shop, [
      track('Order Completed', {
        userId: 'lan',
        properties: { order_id: 'o1', cart_id: 'c1', total: 300_000, currency: 'VND' },
        ...now(),
      }),
    ]);
    await moveClockTo(db(), clock, new Date(start.getTime() + 4 * hourMs - minuteMs));
    expect(await journeyRuns(db(), journey)).toMatchObject([
      {
        state: 'ended',
        actions: ['entered', 'waiting:bought', 'converted:bought', 'event_arrived:bought', 'exit:done'],
      },
      { state: 'waiting', node: 'bought', actions: ['entered', 'waiting:bought', 'converted:bought'] },
    ]);
    expect(await journeyMessages(db(), journey)).toEqual([]);

    await moveClockTo(db(), clock, new Date(start.getTime() + 4 * hourMs));
    const runs = await journeyRuns(db(), journey);
    expect(runs[1]).toMatchObject({
      state: 'ended',
      actions: ['entered', 'waiting:bought', 'converted:bought', 'timed_out:bought', 'sent:remind'],
    });
    const messages = await journeyMessages(db(), journey);
    expect(messages.map((message) => [message.customer, message.channel])).toEqual([['lan', 'email']]);
    expect(await templateLanguages(messages.map((message) => message.dedupe_key))).toEqual([
      { language: 'vi' },
    ]);
  });

  it('birthday: 500 points and the wish at 09:00 on the day in the customer’s own zone, not the shop’s', async () => {
    // Noon on Mar 19 in Tokyo (the shop); the customer lives in New York, on EDT (UTC−4) since Mar 14.
    clock.set(new Date('2027-03-19T03:00:00Z'));
    const shop = await createTestShop(testApp(), shops.ja);
    const now = () => ({ occurredAt: clock.now(), receivedAt: clock.now() });
    await ingestAt(db(), clock, shop, [
      identify({
        userId: 'mai',
        traits: { email: 'mai@example.com', birthday: '1990-03-20', timezone: 'America/New_York' },
        ...now(),
      }),
    ]);
    const journey = await publishReadyMade(shop, 'birthday');
    const balance = async () =>
      (await shop.request({ method: 'GET', url: '/v1/customers/mai/loyalty' })).json().points
        .balance as number;

    // Past midnight in Tokyo, still Mar 19 in New York: not her birthday yet.
    await moveClockTo(db(), clock, new Date('2027-03-20T03:59:00Z'));
    expect(await journeyRuns(db(), journey)).toEqual([]);
    // Midnight of Mar 20 in New York (04:00 UTC): the birthday starts, the run waits for 09:00 there.
    await moveClockTo(db(), clock, new Date('2027-03-20T04:00:00Z'));
    expect(await journeyRuns(db(), journey)).toMatchObject([
      { customer: 'mai', state: 'active', actions: ['entered'] },
    ]);
    await moveClockTo(db(), clock, new Date('2027-03-20T12:59:00Z'));
    expect(await journeyMessages(db(), journey)).toEqual([]);
    expect(await balance()).toBe(0);

    // 09:00 in New York is 13:00 UTC (00:00 on Mar 21 in Tokyo would be the shop's idea of it).
    await moveClockTo(db(), clock, new Date('2027-03-20T13:00:00Z'));
    expect(await journeyRuns(db(), journey)).toMatchObject([
      {
        customer: 'mai',
        state: 'ended',
        outcome: 'completed',
        actions: ['entered', 'points:bonus', 'sent:wish'],
      },
    ]);
    expect(await balance()).toBe(500);
    const messages = await journeyMessages(db(), journey);
    expect(messages.map((message) => message.library_key)).toEqual(['birthday']);
    expect(await templateLanguages(messages.map((message) => message.dedupe_key))).toEqual([
      { language: 'ja' },
    ]);
  });
});
