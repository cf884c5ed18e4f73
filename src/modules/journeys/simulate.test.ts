import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import { dayMs, hourMs } from '../../core/time.js';
import { queryRows, type Db } from '../../db/connection.js';
import { findCustomerRef } from '../customers/index.js';
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
import { heldOut } from './entries.js';

// A draft replayed over a shop's known 30 days: each count below is worked out by hand from the
// events, and the database is the same after the simulation as before it.

const now = new Date(Math.floor(Date.now() / dayMs) * dayMs + 3 * hourMs);
const clock = fixedClock(now);
// A database of its own: the "nothing written" test counts every table's rows.
const testApp = useTestApp({ clock, privateDatabase: true });
const db = (): Db => testApp().ctx.db;
const ago = (ms: number) => new Date(now.getTime() - ms);
const at = (date: Date) => ({ occurredAt: date, receivedAt: date });

async function shopWith(users: string[]): Promise<TestShop> {
  const shop = await createTestShop(testApp(), {
    currency: 'VND',
    timezone: 'Asia/Ho_Chi_Minh',
    locale: 'vi-VN',
  });
  const before = ago(60 * dayMs);
  await ingestAt(
    db(),
    clock,
    shop,
    users.map((userId) =>
      identify({ userId, traits: { email: `${userId}@example.com`, phone: '+84901234567' }, ...at(before) }),
    ),
  );
  return shop;
}

const checkout = (userId: string, cart: string | null, when: Date) =>
  track('Checkout Started', { userId, properties: cart ? { cart_id: cart } : {}, ...at(when) });
const order = (userId: string, id: string, cart: string, when: Date) =>
  track('Order Completed', {
    userId,
    properties: { order_id: id, cart_id: cart, total: 250_000, currency: 'VND' },
    ...at(when),
  });

const historyUsers = ['an', 'binh', 'chi', 'dung', 'em', 'giang', 'hoa'];
/** The 30-day shop: each entry, refusal and run's end below is worked out by hand from it. */
const history = () => [
  // Before the window: neither entry counts.
  checkout('hoa', 'c7', ago(40 * dayMs)),
  // An orders the cart within the hour: the wait goes the matched way (thanks); with a second
  // order on day 20 her order count is 2 today, so the branch gives 100 points; she ends.
  checkout('an', 'c1', ago(20 * dayMs)),
  order('an', 'o1', 'c1', ago(20 * dayMs - hourMs)),
  order('an', 'o2', 'c9', ago(10 * dayMs)),
  // The same cart again after her run ended: refused by re-entry "never".
  checkout('an', 'c1', ago(5 * dayMs)),
  // Binh's cart c2 times out (an order for another cart is not its answer): reminder email,
  // two days, then the SMS; the same cart again while waiting is refused as already in.
  checkout('binh', 'c2', ago(15 * dayMs)),
  checkout('binh', 'c2', ago(15 * dayMs - hourMs)),
  order('binh', 'o3', 'c3', ago(15 * dayMs - 2 * hourMs)),
  // Chi times out a day ago: the reminder goes, and a review 12 h ago converts her in the delay.
  checkout('chi', 'c4', ago(dayMs)),
  track('Review Written', { userId: 'chi', ...at(ago(12 * hourMs)) }),
  // Dung started checking out 2 h ago: still waiting.
  checkout('dung', 'c5', ago(2 * hourMs)),
  // Em deletes her account while waiting: exited, nothing sent.
  checkout('em', 'c6', ago(10 * dayMs)),
  track('Account Deleted', { userId: 'em', ...at(ago(10 * dayMs - hourMs)) }),
  // Giang's checkout has no cart: one run per cart cannot tell it apart.
  checkout('giang', null, ago(8 * dayMs)),
];

/** Abandoned cart: wait 4 h for the same cart's order; thank and reward repeat buyers, remind the rest twice. */
const abandonedCart = {
  entry: { kind: 'event', event: 'Checkout Started' },
  entry_key: 'cart_id',
  reentry: { mode: 'never' },
  goal: { event: 'Review Written', within_days: 30 },
  exits: [{ event: 'Account Deleted' }],
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
    thanks: { type: 'message', channel: 'email', template: { library: 'thank_you' }, next: 'repeat' },
    repeat: { type: 'branch', condition: { field: 'orders.count', op: 'gte', value: 2 }, yes: 'bonus' },
    bonus: { type: 'points', points: 100, reason: 'Repeat order' },
    remind: { type: 'message', channel: 'email', template: { library: 'at_risk' }, next: 'pause' },
    pause: { type: 'delay', for: { days: 2 }, next: 'text' },
    text: { type: 'message', channel: 'sms', template: { library: 'at_risk' } },
  },
};

