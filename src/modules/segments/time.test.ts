import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import { dayMs, hourMs } from '../../core/time.js';
import { queryRows, type Db } from '../../db/connection.js';
import { consumers } from '../../server/consumers.js';
import { createTestShop, identify, track, useTestApp, type TestShop } from '../../testing/index.js';
import { scoresChangedAt } from '../analytics/index.js';
import { appendEvents, drainConsumers, type NewEvent } from '../events/index.js';
import { segmentsConsumer } from './consumer.js';
import { createSegment } from './segments.js';
import { runSegmentWork, timersStep } from './worker.js';

// Time alone moves some answers ("more than 30 days ago", "within the last 7 days", a birthday in
// the customer's zone). With the clock moved forward and no events, each changes at its instant:
// not a second before, and at that instant exactly.

const today = new Date(Math.floor(Date.now() / dayMs) * dayMs + 3 * hourMs);
const clock = fixedClock(today);
// A database of its own: the segments worker's steps (rebuilds, due timers) take every workspace's.
const testApp = useTestApp({ clock, privateDatabase: true });
const db = (): Db => testApp().ctx.db;
const days = (n: number) => new Date(today.getTime() + n * dayMs);
const at = (date: Date) => ({ occurredAt: date, receivedAt: date });

async function ingest(shop: TestShop, events: NewEvent[]) {
  await appendEvents(db(), shop.workspace.id, events);
  await drainConsumers(db(), [...consumers.filter((c) => c.name !== 'segments'), segmentsConsumer(clock)]);
}

async function segment(shop: TestShop, name: string, definition: unknown): Promise<string> {
  const row = await createSegment(db(), shop.workspace.id, { name, definition }, clock.now());
  await runSegmentWork(db(), clock.now(), scoresChangedAt);
  return row.id;
}

async function changes(segmentId: string) {
  const rows = await queryRows<{ name: string; user: string; occurred_at: Date }>(
    db(),
    sql`select e.name, c.external_id as user, e.occurred_at from events e
        join customers c on c.id = e.properties->>'customer_id'
        where e.name in ('Segment Entered', 'Segment Exited') and e.properties->>'segment_id' = ${segmentId}
        order by e.occurred_at, e.id`,
  );
  return rows.map((row) => [row.name, row.user, new Date(row.occurred_at).toISOString()]);
}

/** Moves the clock to `to` and runs what is due then, as the worker would. */
async function moveTo(to: Date) {
  clock.set(to);
  while ((await timersStep(db(), to)) > 0);
}

