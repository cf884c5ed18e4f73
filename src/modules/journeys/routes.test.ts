import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import { dayMs, hourMs } from '../../core/time.js';
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

// The journeys API: bad definitions named at their node and saving nothing, versions and what they
// do to runs in flight, pause and resume, API entries, a customer's runs, export and erasure.

const clock = fixedClock(new Date(Math.floor(Date.now() / dayMs) * dayMs + 3 * hourMs));
const testApp = useTestApp({ clock, privateDatabase: true });
const db = (): Db => testApp().ctx.db;

const twoSteps = {
  entry: { kind: 'api' },
  reentry: { mode: 'after_end' },
  holdout_percent: 0,
  start: 'hello',
  nodes: {
    hello: { type: 'message', channel: 'email', template: { library: 'welcome' }, next: 'pause' },
    pause: { type: 'delay', for: { days: 3 }, next: 'bye' },
    bye: { type: 'message', channel: 'email', template: { library: 'at_risk' } },
  },
};

async function shopWith(users: string[]): Promise<TestShop> {
  const shop = await createTestShop(testApp(), {
    currency: 'THB',
    timezone: 'Asia/Bangkok',
    locale: 'th-TH',
  });
  const now = clock.now();
  await ingestAt(
    db(),
    clock,
    shop,
    users.map((userId) =>
      identify({ userId, traits: { email: `${userId}@example.com` }, occurredAt: now, receivedAt: now }),
    ),
  );
  return shop;
}

const post = (shop: TestShop, url: string, payload: object = {}) =>
  shop.request({ method: 'POST', url, payload });

describe('a journey definition that cannot run', () => {
  const cases: [string, (graph: typeof twoSteps) => unknown, string, RegExp][] = [
    [
      'a cycle without a delay',
      (g) => ({
        ...g,
        nodes: {
          ...g.nodes,
          bye: { ...g.nodes.bye, next: 'hello' },
          pause: { type: 'points', points: 5, next: 'bye' },
        },
      }),
      'graph.nodes.hello',
      /cycle without a delay or a wait/,
    ],
    [
      'a wait without timeout',
      (g) => ({
        ...g,
        nodes: { ...g.nodes, pause: { type: 'wait', event: 'Order Completed', next: 'bye' } },
      }),
      'graph.nodes.pause.timeout',
      /./,
    ],
    [
      'an edge to nowhere',
      (g) => ({ ...g, nodes: { ...g.nodes, pause: { ...g.nodes.pause, next: 'ciao' } } }),
      'graph.nodes.pause.next',
      /names no node/,
    ],
    [
      'a node nothing leads to',
      (g) => ({ ...g, nodes: { ...g.nodes, lost: { type: 'exit' } } }),
      'graph.nodes.lost',
      /cannot be reached/,
    ],
    [
      'a split that is not 100%',
      (g) => ({
        ...g,
        nodes: {
          ...g.nodes,
          pause: { type: 'split', paths: [{ percent: 50, next: 'bye' }, { percent: 40 }] },
        },
      }),
      'graph.nodes.pause.paths',
      /100 percent/,
    ],
    [
      'a bad branch condition',
      (g) => ({
        ...g,
        nodes: {
          ...g.nodes,
          pause: {
            type: 'branch',
            condition: { field: 'orders.count', op: 'gte', value: 'many' },
            yes: 'bye',
          },
        },
      }),
      'graph.nodes.pause.condition.value',
      /./,
    ],
    [
      'a same-key wait without an entry key',
      (g) => ({
        ...g,
        nodes: {
          ...g.nodes,
          pause: {
            type: 'wait',
            event: 'Order Completed',
            same_entry_key: true,
            timeout: { hours: 4 },
            next: 'bye',
          },
        },
      }),
      'graph.nodes.pause.same_entry_key',
      /entry_key/,
    ],
  ];
  it.each(cases)(
    'refuses %s with 400 naming the node, and saves nothing',
    async (_, change, param, message) => {
      const shop = await shopWith([]);
      const response = await post(shop, '/v1/journeys', {
        name: 'Broken',
        graph: change(structuredClone(twoSteps)),
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ param });
      expect(response.json().error.message).toMatch(message);
      const saved = (await shop.request({ method: 'GET', url: '/v1/journeys' })).json().data;
      expect(saved.filter((journey: { ready_made: string | null }) => !journey.ready_made)).toEqual([]);
    },
  );

  it('refuses to publish a message naming a missing template or a segment that does not exist', async () => {
    const shop = await shopWith([]);
    const badTemplate = structuredClone(twoSteps) as Record<string, unknown> & typeof twoSteps;
    (badTemplate.nodes as Record<string, unknown>).bye = {
      type: 'message',
      channel: 'email',
      template: { by_language: { th: 'tpl_nothing' } },
    };
    const created = (await post(shop, '/v1/journeys', { name: 'No template', graph: badTemplate })).json();
    const refused = await post(shop, `/v1/journeys/${created.id}/publish`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.param).toBe('graph.nodes.bye.template.by_language.th');
    const smsWelcome = {
      ...twoSteps,
      nodes: {
        ...twoSteps.nodes,
        bye: { type: 'message', channel: 'zalo', template: { library: 'welcome' } },
      },
    };
    await shop.request({
      method: 'PATCH',
      url: `/v1/journeys/${created.id}`,
      payload: { graph: smsWelcome },
    });
    expect((await post(shop, `/v1/journeys/${created.id}/publish`)).json().error.param).toBe(
      'graph.nodes.bye.template.library',
    );
    const segmentEntry = { ...twoSteps, entry: { kind: 'segment', segment: 'seg_missing', on: 'entered' } };
    await shop.request({
      method: 'PATCH',
      url: `/v1/journeys/${created.id}`,
      payload: { graph: segmentEntry },
    });
    expect((await post(shop, `/v1/journeys/${created.id}/publish`)).json().error.param).toBe(
      'graph.entry.segment',
    );
    const journey = (await shop.request({ method: 'GET', url: `/v1/journeys/${created.id}` })).json();
    expect(journey).toMatchObject({ status: 'draft', live_version: null });
  });
});

