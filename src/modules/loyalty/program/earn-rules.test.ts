import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../core/clock.js';
import { dayMs } from '../../../core/time.js';
import type { Database } from '../../../db/connection.js';
import {
  createTestApp,
  createTestShop,
  ledgerHolds,
  loyaltyStatus,
  openTestDatabase,
  putProgram,
  sendIdentify,
  sendTrack,
  type TestApp,
  type TestShop,
} from '../../../testing/index.js';

let database: Database;
let testApp: TestApp;
const start = new Date('2026-05-04T10:00:00Z'); // a Monday
const clock = fixedClock(start);

beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await createTestApp(database, { clock });
});
afterAll(async () => {
  await testApp.app.close();
  await database.close();
});

const db = () => testApp.ctx.db;
const days = (n: number) => new Date(start.getTime() + n * dayMs);

async function rule(shop: TestShop, name: string, definition: Record<string, unknown>): Promise<string> {
  const response = await shop.request({
    method: 'POST',
    url: '/v1/loyalty/earn-rules',
    payload: { name, definition, active: true },
  });
  expect(response.statusCode).toBe(201);
  return response.json().id;
}

const shoesOrder = (orderId: string) => ({
  order_id: orderId,
  total: 120,
  products: [
    { product_id: 'p1', category: 'Shoes', price: 50, quantity: 2 },
    { product_id: 'p2', category: 'Hats', price: 20, quantity: 1 },
  ],
});

