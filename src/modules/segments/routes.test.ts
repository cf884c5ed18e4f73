import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import { dayMs } from '../../core/time.js';
import { queryRows } from '../../db/connection.js';
import { createTestShop, identify, ingest, track, useTestApp, type TestShop } from '../../testing/index.js';
import { scoresChangedAt } from '../analytics/index.js';
import { runSegmentWork } from './worker.js';

const today = new Date(Math.floor(Date.now() / dayMs) * dayMs + 3 * 3_600_000);
const clock = fixedClock(today);
// A database of its own: the segments worker's steps (rebuilds, due timers) take every workspace's.
const testApp = useTestApp({ clock, privateDatabase: true });
const daysAgo = (days: number) => new Date(today.getTime() - days * dayMs);
const at = (date: Date) => ({ occurredAt: date, receivedAt: date });

async function shopWithCustomers(): Promise<TestShop> {
  const shop = await createTestShop(testApp(), {
    currency: 'VND',
    timezone: 'Asia/Ho_Chi_Minh',
    locale: 'en-US',
  });
  await ingest(testApp().ctx.db, shop.workspace.id, [
    ...['an', 'binh', 'chi', 'dung', 'em'].map((userId, index) =>
      identify({
        userId,
        traits: { email: `${userId}@example.com`, country: index < 3 ? 'VN' : 'TH' },
        ...at(daysAgo(100)),
      }),
    ),
    track('Order Completed', {
      userId: 'an',
      properties: { order_id: 'o1', total: 500_000 },
      ...at(daysAgo(3)),
    }),
    track('Order Completed', {
      userId: 'dung',
      properties: { order_id: 'o2', total: 200_000 },
      ...at(daysAgo(2)),
    }),
  ]);
  return shop;
}

const work = () => runSegmentWork(testApp().ctx.db, clock.now(), scoresChangedAt);

async function segmentRows(workspaceId: string) {
  return queryRows<{ id: string }>(
    testApp().ctx.db,
    sql`select id from segments where workspace_id = ${workspaceId} and ready_made is null`,
  );
}

