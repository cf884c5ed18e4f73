import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import { hourMs, minuteMs } from '../../core/time.js';
import { queryRows, type Db } from '../../db/connection.js';
import {
  createTestShop,
  identify,
  ingestAt,
  journeyMessages,
  journeyRuns,
  moveClockTo,
  publishedJourney,
  useTestApp,
  type TestShop,
} from '../../testing/index.js';

// The calendar in the customer's zone: "monthly" re-entry is Feb 15 → Mar 15 → Apr 15 (not every 30
// days), a delay until 09:00 stays 09:00 across a DST change, and a message whose moment passed
// while the server was down is skipped with its reason, not sent at 3 a.m.

const clock = fixedClock(new Date('2027-02-15T01:00:00Z'));
const testApp = useTestApp({ clock, privateDatabase: true });
const db = (): Db => testApp().ctx.db;

async function shopWith(userId: string, timezone: string): Promise<TestShop> {
  const shop = await createTestShop(testApp(), { currency: 'JPY', timezone: 'Asia/Tokyo', locale: 'ja-JP' });
  const now = clock.now();
  await ingestAt(db(), clock, shop, [
    identify({
      userId,
      traits: { email: `${userId}@example.com`, timezone },
      occurredAt: now,
      receivedAt: now,
    }),
  ]);
  return shop;
}

const enter = (shop: TestShop, journey: string, customer: string) =>
  shop.request({ method: 'POST', url: `/v1/journeys/${journey}/entries`, payload: { customer } });

describe('journeys on the customer’s calendar', () => {
  it('lets a monthly journey be entered again on the same day of the next month, in the customer’s zone', async () => {
    clock.set(new Date('2027-02-15T01:00:00Z')); // 10:00 on Feb 15 in Tokyo
    const shop = await shopWith('emi', 'Asia/Tokyo');
    const journey = await publishedJourney(shop, 'Monthly treat', {
      entry: { kind: 'api' },
      reentry: { mode: 'once_per', period: 'month' },
      holdout_percent: 0,
      start: 'done',
      nodes: { done: { type: 'exit' } },
    });
    expect((await enter(shop, journey, 'emi')).json()).toMatchObject({ entered: true });
    // 23:59 on Mar 14 in Tokyo (28 days on: a 28-day or "30-day" rule would differ from the calendar).
    clock.set(new Date('2027-03-14T14:59:00Z'));
    expect((await enter(shop, journey, 'emi')).json()).toEqual(
      expect.objectContaining({
        entered: false,
        refused: 'reentry_period',
        eligible_again_at: '2027-03-14T15:00:00.000Z',
      }),
    );
    clock.set(new Date('2027-03-14T15:00:00Z')); // 00:00 on Mar 15 in Tokyo
    expect((await enter(shop, journey, 'emi')).json()).toMatchObject({ entered: true });
    clock.set(new Date('2027-04-14T14:00:00Z'));
    expect((await enter(shop, journey, 'emi')).json()).toMatchObject({
      refused: 'reentry_period',
      eligible_again_at: '2027-04-14T15:00:00.000Z',
    });
    clock.set(new Date('2027-04-14T15:30:00Z'));
    expect((await enter(shop, journey, 'emi')).statusCode).toBe(201);
    expect((await journeyRuns(db(), journey)).map((run) => run.outcome)).toEqual([
      'completed',
      'completed',
      'completed',
    ]);
  });

  it('refuses a second entry while a run is open and for good under `never`', async () => {
    clock.set(new Date('2027-02-15T01:00:00Z'));
    const shop = await shopWith('fumi', 'Asia/Tokyo');
    const once = await publishedJourney(shop, 'Once', {
      entry: { kind: 'api' },
      reentry: { mode: 'never' },
      holdout_percent: 0,
      start: 'wait',
      nodes: { wait: { type: 'delay', for: { days: 1 } } },
    });
    expect((await enter(shop, once, 'fumi')).statusCode).toBe(201);
    expect((await enter(shop, once, 'fumi')).json()).toMatchObject({ entered: false, refused: 'already_in' });
    await moveClockTo(db(), clock, new Date('2027-02-17T00:00:00Z'));
    expect((await enter(shop, once, 'fumi')).json()).toMatchObject({
      entered: false,
      refused: 'reentry_never',
    });
    expect(await journeyRuns(db(), once)).toHaveLength(1);
  });

  it('waits until 09:00 local across a DST change, and skips a message whose moment passed long ago', async () => {
    // 00:30 on Sunday Mar 14 2027 in New York, EST (UTC−5); the clocks jump to EDT at 02:00.
    clock.set(new Date('2027-03-14T05:30:00Z'));
    const shop = await shopWith('gail', 'America/New_York');
    const journey = await publishedJourney(shop, 'Morning note', {
      entry: { kind: 'api' },
      reentry: { mode: 'after_end' },
      holdout_percent: 0,
      start: 'morning',
      nodes: {
        morning: { type: 'delay', until_time: { at: '09:00' }, next: 'note' },
        note: {
          type: 'message',
          channel: 'email',
          template: { library: 'welcome' },
          late_after_minutes: 60,
          next: 'tomorrow',
        },
        tomorrow: { type: 'delay', until_time: { at: '09:00' }, next: 'again' },
        again: {
          type: 'message',
          channel: 'email',
          template: { library: 'welcome' },
          late_after_minutes: 60,
        },
      },
    });
    await enter(shop, journey, 'gail');
    const wakeAt = async () =>
      (
        await queryRows<{ wake_at: Date | string }>(
          db(),
          sql`select wake_at from journey_runs where journey_id = ${journey}`,
        )
      ).map((row) => new Date(row.wake_at).toISOString());
    // 09:00 EDT is 13:00 UTC (it would be 14:00 UTC had the offset stayed EST).
    expect(await wakeAt()).toEqual(['2027-03-14T13:00:00.000Z']);
    await moveClockTo(db(), clock, new Date('2027-03-14T13:00:00Z'));
    expect(await wakeAt()).toEqual(['2027-03-15T13:00:00.000Z']);
    expect(await journeyMessages(db(), journey)).toHaveLength(1);
    // The server is down through Monday morning: at 12:00 EDT the 09:00 message is 3 hours late.
    await moveClockTo(db(), clock, new Date(Date.parse('2027-03-15T13:00:00Z') + 3 * hourMs + minuteMs));
    const [run] = await journeyRuns(db(), journey);
    expect(run!.actions.slice(-2)).toEqual(['delay_ended:tomorrow', 'skipped:again']);
    const [skipped] = await queryRows<{ detail: { reason: string; late_minutes: number } }>(
      db(),
      sql`select s.detail from journey_run_steps s join journey_runs r on r.id = s.run_id
          where r.journey_id = ${journey} and s.node = 'again'`,
    );
    expect(skipped!.detail).toEqual({ reason: 'late', late_minutes: 181 });
    expect(await journeyMessages(db(), journey)).toHaveLength(1);
  });
});