describe('earn rules', () => {
  it('adds per-category and conditional points to the base rate, each within its limits', async () => {
    const shop = await createTestShop(testApp);
    const ws = shop.workspace.id;
    await putProgram(shop, { earn_points: 1, earn_per_amount_minor: 100 });
    await rule(shop, 'Shoes ×2', {
      trigger: { type: 'event', event: 'Order Completed' },
      reward: { type: 'per_amount', points: 2, per_amount_minor: 100, category: 'Shoes' },
    });
    await rule(shop, 'First big order', {
      trigger: { type: 'event', event: 'Order Completed' },
      conditions: [{ source: 'property', path: 'total', operator: 'gte', value: 100 }],
      reward: { type: 'fixed', points: 100 },
      limits: { once_per_customer: true },
    });
    // $120 → base 120; Shoes $100 × 2 = 200; total ≥ 100 → 100 once. 420 in all.
    await sendTrack(db(), ws, 'Order Completed', 'kim', shoesOrder('A1'), start);
    expect((await loyaltyStatus(shop, 'kim')).points.balance).toBe(420);
    // The second big order: base 120 + shoes 200, the once-only bonus does not repeat.
    await sendTrack(db(), ws, 'Order Completed', 'kim', shoesOrder('A2'), days(1));
    expect((await loyaltyStatus(shop, 'kim')).points.balance).toBe(740);
    // A duplicate Order Completed for A2 (new messageId) earns nothing more.
    await sendTrack(db(), ws, 'Order Completed', 'kim', shoesOrder('A2'), days(1));
    expect((await loyaltyStatus(shop, 'kim')).points.balance).toBe(740);
    await ledgerHolds(db(), ws);
  });

  it('rewards custom events at most N per week, and never past the rule’s budget', async () => {
    const shop = await createTestShop(testApp);
    const ws = shop.workspace.id;
    await rule(shop, 'Reviews', {
      trigger: { type: 'event', event: 'Review Submitted' },
      conditions: [{ source: 'trait', path: 'plan', operator: 'eq', value: 'member' }],
      reward: { type: 'fixed', points: 50 },
      limits: { max_per_period: { count: 2, period: 'week' }, budget_points: 120 },
    });
    await sendTrack(db(), ws, 'Review Submitted', 'non', {}, start);
    expect((await loyaltyStatus(shop, 'non')).points.balance).toBe(0);
    await sendIdentify(db(), ws, 'mem', { plan: 'member' }, start);
    for (const day of [0, 1, 2])
      await sendTrack(db(), ws, 'Review Submitted', 'mem', { stars: 5 }, days(day));
    expect((await loyaltyStatus(shop, 'mem')).points.balance).toBe(100);
    // Next week: the weekly cap resets, the budget of 120 leaves only 20.
    await sendTrack(db(), ws, 'Review Submitted', 'mem', {}, days(7));
    await sendTrack(db(), ws, 'Review Submitted', 'mem', {}, days(8));
    expect((await loyaltyStatus(shop, 'mem')).points.balance).toBe(120);
    await ledgerHolds(db(), ws);
  });

  it('versions rules: a refund reverses what the version that created the points gave', async () => {
    const shop = await createTestShop(testApp);
    const ws = shop.workspace.id;
    await putProgram(shop, { earn_points: 0 });
    const id = await rule(shop, 'Flat', {
      trigger: { type: 'event', event: 'Order Completed' },
      reward: { type: 'fixed', points: 100 },
    });
    await sendTrack(db(), ws, 'Order Completed', 'vic', { order_id: 'V1', total: 50 }, start);
    const changed = await shop.request({
      method: 'PATCH',
      url: `/v1/loyalty/earn-rules/${id}`,
      payload: {
        definition: {
          trigger: { type: 'event', event: 'Order Completed' },
          reward: { type: 'fixed', points: 300 },
        },
      },
    });
    expect(changed.json()).toMatchObject({ version: 2, reward: { type: 'fixed', points: 300 } });
    const read = await shop.request({ method: 'GET', url: `/v1/loyalty/earn-rules/${id}` });
    expect(read.json()).toEqual(changed.json());
    await sendTrack(db(), ws, 'Order Completed', 'vic', { order_id: 'V2', total: 50 }, days(1));
    expect((await loyaltyStatus(shop, 'vic')).points.balance).toBe(400);
    await sendTrack(db(), ws, 'Order Refunded', 'vic', { order_id: 'V1' }, days(2));
    expect((await loyaltyStatus(shop, 'vic')).points.balance).toBe(300);
    const list = (await shop.request({ method: 'GET', url: '/v1/customers/vic/points/transactions' })).json();
    expect(
      list.data.map((t: { kind: string; points: number; rule: unknown }) => [t.kind, t.points, t.rule]),
    ).toEqual([
      ['clawback', -100, { id, version: 1 }],
      ['earn', 300, { id, version: 2 }],
      ['earn', 100, { id, version: 1 }],
    ]);
    const archived = await shop.request({ method: 'DELETE', url: `/v1/loyalty/earn-rules/${id}` });
    expect(archived.json()).toEqual({ object: 'earn_rule', id, deleted: true });
    await ledgerHolds(db(), ws);
  });

  it('creates a rule as a draft that earns nothing until it is switched on', async () => {
    const shop = await createTestShop(testApp);
    const ws = shop.workspace.id;
    await putProgram(shop, { earn_points: 0 });
    const created = await shop.request({
      method: 'POST',
      url: '/v1/loyalty/earn-rules',
      payload: {
        name: 'Reviews',
        definition: {
          trigger: { type: 'event', event: 'Review Submitted' },
          reward: { type: 'fixed', points: 50 },
        },
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ active: false, version: 1 });
    const id: string = created.json().id;
    await sendTrack(db(), ws, 'Review Submitted', 'dee', {}, start);
    expect((await loyaltyStatus(shop, 'dee')).points.balance).toBe(0);
    const switchedOn = await shop.request({
      method: 'PATCH',
      url: `/v1/loyalty/earn-rules/${id}`,
      payload: { active: true },
    });
    expect(switchedOn.json()).toMatchObject({ active: true, version: 2 });
    await sendTrack(db(), ws, 'Review Submitted', 'dee', {}, days(1));
    expect((await loyaltyStatus(shop, 'dee')).points.balance).toBe(50);
  });

  it('names the bad field of a definition and stores nothing', async () => {
    const shop = await createTestShop(testApp);
    const bad = await shop.request({
      method: 'POST',
      url: '/v1/loyalty/earn-rules',
      payload: {
        name: 'Bad',
        definition: { trigger: { type: 'event', event: 'X' }, reward: { type: 'fixed', points: -5 } },
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'parameter_invalid', param: 'definition.reward.points' });
    const badCondition = await shop.request({
      method: 'POST',
      url: '/v1/loyalty/earn-rules',
      payload: {
        name: 'Bad',
        definition: {
          trigger: { type: 'event', event: 'X' },
          conditions: [
            { source: 'property', path: 'total', operator: 'gte', value: 1 },
            { source: 'property', path: '', operator: 'eq', value: 1 },
          ],
          reward: { type: 'fixed', points: 5 },
        },
      },
    });
    // Named the way every other parameter is (batch[3].userId), so the dashboard finds its field.
    expect(badCondition.json().error).toMatchObject({
      code: 'parameter_invalid',
      param: 'definition.conditions[1].path',
    });
    expect((await shop.request({ method: 'GET', url: '/v1/loyalty/earn-rules' })).json()).toEqual({
      object: 'list',
      data: [],
      has_more: false,
    });
  });

  it('lists templates and backtests a draft rule over past events', async () => {
    const shop = await createTestShop(testApp);
    const ws = shop.workspace.id;
    const templates = (await shop.request({ method: 'GET', url: '/v1/loyalty/earn-rules/templates' })).json();
    expect(templates.data.map((t: { key: string }) => t.key)).toContain('birthday_bonus');
    await sendTrack(db(), ws, 'Order Completed', 'a', shoesOrder('S1'), days(-10));
    await sendTrack(db(), ws, 'Order Completed', 'a', shoesOrder('S2'), days(-9));
    await sendTrack(db(), ws, 'Order Completed', 'b', { order_id: 'S3', total: 30 }, days(-8));
    const simulated = await shop.request({
      method: 'POST',
      url: '/v1/loyalty/earn-rules/simulate',
      payload: {
        definition: {
          trigger: { type: 'event', event: 'Order Completed' },
          reward: { type: 'per_amount', points: 2, per_amount_minor: 100, category: 'Shoes' },
          limits: { max_per_period: { count: 1, period: 'month' } },
        },
        from: days(-30).toISOString(),
        to: start.toISOString(),
      },
    });
    // Only a's first order counts (once a month): Shoes $100 × 2 = 200 points = $2.00 at 100 points per $1.
    // The base rate (1 point per $1) gave 120 + 120 + 30 = 270 points over the window.
    expect(simulated.json()).toMatchObject({
      events_scanned: 3,
      awards: 1,
      points: 200,
      customers: 1,
      value_minor: 200,
      base_points: 270,
      base_value_minor: 270,
      currency: 'USD',
    });
  });

  it.each([
    // One workspace per currency family: no minor unit (VND, JPY), two (THB, USD), each in its own format.
    ['VND', 'vi-VN', '1.000.000\u00a0₫', '10.000\u00a0₫', 1],
    ['JPY', 'ja-JP', '￥10,000', '￥100', 1],
    ['THB', 'th-TH', '฿2,500.00', '฿25.00', 100],
    ['USD', 'en-US', '$100.00', '$1.00', 100],
  ])(
    'offers %s templates in its own amounts, and a rule made from them earns as they say',
    async (currency, locale, big, per, minorPerMajor) => {
      const shop = await createTestShop(testApp, { currency, locale });
      const ws = shop.workspace.id;
      const response = await shop.request({ method: 'GET', url: '/v1/loyalty/earn-rules/templates' });
      expect(response.statusCode).toBe(200);
      const templates: {
        key: string;
        description: string;
        params: Record<string, unknown>;
        definition: unknown;
      }[] = response.json().data;
      const bigOrder = templates.find((t) => t.key === 'big_order_bonus')!;
      const category = templates.find((t) => t.key === 'category_double_points')!;
      expect(bigOrder.description).toBe(`100 extra points for an order of ${big} or more.`);
      expect(category.description).toMatch(
        new RegExp(`^1 extra point per ${per.replace(/[$.]/g, '\\$&')} spent`),
      );
      const { amount_minor: bigMinor } = bigOrder.params as { amount_minor: number };
      const { amount_minor: perMinor } = category.params as { amount_minor: number };
      for (const template of [bigOrder, category]) {
        const created = await shop.request({
          method: 'POST',
          url: '/v1/loyalty/earn-rules',
          payload: { name: template.key, definition: template.definition, active: true },
        });
        expect(created.statusCode).toBe(201);
      }
      const major = (minor: number) => minor / minorPerMajor;
      // At the big amount: 100 base points (a point per default earn amount) and the 100-point bonus.
      await sendTrack(db(), ws, 'Order Completed', 'big', { order_id: 'B1', total: major(bigMinor) }, start);
      expect((await loyaltyStatus(shop, 'big')).points.balance).toBe(200);
      // Half of it: the base rate alone.
      await sendTrack(
        db(),
        ws,
        'Order Completed',
        'half',
        { order_id: 'H1', total: major(bigMinor / 2) },
        start,
      );
      expect((await loyaltyStatus(shop, 'half')).points.balance).toBe(50);
      // Ten earn amounts of Shoes: 10 base points and 10 more from the category's double points.
      const shoes = major(10 * perMinor);
      await sendTrack(
        db(),
        ws,
        'Order Completed',
        'shoes',
        {
          order_id: 'S1',
          total: shoes,
          products: [{ product_id: 'p', category: 'Shoes', price: shoes, quantity: 1 }],
        },
        start,
      );
      expect((await loyaltyStatus(shop, 'shoes')).points.balance).toBe(20);
      await ledgerHolds(db(), ws);
    },
  );

  it('streams a backtest’s progress, then the same answer as the plain backtest', async () => {
    const shop = await createTestShop(testApp);
    const ws = shop.workspace.id;
    for (let i = 0; i < 5; i++) await sendTrack(db(), ws, 'Review Submitted', `r${i % 2}`, {}, days(-5 + i));
    const payload = {
      definition: {
        trigger: { type: 'event', event: 'Review Submitted' },
        reward: { type: 'fixed', points: 10 },
      },
      from: days(-30).toISOString(),
      to: start.toISOString(),
    };
    const streamed = await shop.request({ method: 'POST', url: '/v1/loyalty/earn-rules/backtests', payload });
    expect(streamed.statusCode).toBe(200);
    expect(streamed.headers['content-type']).toBe('application/x-ndjson');
    const lines = streamed.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.slice(0, -1)).toEqual(
      [1, 2, 3, 4, 5].map((scanned) => ({
        object: 'earn_rule_simulation_progress',
        events_scanned: scanned,
        events_total: 5,
      })),
    );
    const plain = await shop.request({ method: 'POST', url: '/v1/loyalty/earn-rules/simulate', payload });
    expect(lines.at(-1)).toEqual(plain.json());
    expect(plain.json()).toMatchObject({ events_scanned: 5, awards: 5, points: 50, customers: 2 });
  });

  it('backtests with each customer’s tier multiplier, unless the rule says not to', async () => {
    const shop = await createTestShop(testApp);
    const ws = shop.workspace.id;
    const gold = await shop.request({
      method: 'POST',
      url: '/v1/loyalty/tiers',
      payload: { name: 'Gold', threshold: 10_000, earn_multiplier_percent: 200 },
    });
    expect(gold.statusCode).toBe(201);
    await sendTrack(db(), ws, 'Order Completed', 'vip', { order_id: 'G1', total: 120 }, days(-20));
    await sendTrack(db(), ws, 'Review Submitted', 'vip', {}, days(-3));
    await sendTrack(db(), ws, 'Review Submitted', 'new', {}, days(-2));
    const backtest = async (applyTierMultiplier: boolean) =>
      (
        await shop.request({
          method: 'POST',
          url: '/v1/loyalty/earn-rules/simulate',
          payload: {
            definition: {
              trigger: { type: 'event', event: 'Review Submitted' },
              reward: { type: 'fixed', points: 10 },
              apply_tier_multiplier: applyTierMultiplier,
            },
            from: days(-30).toISOString(),
            to: start.toISOString(),
          },
        })
      ).json().points;
    // Gold (×2) gives the VIP 20, the newcomer 10.
    expect(await backtest(true)).toBe(30);
    expect(await backtest(false)).toBe(20);
  });

  it('refuses a backtest of a bad rule or window before streaming, naming the field', async () => {
    const shop = await createTestShop(testApp);
    const badRule = await shop.request({
      method: 'POST',
      url: '/v1/loyalty/earn-rules/backtests',
      payload: { definition: { trigger: { type: 'birthday' }, reward: { type: 'fixed', points: 0 } } },
    });
    expect(badRule.statusCode).toBe(400);
    expect(badRule.json().error).toMatchObject({
      code: 'parameter_invalid',
      param: 'definition.reward.points',
    });
    const badWindow = await shop.request({
      method: 'POST',
      url: '/v1/loyalty/earn-rules/backtests',
      payload: {
        definition: { trigger: { type: 'birthday' }, reward: { type: 'fixed', points: 5 } },
        from: start.toISOString(),
        to: days(-1).toISOString(),
      },
    });
    expect(badWindow.statusCode).toBe(400);
    expect(badWindow.json().error).toMatchObject({ code: 'parameter_invalid', param: 'from' });
  });
});