describe('the segments API', () => {
  it('previews a draft without saving, saves it, builds its members and pages them', async () => {
    const shop = await shopWithCustomers();
    const definition = { field: 'traits.country', op: 'eq', value: 'VN' };
    const preview = await shop.request({
      method: 'POST',
      url: '/v1/segments/preview',
      payload: { definition },
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().count).toBe(3);
    expect(
      preview
        .json()
        .sample.map((c: { email: string }) => c.email)
        .sort(),
    ).toEqual(['an@example.com', 'binh@example.com', 'chi@example.com']);
    expect(preview.json().explanation).toMatch(/VN/);
    expect(await segmentRows(shop.workspace.id)).toEqual([]);

    const created = await shop.request({
      method: 'POST',
      url: '/v1/segments',
      payload: { name: 'Vietnam', definition },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      object: 'segment',
      name: 'Vietnam',
      status: 'building',
      members: 0,
    });
    await work();
    const id = created.json().id as string;
    const got = await shop.request({ method: 'GET', url: `/v1/segments/${id}` });
    expect(got.json()).toMatchObject({ status: 'live', members: 3, rebuild: { done: 5, total: 5 } });

    const first = await shop.request({ method: 'GET', url: `/v1/segments/${id}/members?limit=2` });
    expect(first.json().has_more).toBe(true);
    const second = await shop.request({
      method: 'GET',
      url: `/v1/segments/${id}/members?limit=2&starting_after=${first.json().data[1].customer_id}`,
    });
    expect(second.json().has_more).toBe(false);
    const emails = [...first.json().data, ...second.json().data]
      .map((m: { email: string }) => m.email)
      .sort();
    expect(emails).toEqual(['an@example.com', 'binh@example.com', 'chi@example.com']);

    const csv = await shop.request({ method: 'GET', url: `/v1/segments/${id}/members.csv` });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toBe('customer_id,user_id,email,name,entered_at');
    expect(
      lines
        .slice(1)
        .map((line) => line.split(',')[1])
        .sort(),
    ).toEqual(['an', 'binh', 'chi']);

    const history = await shop.request({ method: 'GET', url: `/v1/segments/${id}/history?days=3` });
    expect(history.json(), history.body).toHaveProperty('data');
    expect(history.json().data.map((d: { members: number }) => d.members)).toEqual([0, 0, 3]);

    const ofAn = await shop.request({ method: 'GET', url: '/v1/customers/an/segments' });
    expect(ofAn.json().data.map((s: { name: string }) => s.name)).toContain('Vietnam');
    const ofDung = await shop.request({ method: 'GET', url: '/v1/customers/dung/segments' });
    expect(ofDung.json().data.map((s: { name: string }) => s.name)).not.toContain('Vietnam');
  });

  it("puts a customer's memberships in their export and takes them out of every segment on erasure", async () => {
    const shop = await shopWithCustomers();
    const created = await shop.request({
      method: 'POST',
      url: '/v1/segments',
      payload: { name: 'Vietnam', definition: { field: 'traits.country', op: 'eq', value: 'VN' } },
    });
    await work();
    const id = created.json().id as string;
    const exported = await shop.request({ method: 'GET', url: '/v1/customers/an/export' });
    expect(exported.json().modules.segments.memberships).toEqual([
      expect.objectContaining({ segment_id: id, name: 'Vietnam', exited_at: null }),
    ]);
    const erased = await shop.request({ method: 'DELETE', url: '/v1/customers/an' });
    expect(erased.json().erased['segments.memberships_closed']).toBe(1);
    const members = await shop.request({ method: 'GET', url: `/v1/segments/${id}/members` });
    expect(
      members
        .json()
        .data.map((m: { external_id: string }) => m.external_id)
        .sort(),
    ).toEqual(['binh', 'chi']);
    const timers = await queryRows<{ n: number }>(
      testApp().ctx.db,
      sql`select count(*)::int as n from segment_timers where customer_id = ${erased.json().customer}`,
    );
    expect(timers[0]!.n).toBe(0);
  });

  it('refuses bad definitions with the path of the problem and saves nothing', async () => {
    const shop = await shopWithCustomers();
    const cases: [unknown, string][] = [
      [
        {
          all: [
            { field: 'orders.count', op: 'gte', value: 3 },
            { field: 'orders.colour', op: 'eq', value: 'x' },
          ],
        },
        'conditions[1].field',
      ],
      [{ all: [{ field: 'orders.count', op: 'contains', value: 'x' }] }, 'conditions[0].op'],
      [
        {
          all: [
            { field: 'orders.count', op: 'gte', value: 1 },
            { field: 'orders.count', op: 'gte', value: 1 },
            { any: [{ field: 'lifecycle.stage', op: 'eq', value: 'sleepy' }] },
          ],
        },
        'conditions[2].any[0].value',
      ],
      [{ event: 'Order Completed', within: { last_days: 0 } }, 'definition.within.last_days'],
      [{ all: [{ segment: 'seg_missing' }] }, 'conditions[0].segment'],
      [{ all: [{ not: { sample: { percent: 120 } } }] }, 'conditions[0].not.sample.percent'],
    ];
    for (const [definition, param] of cases) {
      const saved = await shop.request({
        method: 'POST',
        url: '/v1/segments',
        payload: { name: 'Bad', definition },
      });
      expect(saved.statusCode, JSON.stringify(definition)).toBe(400);
      expect(saved.json().error.param).toBe(param);
      const preview = await shop.request({
        method: 'POST',
        url: '/v1/segments/preview',
        payload: { definition },
      });
      expect(preview.statusCode).toBe(400);
      expect(preview.json().error.param).toBe(param);
    }
    expect(await segmentRows(shop.workspace.id)).toEqual([]);
  });

  it('refuses a cycle through membership and a delete of a segment another names', async () => {
    const shop = await shopWithCustomers();
    const a = (
      await shop.request({
        method: 'POST',
        url: '/v1/segments',
        payload: { name: 'A', definition: { field: 'traits.country', op: 'eq', value: 'VN' } },
      })
    ).json();
    const b = (
      await shop.request({
        method: 'POST',
        url: '/v1/segments',
        payload: { name: 'B', definition: { all: [{ segment: a.id }] } },
      })
    ).json();
    const cycle = await shop.request({
      method: 'PATCH',
      url: `/v1/segments/${a.id}`,
      payload: { definition: { any: [{ segment: b.id }] } },
    });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.param).toBe('conditions[0].segment');
    const unchanged = await shop.request({ method: 'GET', url: `/v1/segments/${a.id}` });
    expect(unchanged.json().definition).toEqual({ field: 'traits.country', op: 'eq', value: 'VN' });
    const inUse = await shop.request({ method: 'DELETE', url: `/v1/segments/${a.id}` });
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().error.code).toBe('segment_in_use');

    await work();
    expect((await shop.request({ method: 'GET', url: `/v1/segments/${b.id}` })).json().members).toBe(3);
    expect((await shop.request({ method: 'DELETE', url: `/v1/segments/${b.id}` })).json()).toEqual({
      object: 'segment',
      id: b.id,
      deleted: true,
    });
    await work();
    const exits = await queryRows<{ n: number }>(
      testApp().ctx.db,
      sql`select count(*)::int as n from events where workspace_id = ${shop.workspace.id} and name = 'Segment Exited'
          and properties->>'segment_id' = ${b.id}`,
    );
    expect(exits[0]!.n).toBe(3);
    expect((await shop.request({ method: 'GET', url: `/v1/segments/${b.id}` })).statusCode).toBe(404);
  });

  it('lists the ready-made segments with a workspace, names the ones waiting for surveys, and describes fields', async () => {
    const shop = await shopWithCustomers();
    const list = await shop.request({ method: 'GET', url: '/v1/segments' });
    expect(list.statusCode).toBe(200);
    const keys = list.json().data.map((s: { ready_made: string }) => s.ready_made);
    expect(keys).toEqual(
      expect.arrayContaining(['champions', 'at_risk', 'lapsed', 'win_back', 'birthday_this_month']),
    );
    expect(
      list
        .json()
        .unavailable.map((u: { ready_made: string }) => u.ready_made)
        .sort(),
    ).toEqual(['detractors', 'promoters']);
    for (const segment of list.json().data) expect(segment.explanation.length).toBeGreaterThan(10);
    const again = await shop.request({ method: 'GET', url: '/v1/segments' });
    expect(again.json().data).toHaveLength(list.json().data.length);

    const fields = await shop.request({ method: 'GET', url: '/v1/segments/fields' });
    expect(fields.json().traits).toEqual(['country']);
    expect(fields.json().events).toContain('Order Completed');
    expect(
      fields.json().fields.find((f: { field: string }) => f.field === 'lifecycle.stage').values,
    ).toContain('at_risk');
  });
});
