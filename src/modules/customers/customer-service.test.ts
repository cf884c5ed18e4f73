import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/connection.js';
import type { Database } from '../../db/connection.js';
import {
  createTestApp,
  identify,
  ingest,
  openDashboard,
  openTestDatabase,
  type Browser,
  type Dashboard,
  type TestApp,
} from '../../testing/index.js';

// What customer service does from a customer's page, as signed-in people: each change records
// the acting user, and an analyst (read-only) is refused and changes nothing.

let database: Database;
let testApp: TestApp;
let dashboard: Dashboard;
let admin: Browser;
let analyst: Browser;
beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await createTestApp(database);
  dashboard = await openDashboard(testApp);
  admin = await dashboard.invite('admin');
  analyst = await dashboard.invite('analyst');
});
afterAll(async () => {
  await testApp.app.close();
  await database.close();
});

let customerCount = 0;
/** A new customer of the dashboard's shop, known by a userId. */
async function newCustomer(): Promise<string> {
  const userId = `cs-${++customerCount}`;
  await ingest(database.db, dashboard.shop.workspace.id, [
    identify({ userId, traits: { name: `Khách ${customerCount}` } }),
  ]);
  return userId;
}

const act = async (browser: Browser, method: 'GET' | 'POST', url: string, payload?: object) => {
  const response = await dashboard.as(browser, { method, url, ...(payload ? { payload } : {}) });
  return { status: response.statusCode, body: response.json() };
};

const balance = async (customer: string) =>
  (await act(dashboard.owner, 'GET', `/v1/customers/${customer}/loyalty`)).body as {
    points: { balance: number };
    store_credit: { balance_minor: number };
  };

async function adjust(browser: Browser, customer: string, points: number, reason = 'Late parcel, sorry') {
  return act(browser, 'POST', `/v1/customers/${customer}/points/adjustments`, { points, reason });
}

async function createReward(): Promise<string> {
  const created = await act(dashboard.owner, 'POST', '/v1/loyalty/rewards', {
    name: '5 off',
    kind: 'amount_off',
    points_cost: 100,
    amount_off: 500,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id;
}

describe("customer service on a customer's page", () => {
  it('adjusts points with a reason, recording the user; an analyst is refused', async () => {
    const customer = await newCustomer();
    const added = await adjust(admin, customer, 250);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      kind: 'adjust',
      points: 250,
      reason: 'Late parcel, sorry',
      actor: admin.userId,
    });
    const ledger = await act(analyst, 'GET', `/v1/customers/${customer}/points/transactions`);
    expect(ledger.body.data).toEqual([expect.objectContaining({ id: added.body.id, actor: admin.userId })]);

    const refused = await adjust(analyst, customer, 1_000);
    expect(refused.status).toBe(403);
    expect((await balance(customer)).points.balance).toBe(250);
  });

  it('issues a reward, recording who redeemed; an analyst is refused', async () => {
    const customer = await newCustomer();
    const rewardId = await createReward();
    await adjust(dashboard.owner, customer, 150);
    expect(
      (await act(analyst, 'POST', `/v1/customers/${customer}/redemptions`, { reward_id: rewardId })).status,
    ).toBe(403);
    expect((await balance(customer)).points.balance).toBe(150);

    const issued = await act(admin, 'POST', `/v1/customers/${customer}/redemptions`, { reward_id: rewardId });
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ status: 'issued', actor: admin.userId, cancelled_by: null });
    expect((await balance(customer)).points.balance).toBe(50);
  });

  it('cancels a redemption, recording who cancelled on it and on the points returned; an analyst is refused', async () => {
    const customer = await newCustomer();
    const rewardId = await createReward();
    await adjust(dashboard.owner, customer, 100);
    const issued = await act(admin, 'POST', `/v1/customers/${customer}/redemptions`, { reward_id: rewardId });
    const cancelUrl = `/v1/customers/${customer}/redemptions/${issued.body.id}/cancel`;

    expect((await act(analyst, 'POST', cancelUrl)).status).toBe(403);
    expect((await balance(customer)).points.balance).toBe(0);

    const cancelled = await act(dashboard.owner, 'POST', cancelUrl);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      actor: admin.userId,
      cancelled_by: dashboard.owner.userId,
    });
    const ledger = await act(dashboard.owner, 'GET', `/v1/customers/${customer}/points/transactions`);
    expect(ledger.body.data[0]).toMatchObject({
      id: cancelled.body.return_entry,
      kind: 'reversal',
      actor: dashboard.owner.userId,
    });
    expect((await balance(customer)).points.balance).toBe(100);
  });

  it('adds store credit, recording the user; an analyst is refused', async () => {
    const customer = await newCustomer();
    expect(
      (
        await act(analyst, 'POST', `/v1/customers/${customer}/store-credit/credits`, {
          amount: 900,
          reason: 'x',
        })
      ).status,
    ).toBe(403);
    const credited = await act(admin, 'POST', `/v1/customers/${customer}/store-credit/credits`, {
      amount: 2_000,
      reason: 'Refund as credit',
    });
    expect(credited.status).toBe(201);
    expect((await balance(customer)).store_credit.balance_minor).toBe(2_000);
    const recorded = await queryRows<{ actor: string; amount_minor: number }>(
      database.db,
      sql`select actor, amount_minor from store_credit_entries where id = ${credited.body.id}`,
    );
    expect(recorded).toEqual([{ actor: admin.userId, amount_minor: 2_000 }]);
  });

  it("shows the customer's coupons with their codes and each code's status, to an analyst too", async () => {
    const customer = await newCustomer();
    const other = await newCustomer();
    const rewardId = await createReward();
    await adjust(dashboard.owner, customer, 200);
    const kept = await act(admin, 'POST', `/v1/customers/${customer}/redemptions`, { reward_id: rewardId });
    const given = await act(admin, 'POST', `/v1/customers/${customer}/redemptions`, { reward_id: rewardId });
    await act(admin, 'POST', `/v1/customers/${customer}/redemptions/${given.body.id}/cancel`);
    const own = await act(dashboard.owner, 'POST', '/v1/coupons', {
      name: 'Birthday treat',
      kind: 'free_shipping',
      customer,
    });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    await act(dashboard.owner, 'POST', '/v1/coupons', {
      name: 'Not theirs',
      kind: 'free_shipping',
      customer: other,
    });

    const listed = await act(analyst, 'GET', `/v1/customers/${customer}/coupons`);
    expect(listed.status).toBe(200);
    expect(
      listed.body.data.map(
        (coupon: { id: string; source: string; codes: { code: string; status: string }[] }) => ({
          id: coupon.id,
          source: coupon.source,
          codes: coupon.codes.map(({ code, status }) => ({ code, status })),
        }),
      ),
    ).toEqual([
      { id: own.body.id, source: 'api', codes: [] },
      {
        id: given.body.coupon.id,
        source: 'reward',
        codes: [{ code: given.body.coupon.code, status: 'voided' }],
      },
      {
        id: kept.body.coupon.id,
        source: 'reward',
        codes: [{ code: kept.body.coupon.code, status: 'unused' }],
      },
    ]);
    const unknown = await act(analyst, 'GET', '/v1/customers/nobody-here/coupons');
    expect(unknown.status).toBe(404);
  });
});
