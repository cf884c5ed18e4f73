import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { Database } from '../../db/connection.js';
import {
  createTestApp,
  createTestShop,
  identify,
  ingest,
  track,
  openTestDatabase,
  type TestApp,
  type TestShop,
} from '../../testing/index.js';

let database: Database;
let testApp: TestApp;
beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await createTestApp(database);
});
afterAll(async () => {
  await testApp.app.close();
  await database.close();
});

interface Person {
  userId: string;
  name: string;
  email: string;
  stage?: string;
  segment?: string;
  revenue?: number;
  clv?: number;
  pAlive?: number;
  lastOrder?: string;
  points?: number;
  tier?: string;
  /** RFM recency and frequency scores (1, 1 unless given). */
  rf?: [number, number];
}

const people: Person[] = [
  {
    userId: 'u1',
    name: 'Nguyễn Thu Phương',
    email: 'phuong.nguyen@shop.vn',
    stage: 'at_risk',
    segment: 'At Risk',
    revenue: 500_000,
    clv: 900_000,
    pAlive: 0.31,
    lastOrder: '2026-03-01',
    points: 120,
    tier: 'tier_gold',
    rf: [2, 3],
  },
  {
    userId: 'u2',
    name: 'Trần Văn Đức',
    email: 'duc@mail.vn',
    stage: 'loyal',
    segment: 'Champions',
    revenue: 2_000_000,
    clv: 3_000_000,
    pAlive: 0.97,
    lastOrder: '2026-11-20',
    points: 40,
    tier: 'tier_gold',
  },
  {
    userId: 'u3',
    name: 'Lê Phương Anh',
    email: 'anh.le@corp.com',
    stage: 'at_risk',
    segment: "Can't Lose",
    revenue: 500_000,
    clv: 400_000,
    pAlive: 0.31,
    lastOrder: '2026-02-10',
    points: 120,
    rf: [2, 3],
  },
  {
    userId: 'u4',
    name: 'Phạm Minh',
    email: 'minh@x.io',
    stage: 'new',
    segment: 'New',
    revenue: 150_000,
    pAlive: 0.9,
    lastOrder: '2026-11-30',
    points: 0,
  },
  { userId: 'shop-77', name: 'Hoàng Lan', email: 'lan.hoang@phuong.example' },
];

/** A shop of `people`: profiles from identify; scores, points and tiers as analytics and loyalty keep them. */
async function shopOfPeople(): Promise<{ shop: TestShop; ids: Map<string, string> }> {
  const shop = await createTestShop(testApp);
  const workspaceId = shop.workspace.id;
  await ingest(
    database.db,
    workspaceId,
    people.map((p, i) =>
      identify({
        userId: p.userId,
        occurredAt: new Date(Date.UTC(2026, 0, i + 1)),
        traits: { name: p.name, email: p.email },
      }),
    ),
  );
  const ids = new Map<string, string>();
  for (const p of people) {
    const found = await shop.request({ method: 'GET', url: `/v1/customers/${p.userId}` });
    const id = found.json().id as string;
    ids.set(p.userId, id);
    if (p.stage) {
      await database.db.execute(sql`insert into customer_scores (workspace_id, customer_id, stage, orders,
          purchase_days, net_revenue_minor, segment, r_score, f_score, probability_alive, clv_12_months_minor,
          last_order_at, as_of)
        values (${workspaceId}, ${id}, ${p.stage}, 2, 2, ${p.revenue}, ${p.segment}, ${p.rf?.[0] ?? 1},
          ${p.rf?.[1] ?? 1}, ${p.pAlive}, ${p.clv ?? null}, ${p.lastOrder}::timestamptz, now())`);
    }
    if (p.points) {
      const added = await shop.request({
        method: 'POST',
        url: `/v1/customers/${id}/points/adjustments`,
        payload: { points: p.points, reason: 'Welcome' },
      });
      expect(added.statusCode).toBe(201);
    }
    if (p.tier) {
      await database.db
        .execute(sql`insert into customer_tiers (workspace_id, customer_id, tier_id, since, review_at)
        values (${workspaceId}, ${id}, ${p.tier}, now(), now() + interval '1 year')`);
    }
  }
  return { shop, ids };
}

let shop: TestShop;
let ids: Map<string, string>;
beforeAll(async () => {
  ({ shop, ids } = await shopOfPeople());
});