describe('time passing, no events', () => {
  it('changes memberships exactly when each answer changes', async () => {
    const shop = await createTestShop(testApp(), { currency: 'USD', timezone: 'Asia/Ho_Chi_Minh' });
    // The shop's calendar date today, as Tokyo sees it at 12:00 (03:00 UTC): a birthday 3 days on.
    const birthday = new Date(today.getTime() + 3 * dayMs).toISOString().slice(5, 10);
    await ingest(shop, [
      identify({ userId: 'x', ...at(days(-40)) }),
      identify({ userId: 'y', ...at(days(-40)) }),
      identify({
        userId: 'z',
        traits: { birthday: `1990-${birthday}`, timezone: 'Asia/Tokyo' },
        ...at(days(-40)),
      }),
      track('Order Completed', { userId: 'x', properties: { order_id: 'x1', total: 10 }, ...at(days(-25)) }),
      track('Viewed', { userId: 'y', ...at(days(-5)) }),
    ]);
    const quiet = await segment(shop, 'Quiet', {
      field: 'orders.last_order_at',
      op: 'more_than_days_ago',
      value: 30,
    });
    const browsing = await segment(shop, 'Browsing', { event: 'Viewed', within: { last_days: 7 } });
    const birthdays = await segment(shop, 'Birthday today', {
      field: 'profile.birthday',
      op: 'anniversary_within_days',
      value: 0,
    });
    expect(await changes(quiet)).toEqual([]);
    expect(await changes(browsing)).toEqual([['Segment Entered', 'y', today.toISOString()]]);
    expect(await changes(birthdays)).toEqual([]);
    const logged = async () =>
      (
        await queryRows<{ n: number }>(
          db(),
          sql`select count(*)::int as n from events where workspace_id = ${shop.workspace.id}
        and name not in ('Segment Entered', 'Segment Exited')`,
        )
      )[0]!.n;
    const before = await logged();

    // y's view leaves the 7 days at its occurrence + 7 days: today + 2 days.
    await moveTo(new Date(days(2).getTime() - 1000));
    expect(await changes(browsing)).toHaveLength(1);
    await moveTo(days(2));
    expect(await changes(browsing)).toEqual([
      ['Segment Entered', 'y', today.toISOString()],
      ['Segment Exited', 'y', days(2).toISOString()],
    ]);

    // z's birthday starts at local midnight in Tokyo (15:00 UTC the day before) and ends a day later.
    const tokyoMidnight = new Date(Date.parse(`${days(3).toISOString().slice(0, 10)}T00:00:00+09:00`));
    await moveTo(new Date(tokyoMidnight.getTime() - 1000));
    expect(await changes(birthdays)).toEqual([]);
    await moveTo(tokyoMidnight);
    expect(await changes(birthdays)).toEqual([['Segment Entered', 'z', tokyoMidnight.toISOString()]]);

    await moveTo(new Date(tokyoMidnight.getTime() + dayMs));
    expect(await changes(birthdays)).toEqual([
      ['Segment Entered', 'z', tokyoMidnight.toISOString()],
      ['Segment Exited', 'z', new Date(tokyoMidnight.getTime() + dayMs).toISOString()],
    ]);

    // x's last order becomes more than 30 days old at its time + 30 days: today + 5 days.
    await moveTo(new Date(days(5).getTime() - 1000));
    expect(await changes(quiet)).toEqual([]);
    await moveTo(days(5));
    expect(await changes(quiet)).toEqual([['Segment Entered', 'x', days(5).toISOString()]]);
    // Next year's birthday is the next change; nothing else is due.
    const next = await queryRows<{ due_at: Date }>(
      db(),
      sql`select due_at from segment_timers where segment_id = ${birthdays}`,
    );
    expect(new Date(next[0]!.due_at).getTime()).toBeGreaterThan(tokyoMidnight.getTime() + 300 * dayMs);
    expect(await logged()).toBe(before);
  });

  it('schedules no timer while a field decides the group, and still changes on time', async () => {
    clock.set(today);
    const shop = await createTestShop(testApp(), { currency: 'USD', timezone: 'Asia/Ho_Chi_Minh' });
    await ingest(shop, [
      identify({ userId: 'vip', traits: { vip: true }, ...at(days(-40)) }),
      identify({ userId: 'plain', traits: { vip: false }, ...at(days(-40)) }),
      track('Viewed', { userId: 'vip', ...at(days(-5)) }),
      track('Viewed', { userId: 'plain', ...at(days(-5)) }),
    ]);
    const viewed = { event: 'Viewed', within: { last_days: 7 } };
    const vip = { field: 'traits.vip', op: 'eq', value: true };
    const both = await segment(shop, 'VIP browsing', { all: [vip, viewed] });
    const either = await segment(shop, 'VIP or browsing', { any: [vip, viewed] });
    const timers = async (segmentId: string) =>
      (
        await queryRows<{ user: string; due_at: Date }>(
          db(),
          sql`select c.external_id as user, t.due_at from segment_timers t
              join customers c on c.id = t.customer_id where t.segment_id = ${segmentId}`,
        )
      ).map((row) => [row.user, new Date(row.due_at).toISOString()]);
    // Not VIP: "all" stays false whatever the view does. VIP: "any" stays true.
    expect(await timers(both)).toEqual([['vip', days(2).toISOString()]]);
    expect(await timers(either)).toEqual([['plain', days(2).toISOString()]]);

    await moveTo(days(2));
    expect(await changes(both)).toEqual([
      ['Segment Entered', 'vip', today.toISOString()],
      ['Segment Exited', 'vip', days(2).toISOString()],
    ]);
    expect((await changes(either)).filter(([name]) => name === 'Segment Exited')).toEqual([
      ['Segment Exited', 'plain', days(2).toISOString()],
    ]);
  });

  it('sets no timer where leaving the window cannot change a count, one where it can', async () => {
    clock.set(today);
    const shop = await createTestShop(testApp(), { currency: 'USD', timezone: 'Asia/Ho_Chi_Minh' });
    await ingest(shop, [
      identify({ userId: 'once', ...at(days(-40)) }),
      identify({ userId: 'twice', ...at(days(-40)) }),
      identify({ userId: 'later', ...at(days(-40)) }),
      track('Viewed', { userId: 'once', ...at(days(-5)) }),
      track('Viewed', { userId: 'twice', ...at(days(-5)) }),
      track('Viewed', { userId: 'twice', ...at(days(-3)) }),
      track('Viewed', { userId: 'later', ...at(days(-4)) }),
      // Dated ahead of the evaluation's clock: it enters the window when its moment comes.
      track('Viewed', { userId: 'later', ...at(days(1)) }),
    ]);
    const twice = await segment(shop, 'Browsed twice', {
      event: 'Viewed',
      count: { op: 'gte', value: 2 },
      within: { last_days: 7 },
    });
    const due = async () =>
      (
        await queryRows<{ user: string; due_at: Date }>(
          db(),
          sql`select c.external_id as user, t.due_at from segment_timers t
              join customers c on c.id = t.customer_id where t.segment_id = ${twice} order by 1`,
        )
      ).map((row) => [row.user, new Date(row.due_at).toISOString()]);
    // once: one view, and time only lowers it. twice: the first leaves at -5 + 7. later: one view
    // now, a second at +1.
    expect(await due()).toEqual([
      ['later', days(1).toISOString()],
      ['twice', days(2).toISOString()],
    ]);
    await moveTo(days(1));
    await moveTo(days(2));
    expect(await changes(twice)).toEqual([
      ['Segment Entered', 'twice', today.toISOString()],
      ['Segment Entered', 'later', days(1).toISOString()],
      ['Segment Exited', 'twice', days(2).toISOString()],
    ]);
  });
});
