import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import type { Database } from '../../db/connection.js';
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
} from '../../testing/index.js';

let database: Database;
let testApp: TestApp;
const start = new Date('2026-06-01T08:00:00Z');
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

describe('GET/PUT /v1/loyalty/program', () => {
  it('answers the defaults with the rounding stated, and keeps fields not sent', async () => {
    const shop = await createTestShop(testApp, { currency: 'VND' });
    const program = (await shop.request({ method: 'GET', url: '/v1/loyalty/program' })).json();
    // The default earns a point per 10.000 ₫ (was 1 ₫ before the per-currency defaults).
    expect(program).toMatchObject({
      object: 'loyalty_program',
      currency: 'VND',
      earn_points: 1,
      earn_per_amount_minor: 10_000,
      expiry: { policy: 'none' },
      clawback: 'stop_at_zero',
    });
    expect(program.rounding).toContain('floor');
    const changed = await putProgram(shop, {
      earn_per_amount_minor: 20_000,
      expiry: { policy: 'inactivity', months: 18 },
    });
    expect(changed).toMatchObject({
      earn_per_amount_minor: 20_000,
      expiry: { policy: 'inactivity', months: 18 },
      pending_days: 0,
    });
  });

  it('starts each currency at about a dollar a point, 1% back, named in the workspace language', async () => {
    const cases = [
      { currency: 'VND', locale: 'vi-VN', perPointMinor: 10_000, name: 'điểm' },
      { currency: 'JPY', locale: 'ja-JP', perPointMinor: 100, name: 'ポイント' },
      { currency: 'THB', locale: 'th-TH', perPointMinor: 2_500, name: 'แต้ม' },
      { currency: 'USD', locale: 'en-US', perPointMinor: 100, name: 'points' },
      { currency: 'EUR', locale: 'de-DE', perPointMinor: 100, name: 'points' },
    ];
    for (const { currency, locale, perPointMinor, name } of cases) {
      const shop = await createTestShop(testApp, { currency, locale });
      const program = (await shop.request({ method: 'GET', url: '/v1/loyalty/program' })).json();
      expect(program, currency).toMatchObject({
        points_name: name,
        earn_points: 1,
        earn_per_amount_minor: perPointMinor,
        redemption_points: 100,
        redemption_value_minor: perPointMinor,
      });
    }
  });

  it('earns three VND orders at the default rate, and keeps a stored rate and name', async () => {
    const shop = await createTestShop(testApp, { currency: 'VND', locale: 'vi-VN' });
    for (const [i, total] of [415_000, 425_025, 450_050].entries()) {
      await sendTrack(
        db(),
        shop.workspace.id,
        'Order Completed',
        'lan',
        { order_id: `o-${i}`, total },
        start,
      );
    }
    await ledgerHolds(db(), shop.workspace.id);
    // 41 + 42 + 45 points, each order rounded down on its own (1,290,075 points at 1 per đồng).
    expect((await loyaltyStatus(shop, 'lan')).points.balance).toBe(128);
    const stored = await putProgram(shop, { earn_per_amount_minor: 1, points_name: 'xu' });
    expect(stored).toMatchObject({ earn_per_amount_minor: 1, points_name: 'xu' });
    await shop.request({ method: 'PATCH', url: '/v1/workspace', payload: { locale: 'ja-JP' } });
    expect((await shop.request({ method: 'GET', url: '/v1/loyalty/program' })).json()).toMatchObject({
      earn_per_amount_minor: 1,
      points_name: 'xu',
    });
  });

  it('names the bad field and changes nothing', async () => {
    const shop = await createTestShop(testApp);
    const bad = await shop.request({
      method: 'PUT',
      url: '/v1/loyalty/program',
      payload: { expiry: { policy: 'per_lot' } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'parameter_invalid' });
    expect(bad.json().error.param).toMatch(/^expiry/);
    const unknown = await shop.request({
      method: 'PUT',
      url: '/v1/loyalty/program',
      payload: { colour: 'red' },
    });
    expect(unknown.statusCode).toBe(400);
    expect((await shop.request({ method: 'GET', url: '/v1/loyalty/program' })).json().expiry).toEqual({
      policy: 'none',
    });
  });
});

describe('customer points and store credit over HTTP', () => {
  it('records adjustments with reason and acting key, and pages transactions newest first', async () => {
    const shop = await createTestShop(testApp);
    const ws = shop.workspace.id;
    await sendTrack(db(), ws, 'Order Completed', 'pat', { order_id: 'P1', total: 25 }, start);
    const added = await shop.request({
      method: 'POST',
      url: '/v1/customers/pat/points/adjustments',
      payload: { points: 40, reason: 'Apology for a late parcel' },
      headers: { 'idempotency-key': 'adj-1' },
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({
      object: 'points_transaction',
      kind: 'adjust',
      points: 40,
      balance_after: 65,
      reason: 'Apology for a late parcel',
    });
    expect(added.json().actor).toMatch(/^key_/);
    const replay = await shop.request({
      method: 'POST',
      url: '/v1/customers/pat/points/adjustments',
      payload: { points: 40, reason: 'Apology for a late parcel' },
      headers: { 'idempotency-key': 'adj-1' },
    });
    expect(replay.json().id).toBe(added.json().id);
    const tooMuch = await shop.request({
      method: 'POST',
      url: '/v1/customers/pat/points/adjustments',
      payload: { points: -66, reason: 'x' },
    });
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json().error).toMatchObject({ code: 'insufficient_points', param: 'points' });

    const first = (
      await shop.request({ method: 'GET', url: '/v1/customers/pat/points/transactions?limit=1' })
    ).json();
    expect(first).toMatchObject({ object: 'list', has_more: true, data: [{ kind: 'adjust', points: 40 }] });
    const second = (
      await shop.request({
        method: 'GET',
        url: `/v1/customers/pat/points/transactions?limit=1&starting_after=${first.data[0].id}`,
      })
    ).json();
    expect(second).toMatchObject({ has_more: false, data: [{ kind: 'earn', points: 25 }] });
    // The system's reason as a code to word in any language, a person's as their own words.
    expect(second.data[0]).toMatchObject({
      reason: 'Order P1',
      reason_detail: { code: 'order', params: { order_id: 'P1' } },
    });
    expect(first.data[0].reason_detail).toEqual({
      code: 'note',
      params: { text: 'Apology for a late parcel' },
    });
    const missing = await shop.request({ method: 'GET', url: '/v1/customers/nobody/loyalty' });
    expect(missing.statusCode).toBe(404);
    await ledgerHolds(db(), ws);
  });

  it('spends store credit, refuses more than the balance, and claws cashback back on refund', async () => {
    const shop = await createTestShop(testApp);
    const ws = shop.workspace.id;
    await putProgram(shop, { cashback_basis_points: 500 });
    // 5% of $80.00 = $4.00.
    await sendTrack(db(), ws, 'Order Completed', 'sam', { order_id: 'C1', total: 80 }, start);
    expect((await loyaltyStatus(shop, 'sam')).store_credit.balance_minor).toBe(400);
    const debit = await shop.request({
      method: 'POST',
      url: '/v1/customers/sam/store-credit/debits',
      payload: { amount: 150, reason: 'checkout', order_id: 'C2' },
    });
    expect(debit.statusCode).toBe(201);
    expect(debit.json()).toMatchObject({ amount: -150, balance_after: 250 });
    const short = await shop.request({
      method: 'POST',
      url: '/v1/customers/sam/store-credit/debits',
      payload: { amount: 251, reason: 'checkout' },
    });
    expect(short.statusCode).toBe(422);
    expect(short.json().error.code).toBe('insufficient_store_credit');
    // A full refund asks $4.00 back; stop-at-zero takes the $2.50 that is left.
    await sendTrack(db(), ws, 'Order Refunded', 'sam', { order_id: 'C1' }, start);
    expect((await loyaltyStatus(shop, 'sam')).store_credit.balance_minor).toBe(0);
    const credit = await shop.request({
      method: 'POST',
      url: '/v1/customers/sam/store-credit/credits',
      payload: { amount: 300, reason: 'goodwill' },
    });
    expect(credit.statusCode).toBe(201);
    expect(credit.json()).toEqual({
      object: 'store_credit_transaction',
      id: expect.any(String),
      customer_id: expect.stringMatching(/^cus_/),
      amount: 300,
      reason: 'goodwill',
    });
    expect((await loyaltyStatus(shop, 'sam')).store_credit.balance_minor).toBe(300);
    await ledgerHolds(db(), ws);
  });

  it('claws back into a flagged negative balance only under allow_negative', async () => {
    const shop = await createTestShop(testApp);
    const ws = shop.workspace.id;
    await putProgram(shop, { clawback: 'allow_negative' });
    await sendTrack(db(), ws, 'Order Completed', 'neg', { order_id: 'N1', total: 100 }, start);
    await shop.request({
      method: 'POST',
      url: '/v1/customers/neg/points/adjustments',
      payload: { points: -80, reason: 'spent elsewhere' },
    });
    await sendTrack(db(), ws, 'Order Refunded', 'neg', { order_id: 'N1' }, start);
    const neg = await loyaltyStatus(shop, 'neg');
    expect(neg.points.balance).toBe(-80);
    expect(neg.points.negative_since).toBe(start.toISOString());
    // The next 100 points first pay the debt.
    await sendTrack(db(), ws, 'Order Completed', 'neg', { order_id: 'N2', total: 100 }, start);
    expect((await loyaltyStatus(shop, 'neg')).points).toMatchObject({ balance: 20, negative_since: null });
    await ledgerHolds(db(), ws);
  });

  it('moves a merged profile’s points, lots and orders to the profile it merged into', async () => {
    const shop = await createTestShop(testApp);
    const ws = shop.workspace.id;
    await putProgram(shop, { pending_days: 10 });
    const { appendEvents, drainConsumers } = await import('../events/index.js');
    const { consumers } = await import('../../server/consumers.js');
    await appendEvents(db(), ws, [
      {
        messageId: 'anon-order',
        type: 'track',
        name: 'Order Completed',
        anonymousId: 'anon-1',
        properties: { order_id: 'M1', total: 30 },
        occurredAt: start,
        receivedAt: start,
      },
    ]);
    await drainConsumers(db(), consumers);
    await sendTrack(db(), ws, 'Order Completed', 'max', { order_id: 'M2', total: 20 }, start);
    await sendIdentify(db(), ws, 'max', { email: 'max@example.com' }, start, 'anon-1');
    const max = await loyaltyStatus(shop, 'max');
    expect(max.points).toMatchObject({ balance: 0, pending: 50 });
    // The merged-in order can still be refunded: its 30 pending points void.
    await sendTrack(db(), ws, 'Order Refunded', 'max', { order_id: 'M1' }, start);
    expect((await loyaltyStatus(shop, 'max')).points).toMatchObject({ pending: 20 });
    await ledgerHolds(db(), ws);
  });

  it('ranks VIP tiers by threshold, changes one and archives it', async () => {
    const shop = await createTestShop(testApp);
    const create = async (name: string, threshold: number) =>
      (await shop.request({ method: 'POST', url: '/v1/loyalty/tiers', payload: { name, threshold } })).json();
    const gold = await create('Gold', 5_000);
    const silver = await create('Silver', 1_000);
    expect(gold).toEqual({
      object: 'loyalty_tier',
      id: expect.stringMatching(/^tier_/),
      name: 'Gold',
      rank: 1,
      threshold: 5_000,
      earn_multiplier_percent: 100,
      free_shipping: false,
      customers: 0,
      created: start.toISOString(),
    });
    const tiers = (await shop.request({ method: 'GET', url: '/v1/loyalty/tiers' })).json();
    expect(tiers.data.map((t: { name: string; rank: number }) => [t.name, t.rank])).toEqual([
      ['Silver', 1],
      ['Gold', 2],
    ]);
    const changed = await shop.request({
      method: 'PATCH',
      url: `/v1/loyalty/tiers/${gold.id}`,
      payload: { earn_multiplier_percent: 150, free_shipping: true },
    });
    expect(changed.json()).toMatchObject({ rank: 2, earn_multiplier_percent: 150, free_shipping: true });
    const read = await shop.request({ method: 'GET', url: `/v1/loyalty/tiers/${gold.id}` });
    expect(read.json()).toEqual(changed.json());
    const archived = await shop.request({ method: 'DELETE', url: `/v1/loyalty/tiers/${silver.id}` });
    expect(archived.json()).toEqual({ object: 'loyalty_tier', id: silver.id, deleted: true });
    expect((await shop.request({ method: 'GET', url: `/v1/loyalty/tiers/${gold.id}` })).json().rank).toBe(1);
  });

  it('counts each tier’s customers as the customer list filtered by the tier totals them', async () => {
    const shop = await createTestShop(testApp);
    const ws = shop.workspace.id;
    const create = async (name: string, threshold: number) =>
      (await shop.request({ method: 'POST', url: '/v1/loyalty/tiers', payload: { name, threshold } })).json();
    const silver = await create('Silver', 1_000);
    const gold = await create('Gold', 5_000);
    // $60 reaches Gold, $20 and $15 Silver, $5 no tier.
    for (const [customer, total] of [
      ['ann', 60],
      ['bao', 20],
      ['chi', 15],
      ['dan', 5],
    ] as const) {
      await sendTrack(db(), ws, 'Order Completed', customer, { order_id: `T-${customer}`, total }, start);
    }
    const listed = (await shop.request({ method: 'GET', url: '/v1/loyalty/tiers' })).json();
    const counts = Object.fromEntries(
      listed.data.map((tier: { name: string; customers: number }) => [tier.name, tier.customers]),
    );
    expect(counts).toEqual({ Silver: 2, Gold: 1 });
    for (const tier of [silver, gold]) {
      const members = await shop.request({ method: 'GET', url: `/v1/customers?tier=${tier.id}` });
      expect(members.json().total_count).toBe(counts[tier.name]);
    }
    const one = await shop.request({ method: 'GET', url: `/v1/loyalty/tiers/${gold.id}` });
    expect(one.json().customers).toBe(1);
  });

  it('counts imported history for tiers without awarding points, unless the shop asks', async () => {
    const shop = await createTestShop(testApp);
    const ws = shop.workspace.id;
    await shop.request({
      method: 'POST',
      url: '/v1/loyalty/tiers',
      payload: { name: 'Silver', threshold: 1_000 },
    });
    const { appendEvents, drainConsumers } = await import('../events/index.js');
    const { consumers } = await import('../../server/consumers.js');
    const imported = (orderId: string) => ({
      messageId: `import-${orderId}`,
      type: 'track' as const,
      name: 'Order Completed',
      userId: 'hist',
      properties: { order_id: orderId, total: 50 },
      occurredAt: start,
      receivedAt: start,
      source: 'import',
    });
    await appendEvents(db(), ws, [imported('H1')]);
    await drainConsumers(db(), consumers);
    let hist = await loyaltyStatus(shop, 'hist');
    expect(hist.points.balance).toBe(0);
    expect(hist.tier).toMatchObject({ name: 'Silver' });
    await putProgram(shop, { award_imported_orders: true });
    await appendEvents(db(), ws, [imported('H2')]);
    await drainConsumers(db(), consumers);
    hist = await loyaltyStatus(shop, 'hist');
    expect(hist.points.balance).toBe(50);
    await ledgerHolds(db(), ws);
  });

  it('holds a refund that arrives before its order and applies it when the order comes', async () => {
    const shop = await createTestShop(testApp);
    const ws = shop.workspace.id;
    await sendTrack(db(), ws, 'Order Refunded', 'early', { order_id: 'R1', total: 40 }, start);
    expect((await loyaltyStatus(shop, 'early')).points.balance).toBe(0);
    // $100 → 100 points, then the held $40 refund → ⌊100 × 40 ÷ 100⌋ = 40 back.
    await sendTrack(db(), ws, 'Order Completed', 'early', { order_id: 'R1', total: 100 }, start);
    expect((await loyaltyStatus(shop, 'early')).points.balance).toBe(60);
    await ledgerHolds(db(), ws);
  });
});