describe('versions, pause and entries', () => {
  it('keeps runs on their version, or moves them to the named node of the new one', async () => {
    const shop = await shopWith(['ann', 'ben', 'cat']);
    const journey = await publishedJourney(shop, 'Two steps', twoSteps);
    await post(shop, `/v1/journeys/${journey}/entries`, { customer: 'ann' });
    // Version 2 stays: Ann keeps walking version 1 and gets its `bye` (at_risk).
    const second = {
      ...twoSteps,
      nodes: {
        ...twoSteps.nodes,
        bye: { type: 'message', channel: 'email', template: { library: 'win_back' } },
      },
    };
    await shop.request({ method: 'PATCH', url: `/v1/journeys/${journey}`, payload: { graph: second } });
    expect(
      (await post(shop, `/v1/journeys/${journey}/publish`, { in_flight: { mode: 'stay' } })).json(),
    ).toMatchObject({
      version: 2,
      in_flight: { mode: 'stay' },
    });
    await post(shop, `/v1/journeys/${journey}/entries`, { customer: 'ben' });
    // Version 3 moves runs in flight to its `bye` at once.
    const third = {
      ...twoSteps,
      nodes: {
        ...twoSteps.nodes,
        bye: { type: 'message', channel: 'email', template: { library: 'birthday' } },
      },
    };
    await shop.request({ method: 'PATCH', url: `/v1/journeys/${journey}`, payload: { graph: third } });
    await post(shop, `/v1/journeys/${journey}/entries`, { customer: 'cat' });
    const moved = await post(shop, `/v1/journeys/${journey}/publish`, {
      in_flight: { mode: 'move', node: 'bye' },
    });
    expect(moved.json()).toMatchObject({ version: 3, in_flight: { mode: 'move', node: 'bye', moved: 3 } });
    await moveClockTo(db(), clock, new Date(clock.now().getTime() + 1000));
    const runs = await journeyRuns(db(), journey);
    expect(runs.map((run) => [run.customer, run.state, run.actions.at(-2), run.actions.at(-1)])).toEqual([
      ['ann', 'ended', 'moved:bye', 'sent:bye'],
      ['ben', 'ended', 'moved:bye', 'sent:bye'],
      ['cat', 'ended', 'moved:bye', 'sent:bye'],
    ]);
    // Each got the welcome of the version they entered and version 3's bye (birthday).
    expect((await journeyMessages(db(), journey)).map((m) => `${m.customer}:${m.library_key}`)).toEqual([
      'ann:welcome',
      'ben:welcome',
      'cat:welcome',
      'ann:birthday',
      'ben:birthday',
      'cat:birthday',
    ]);
    const versions = (await shop.request({ method: 'GET', url: `/v1/journeys/${journey}/versions` })).json();
    expect(versions.data.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
  });

  it('holds runs while paused and catches up on resume; nobody enters a paused journey', async () => {
    const shop = await shopWith(['dan', 'eve']);
    const journey = await publishedJourney(shop, 'Pausable', twoSteps);
    await post(shop, `/v1/journeys/${journey}/entries`, { customer: 'dan' });
    expect((await post(shop, `/v1/journeys/${journey}/pause`)).json()).toMatchObject({ status: 'paused' });
    const refused = await post(shop, `/v1/journeys/${journey}/entries`, { customer: 'eve' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('journey_not_live');
    expect((await post(shop, `/v1/journeys/${journey}/pause`)).json().error.code).toBe('journey_state');
    await moveClockTo(db(), clock, new Date(clock.now().getTime() + 4 * dayMs));
    expect((await journeyRuns(db(), journey))[0]).toMatchObject({ state: 'active', node: 'pause' });
    await post(shop, `/v1/journeys/${journey}/resume`);
    await moveClockTo(db(), clock, clock.now());
    // Due a day ago: the delay ends and `bye` is a day late, beyond its default six hours: skipped.
    expect((await journeyRuns(db(), journey))[0]!.actions.slice(-2)).toEqual([
      'delay_ended:pause',
      'skipped:bye',
    ]);
    expect(await journeyMessages(db(), journey)).toHaveLength(1);
  });

  it('answers API entries with their errors, and lists a customer’s runs with where they are', async () => {
    const shop = await shopWith(['fay']);
    const journey = await publishedJourney(shop, 'By API', { ...twoSteps, entry_key: 'booking_id' });
    const missingKey = await post(shop, `/v1/journeys/${journey}/entries`, { customer: 'fay' });
    expect(missingKey.json().error).toMatchObject({ code: 'parameter_missing', param: 'entry_key' });
    const nobody = await post(shop, `/v1/journeys/${journey}/entries`, {
      customer: 'ghost',
      entry_key: 'b1',
    });
    expect(nobody.statusCode).toBe(404);
    expect(nobody.json().error.param).toBe('customer');
    const entered = await post(shop, `/v1/journeys/${journey}/entries`, {
      customer: 'fay',
      entry_key: 'b1',
      properties: { room: 12 },
    });
    expect(entered.statusCode).toBe(201);
    // One run per key: another booking is another run.
    expect(
      (await post(shop, `/v1/journeys/${journey}/entries`, { customer: 'fay', entry_key: 'b2' })).statusCode,
    ).toBe(201);
    const runs = (await shop.request({ method: 'GET', url: '/v1/customers/fay/journeys' })).json().data;
    expect(runs).toHaveLength(2);
    expect(runs[0]).toMatchObject({
      journey_name: 'By API',
      node: 'pause',
      state: 'active',
      last_step: { action: 'delaying' },
    });
    const history = (
      await shop.request({ method: 'GET', url: `/v1/journeys/${journey}/runs/${entered.json().run.id}` })
    ).json();
    expect(history.steps.map((s: { action: string }) => s.action)).toEqual(['entered', 'sent', 'delaying']);
    const eventEntry = await publishedJourney(shop, 'By event', {
      ...twoSteps,
      entry: { kind: 'event', event: 'Signed Up' },
    });
    expect(
      (await post(shop, `/v1/journeys/${eventEntry}/entries`, { customer: 'fay' })).json().error.code,
    ).toBe('journey_entry_kind');
  });

  it('exports a customer’s runs and erases what they carried', async () => {
    const shop = await shopWith(['gus']);
    const journey = await publishedJourney(shop, 'Carried', twoSteps);
    await post(shop, `/v1/journeys/${journey}/entries`, { customer: 'gus', properties: { secret: 'mine' } });
    const exported = (await shop.request({ method: 'GET', url: '/v1/customers/gus/export' })).json();
    expect(JSON.stringify(exported.modules.journeys)).toContain('mine');
    const erased = await shop.request({ method: 'DELETE', url: '/v1/customers/gus' });
    expect(erased.statusCode).toBeLessThan(300);
    const [row] = await queryRows<{ state: string; outcome: string; context: unknown }>(
      db(),
      sql`select state, outcome, context from journey_runs where journey_id = ${journey}`,
    );
    expect(row).toEqual({ state: 'ended', outcome: 'erased', context: {} });
  });
});