async function draft(shop: TestShop, graph: unknown): Promise<string> {
  const created = await shop.request({
    method: 'POST',
    url: '/v1/journeys',
    payload: { name: 'Simulated', graph },
  });
  expect(created.statusCode).toBe(201);
  return created.json().id as string;
}

const simulate = (shop: TestShop, id: string, payload: Record<string, unknown>) =>
  shop.request({ method: 'POST', url: `/v1/journeys/${id}/simulate`, payload });

/** Every table's row count: a simulation that wrote anything anywhere changes one of them. */
async function rowCounts(): Promise<Record<string, number>> {
  const tables = await queryRows<{ name: string }>(
    db(),
    sql`select table_name as name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await queryRows<{ n: number }>(
      db(),
      sql`select count(*)::int as n from ${sql.identifier(name)}`,
    );
    counts[name] = row!.n;
  }
  return counts;
}

/**
 * The events lived by the engine at their own moments: before each, the clock stops at every timer
 * due by then (as a running server's worker would fire it), then the event is read; last, up to now.
 */
async function live(shop: TestShop, journeyId: string, events: NewEvent[]): Promise<void> {
  const stepTimersUntil = async (until: Date) => {
    for (;;) {
      const [row] = await queryRows<{ next: string | null }>(
        db(),
        sql`select min(wake_at)::text as next from journey_runs where journey_id = ${journeyId} and state <> 'ended'`,
      );
      const next = row?.next ? new Date(row.next) : null;
      if (!next || next > until) return;
      await moveClockTo(db(), clock, next);
    }
  };
  for (const event of [...events].sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime())) {
    if (event.receivedAt < clock.now()) continue;
    await stepTimersUntil(event.receivedAt);
    clock.set(event.receivedAt);
    await ingestAt(db(), clock, shop, [event]);
  }
  await stepTimersUntil(now);
  clock.set(now);
}

describe('POST /v1/journeys/:id/simulate', () => {
  it('counts entries, refusals, runs at each node, outcomes and messages per channel as worked out by hand', async () => {
    const shop = await shopWith(historyUsers);
    await ingestAt(db(), clock, shop, history());
    const id = await draft(shop, abandonedCart);

    const response = await simulate(shop, id, { days: 30 });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      object: 'journey_simulation',
      journey_id: id,
      days: 30,
      from: ago(30 * dayMs).toISOString(),
      replayed_to: now.toISOString(),
      entry_replayed: true,
      entry_not_replayed_reason: null,
      branches_evaluated_at: 'now',
      entered: 5,
      customers: 5,
      holdout: 0,
      refused: { already_in: 1, reentry_never: 1, reentry_period: 0, missing_entry_key: 1 },
      in_progress: 1,
      at_nodes: { wait_order: 1 },
      ended: { completed: 2, converted: 1, exited: 1 },
      conversions: 1,
      messages: { email: 3, sms: 1 },
      messages_held_out: 0,
      messages_late: 0,
      points: 100,
      coupons: 0,
      // Checkouts, orders, the review and the deletion in the window (Hoa's are older).
      events_replayed: 13,
      truncated: false,
    });

    // Three days back: only Chi (converted) and Dung (waiting) entered; Chi's reminder is the only message.
    const recent = (await simulate(shop, id, { days: 3 })).json();
    expect(recent).toMatchObject({
      entered: 2,
      at_nodes: { wait_order: 1 },
      ended: { completed: 0, converted: 1, exited: 0 },
      messages: { email: 1 },
      points: 0,
    });
  });

  it('replays a draft given in the body, and a re-entry period refuses orders inside it', async () => {
    const shop = await shopWith(['lan', 'minh']);
    await ingestAt(db(), clock, shop, [
      order('lan', 'l1', 'x', ago(20 * dayMs)),
      order('lan', 'l2', 'x', ago(14 * dayMs)), // six days later: inside the week
      order('lan', 'l3', 'x', ago(12 * dayMs)), // eight days after the first: again
      order('lan', 'l4', 'x', ago(6 * dayMs)), // six days after: refused
      order('minh', 'm1', 'y', ago(2 * dayMs)),
    ]);
    const id = await draft(shop, abandonedCart);
    const weekly = {
      entry: { kind: 'event', event: 'Order Completed' },
      reentry: { mode: 'once_per', period: 'week' },
      holdout_percent: 50,
      start: 'thanks',
      nodes: { thanks: { type: 'message', channel: 'line', template: { library: 'thank_you' } } },
    };
    const answer = (await simulate(shop, id, { graph: weekly })).json();
    // The default window is 30 days; each entry sends once unless its customer is held out.
    const customers = await Promise.all(
      ['lan', 'minh'].map((user) => findCustomerRef(db(), shop.workspace.id, user)),
    );
    const [lanHeld, minhHeld] = customers.map((customer) => heldOut(id, customer!, 50));
    const heldEntries = (lanHeld ? 2 : 0) + (minhHeld ? 1 : 0);
    expect(answer).toMatchObject({
      days: 30,
      entered: 3,
      customers: 2,
      holdout: heldEntries,
      refused: { already_in: 0, reentry_never: 0, reentry_period: 2, missing_entry_key: 0 },
      ended: { completed: 3, converted: 0, exited: 0 },
      messages: heldEntries === 3 ? {} : { line: 3 - heldEntries },
      messages_held_out: heldEntries,
    });
  });

  it('agrees with the engine that lived the same 30 days: entries, holdouts, where runs are, how they ended, messages', async () => {
    const shop = await shopWith(historyUsers);
    // Without the branch: the engine asks it when a run gets there, the simulation at now.
    const { repeat: _branch, bonus: _points, ...nodes } = abandonedCart.nodes;
    const graph = {
      ...abandonedCart,
      holdout_percent: 30,
      nodes: { ...nodes, thanks: { ...nodes.thanks, next: undefined } },
    };
    clock.set(ago(31 * dayMs));
    const id = await publishedJourney(shop, 'Lived', graph);
    await live(shop, id, history());

    const runs = await journeyRuns(db(), id);
    const atNodes: Record<string, number> = {};
    const ended = { completed: 0, converted: 0, exited: 0 };
    for (const run of runs) {
      if (run.state === 'ended') ended[run.outcome as keyof typeof ended]++;
      else atNodes[run.node!] = (atNodes[run.node!] ?? 0) + 1;
    }
    const messages: Record<string, number> = {};
    for (const message of await journeyMessages(db(), id))
      messages[message.channel] = (messages[message.channel] ?? 0) + 1;
    // The engine's own answer, by hand: Dung waits; An and Binh complete, Chi converts, Em exits.
    expect({ atNodes, ended }).toEqual({
      atNodes: { wait_order: 1 },
      ended: { completed: 2, converted: 1, exited: 1 },
    });
    expect(runs).toHaveLength(5);

    const simulated = (await simulate(shop, id, { days: 30 })).json();
    expect(simulated).toMatchObject({
      entered: runs.length,
      holdout: runs.filter((run) => run.holdout).length,
      at_nodes: atNodes,
      ended,
      messages,
      messages_late: 0,
    });
    // Four messages in all (An's thanks, Binh's two reminders, Chi's one): sent or held out.
    const sent = Object.values(messages).reduce((sum, count) => sum + count, 0);
    expect(sent + simulated.messages_held_out).toBe(4);
  });

  it('writes nothing: no runs, no messages, no points, no events', async () => {
    const shop = await shopWith(['an']);
    await ingestAt(db(), clock, shop, [
      checkout('an', 'c1', ago(5 * dayMs)),
      order('an', 'o1', 'c1', ago(5 * dayMs - hourMs)),
    ]);
    const id = await draft(shop, abandonedCart);
    const before = await rowCounts();
    const answer = (await simulate(shop, id, {})).json();
    expect(answer).toMatchObject({ entered: 1, messages: { email: 1 } });
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses days out of range naming days, and a bad draft naming its node', async () => {
    const shop = await shopWith([]);
    const id = await draft(shop, abandonedCart);
    for (const days of [0, 91, 2.5]) {
      const response = await simulate(shop, id, { days });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'parameter_invalid', param: 'days' });
    }
    const broken = {
      ...abandonedCart,
      nodes: { ...abandonedCart.nodes, pause: { type: 'delay', for: { days: 2 }, next: 'nowhere' } },
    };
    const response = await simulate(shop, id, { graph: broken });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.param).toMatch(/^graph\.nodes\.pause/);
    expect((await simulate(shop, 'jrn_missing', {})).statusCode).toBe(404);
  });
});