async function list(query: string) {
  const response = await shop.request({ method: 'GET', url: `/v1/customers?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    data: { id: string; user_id: string; facts: Record<string, unknown> }[];
    total_count: number;
    has_more: boolean;
    next_cursor: string | null;
  };
}

const userIds = (page: { data: { user_id: string }[] }) => page.data.map((row) => row.user_id);

/** Every row of a listing, page by page through next_cursor. */
async function allPages(query: string, limit: number): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await list(`${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    seen.push(...userIds(page));
    expect(page.data.length).toBeLessThanOrEqual(limit);
    cursor = page.next_cursor;
    expect(page.has_more).toBe(cursor !== null);
  } while (cursor);
  return seen;
}

describe('the customer list filters', () => {
  it('by lifecycle stage, a customer without scores being a prospect', async () => {
    const atRisk = await list('stage=at_risk');
    expect(userIds(atRisk).sort()).toEqual(['u1', 'u3']);
    expect(atRisk.total_count).toBe(2);
    expect(atRisk.data[0]!.facts).toMatchObject({ stage: 'at_risk' });
    expect(userIds(await list('stage=prospect'))).toEqual(['shop-77']);
  });

  it('by RFM segment, tier and points range', async () => {
    expect(userIds(await list('segment=Champions'))).toEqual(['u2']);
    expect(userIds(await list(`segment=${encodeURIComponent("Can't Lose")}`))).toEqual(['u3']);
    expect(userIds(await list('tier=tier_gold')).sort()).toEqual(['u1', 'u2']);
    expect(userIds(await list('points_min=100')).sort()).toEqual(['u1', 'u3']);
    expect(userIds(await list('points_max=40')).sort()).toEqual(['shop-77', 'u2', 'u4']);
    expect(userIds(await list('points_min=40&points_max=40'))).toEqual(['u2']);
    const combined = await list('stage=at_risk&tier=tier_gold&points_min=100');
    expect(userIds(combined)).toEqual(['u1']);
    expect(combined.total_count).toBe(1);
  });

  it('by a cell of the RFM grid', async () => {
    expect(userIds(await list('recency_score=2&frequency_score=3')).sort()).toEqual(['u1', 'u3']);
    expect(userIds(await list('recency_score=1&frequency_score=1')).sort()).toEqual(['u2', 'u4']);
    expect((await list('recency_score=5')).total_count).toBe(0);
  });

  it('by a cell of the cohort table, in the workspace calendar', async () => {
    const cohorts = await createTestShop(testApp, { timezone: 'Asia/Ho_Chi_Minh' });
    const order = (userId: string, id: string, at: string) =>
      track('Order Completed', {
        userId,
        occurredAt: new Date(at),
        properties: { order_id: id, total: 10, currency: 'USD' },
      });
    await ingest(database.db, cohorts.workspace.id, [
      // 01:00 on 1 March in Ho Chi Minh City: a March customer there, though February in UTC.
      order('march-late', 'a1', '2026-02-28T18:00:00Z'),
      order('march-late', 'a2', '2026-05-10T03:00:00Z'),
      order('march-once', 'b1', '2026-03-15T03:00:00Z'),
      order('february', 'c1', '2026-02-27T03:00:00Z'),
      order('february', 'c2', '2026-05-02T03:00:00Z'),
    ]);
    const cell = async (query: string) => {
      const response = await cohorts.request({ method: 'GET', url: `/v1/customers?${query}` });
      expect(response.statusCode, response.body).toBe(200);
      return (response.json().data as { user_id: string }[]).map((row) => row.user_id).sort();
    };
    expect(await cell('cohort=2026-03-01')).toEqual(['march-late', 'march-once']);
    expect(await cell('cohort=2026-03-01&cohort_active=2026-05-01')).toEqual(['march-late']);
    expect(await cell('cohort=2026-02-01')).toEqual(['february']);
    expect(await cell('cohort=2026-03-01&cohort_active=2026-04-01')).toEqual([]);
    const refused = await cohorts.request({ method: 'GET', url: '/v1/customers?cohort_active=2026-05-01' });
    expect(refused.json().error).toMatchObject({ code: 'parameter_invalid', param: 'cohort_active' });
    const badMonth = await cohorts.request({ method: 'GET', url: '/v1/customers?cohort=2026-03-15' });
    expect(badMonth.json().error).toMatchObject({ code: 'parameter_invalid', param: 'cohort' });
  });

  it('answers 400 naming the field for a bad filter, sort or cursor', async () => {
    const refused = async (query: string) => {
      const response = await shop.request({ method: 'GET', url: `/v1/customers?${query}` });
      expect(response.statusCode).toBe(400);
      return response.json().error as { code: string; param: string };
    };
    expect(await refused('stage=sleepy')).toMatchObject({ code: 'parameter_invalid', param: 'stage' });
    expect(await refused('segment=Heroes')).toMatchObject({ code: 'parameter_invalid', param: 'segment' });
    expect(await refused('points_min=lots')).toMatchObject({
      code: 'parameter_invalid',
      param: 'points_min',
    });
    expect(await refused('points_min=50&points_max=10')).toMatchObject({ param: 'points_min' });
    expect(await refused('sort=height')).toMatchObject({ code: 'parameter_invalid', param: 'sort' });
    expect(await refused('direction=up')).toMatchObject({ param: 'direction' });
    expect(await refused('cursor=nonsense')).toMatchObject({ code: 'parameter_invalid', param: 'cursor' });
    const byPoints = await list('sort=points&limit=1');
    expect(await refused(`sort=revenue&cursor=${byPoints.next_cursor}`)).toMatchObject({ param: 'cursor' });
  });
});

describe('the customer list sorts', () => {
  it('by each column both ways, ties broken by id, and pages through them without gaps or repeats', async () => {
    const tieOrder = (a: string, b: string) => (ids.get(a)! < ids.get(b)! ? [a, b] : [b, a]);
    const [u1u3Asc, u1u3Desc] = [tieOrder('u1', 'u3'), tieOrder('u1', 'u3').reverse()];
    const expected: Record<string, string[]> = {
      'sort=revenue&direction=desc': ['u2', ...u1u3Desc, 'u4', 'shop-77'],
      'sort=revenue&direction=asc': ['shop-77', 'u4', ...u1u3Asc, 'u2'],
      'sort=p_alive&direction=desc': ['u2', 'u4', ...u1u3Desc, 'shop-77'],
      'sort=clv&direction=desc': ['u2', 'u1', 'u3', ...tieOrder('u4', 'shop-77').reverse()],
      'sort=last_order&direction=desc': ['u4', 'u2', 'u1', 'u3', 'shop-77'],
      'sort=last_order&direction=asc': ['shop-77', 'u3', 'u1', 'u2', 'u4'],
      'sort=points&direction=desc': [...u1u3Desc, 'u2', ...tieOrder('u4', 'shop-77').reverse()],
      'sort=name&direction=asc': ['shop-77', 'u3', 'u1', 'u4', 'u2'],
      'sort=created&direction=desc': ['shop-77', 'u4', 'u3', 'u2', 'u1'],
    };
    for (const [query, order] of Object.entries(expected)) {
      expect(userIds(await list(query)), query).toEqual(order);
      for (const limit of [1, 2, 3])
        expect(await allPages(query, limit), `${query} by ${limit}`).toEqual(order);
    }
  });

  it("keeps its place when the last row's value changes between pages", async () => {
    const first = await list('sort=points&direction=desc&limit=2');
    const [, second] = userIds(first);
    await shop.request({
      method: 'POST',
      url: `/v1/customers/${second}/points/adjustments`,
      payload: { points: 500, reason: 'Moved up meanwhile' },
    });
    const next = await list(`sort=points&direction=desc&limit=10&cursor=${first.next_cursor}`);
    expect(userIds(next)).toEqual(['u2', 'shop-77', 'u4']);
    await shop.request({
      method: 'POST',
      url: `/v1/customers/${second}/points/adjustments`,
      payload: { points: -500, reason: 'Back' },
    });
  });
});

describe('the customer search', () => {
  it('matches any word of the name, with or without diacritics, the email anywhere and the userId', async () => {
    const search = async (query: string) => userIds(await list(`query=${encodeURIComponent(query)}`)).sort();
    expect(await search('Phương')).toEqual(['u1', 'u3']);
    expect(await search('phuong')).toEqual(['shop-77', 'u1', 'u3']);
    expect(await search('Nguyen Thu Phuong')).toEqual(['u1']);
    expect(await search('thu nguyễn')).toEqual(['u1']);
    expect(await search('duc')).toEqual(['u2']);
    expect(await search('Đức')).toEqual(['u2']);
    expect(await search('corp.com')).toEqual(['u3']);
    expect(await search('shop-77')).toEqual(['shop-77']);
    expect(await search('nguyen thu lan')).toEqual([]);
    expect(await search('g%m')).toEqual([]);
    const searched = await list(`query=phuong&stage=at_risk&sort=points&direction=asc`);
    expect(searched.total_count).toBe(2);
  });
});

describe('the CSV export', () => {
  it('streams every filtered customer in the list order, with the facts', async () => {
    const response = await shop.request({
      method: 'GET',
      url: '/v1/customers/export.csv?stage=at_risk&sort=last_order&direction=asc',
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parse(response.body, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.user_id)).toEqual(['u3', 'u1']);
    expect(rows[1]).toMatchObject({
      id: ids.get('u1'),
      name: 'Nguyễn Thu Phương',
      email: 'phuong.nguyen@shop.vn',
      stage: 'at_risk',
      rfm_segment: 'At Risk',
      tier_id: 'tier_gold',
      points: '120',
      net_revenue_minor: '500000',
      probability_alive: '0.31',
    });
    const everyone = parse((await shop.request({ method: 'GET', url: '/v1/customers/export.csv' })).body, {
      columns: true,
    }) as unknown[];
    expect(everyone).toHaveLength(people.length);
    const refused = await shop.request({
      method: 'GET',
      url: '/v1/customers/export.csv?points_min=9&points_max=1',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ param: 'points_min' });
  });
});
