import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { queryRows } from '../../db/connection.js';
import {
  createTestShop,
  sendIdentify,
  testSecretKey,
  useTestApp,
  type TestShop,
} from '../../testing/index.js';
import { findCustomerRef } from '../customers/index.js';
import { enqueueDueBroadcasts, startBroadcastWorker } from './broadcasts.js';
import { ChannelAdapters } from './channel-store.js';
import { Dispatcher } from './dispatch/index.js';
import { messages } from './schema.js';

const clock = fixedClock(new Date('2027-03-10T03:00:00Z'));
// Enqueuing and dispatching act on every workspace's due rows: this file keeps a database of its own.
const testApp = useTestApp({ clock, privateDatabase: true });
const db = () => testApp().ctx.db;
const longAgo = new Date('2026-01-01T00:00:00Z');

async function shop(): Promise<TestShop> {
  return createTestShop(testApp(), { timezone: 'Asia/Ho_Chi_Minh' });
}

async function template(shop: TestShop): Promise<string> {
  const response = await shop.request({
    method: 'POST',
    url: '/v1/templates',
    payload: { name: 'March news', channel: 'email', subject: 'Our March news', body: '<p>New beans.</p>' },
  });
  expect(response.statusCode).toBe(201);
  return response.json().id;
}

type Consent = 'subscribed' | 'unsubscribed';

/** A customer known since long ago (no new-customer cap), with the consent given. */
async function customer(
  shop: TestShop,
  userId: string,
  traits: Record<string, unknown>,
  consent: { channel?: Consent; newsletter?: Consent },
): Promise<string> {
  await sendIdentify(db(), shop.workspace.id, userId, { email: `${userId}@example.com`, ...traits }, longAgo);
  for (const [topic, status] of Object.entries(consent)) {
    const response = await shop.request({
      method: 'PUT',
      url: `/v1/customers/${userId}/consent`,
      payload: { channel: 'email', status, ...(topic === 'channel' ? {} : { topic }) },
    });
    expect(response.statusCode).toBe(200);
  }
  return (await findCustomerRef(db(), shop.workspace.id, userId))!;
}

const subscribed = { channel: 'subscribed', newsletter: 'subscribed' } as const;

async function broadcast(shop: TestShop, fields: Record<string, unknown>) {
  const response = await shop.request({
    method: 'POST',
    url: '/v1/broadcasts',
    payload: { name: 'March news', audience: { topic: 'newsletter' }, priority: 'promotional', ...fields },
  });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; status: string; enqueued_count: number };
}

const show = async (shop: TestShop, id: string) =>
  (await shop.request({ method: 'GET', url: `/v1/broadcasts/${id}` })).json();

interface Produced {
  id: string;
  customerId: string;
  sendAfter: string;
  status: string;
  provider: string | null;
  decisions: Record<string, unknown>[];
}

async function produced(broadcastId: string): Promise<Produced[]> {
  const rows = await queryRows<Produced & { sendAfter: Date }>(
    db(),
    sql`select id, customer_id as "customerId", send_after as "sendAfter", status, provider, decisions
        from messages where producer_kind = 'broadcast' and producer_id = ${broadcastId}
        order by customer_id`,
  );
  return rows.map((row) => ({ ...row, sendAfter: new Date(row.sendAfter).toISOString() }));
}

const dispatcher = () =>
  new Dispatcher(db(), new ChannelAdapters(testSecretKey), { clock, publicUrl: 'http://retain.test' });

describe('broadcasts', () => {
  it('are created scheduled with the template’s version, listed, shown with zero messages', async () => {
    clock.set(new Date('2027-03-10T03:00:00Z'));
    const s = await shop();
    const templateId = await template(s);
    const created = await broadcast(s, { template: templateId, send_at: '2027-03-12T02:00:00Z' });
    expect(created).toEqual({
      object: 'broadcast',
      id: expect.stringMatching(/^bc_/),
      name: 'March news',
      template: templateId,
      template_version: 1,
      audience: { topic: 'newsletter' },
      priority: 'promotional',
      send_at: '2027-03-12T02:00:00.000Z',
      local_time: null,
      expires_at: null,
      status: 'scheduled',
      enqueued_count: 0,
      created: '2027-03-10T03:00:00.000Z',
      updated: '2027-03-10T03:00:00.000Z',
    });
    expect(await show(s, created.id)).toEqual({
      ...created,
      messages: {
        queued: 0,
        sending: 0,
        sent: 0,
        delivered: 0,
        failed: 0,
        suppressed: 0,
        expired: 0,
        outcome_unknown: 0,
      },
    });
    const second = await broadcast(s, { template: templateId });
    expect(second.status).toBe('scheduled');
    const list = (await s.request({ method: 'GET', url: '/v1/broadcasts?limit=1' })).json();
    expect(list).toMatchObject({ object: 'list', data: [{ id: second.id }], has_more: true });
    const next = await s.request({ method: 'GET', url: `/v1/broadcasts?starting_after=${second.id}` });
    expect(next.json()).toMatchObject({ data: [{ id: created.id }], has_more: false });
    const other = await shop();
    expect((await other.request({ method: 'GET', url: `/v1/broadcasts/${created.id}` })).statusCode).toBe(
      404,
    );
  });

  it('refuse bad input naming the field, and save nothing', async () => {
    clock.set(new Date('2027-03-10T03:00:00Z'));
    const s = await shop();
    const templateId = await template(s);
    const refused = async (fields: Record<string, unknown>, status: number, code: string, param: string) => {
      const response = await s.request({
        method: 'POST',
        url: '/v1/broadcasts',
        payload: { name: 'Bad', audience: { topic: 'newsletter' }, priority: 'promotional', ...fields },
      });
      expect(response.statusCode).toBe(status);
      expect(response.json().error).toMatchObject({ code, param });
    };
    await refused({ template: 'tpl_unknown' }, 404, 'resource_missing', 'template');
    await refused({ template: templateId, local_time: '9:00' }, 400, 'parameter_invalid', 'local_time');
    await refused({ template: templateId, local_time: '24:00' }, 400, 'parameter_invalid', 'local_time');
    await refused(
      { template: templateId, audience: { topic: 'jokes' } },
      400,
      'parameter_invalid',
      'audience.topic',
    );
    await refused(
      { template: templateId, send_at: '2027-03-09T03:00:00Z' },
      400,
      'parameter_invalid',
      'send_at',
    );
    await refused(
      { template: templateId, send_at: '2027-03-12T02:00:00Z', expires_at: '2027-03-12T01:00:00Z' },
      400,
      'parameter_invalid',
      'expires_at',
    );
    // 09:00 on the 12th reaches UTC−12 at 21:00Z: a message expiring before would be born expired.
    await refused(
      {
        template: templateId,
        send_at: '2027-03-12T02:00:00Z',
        local_time: '09:00',
        expires_at: '2027-03-12T20:00:00Z',
      },
      400,
      'parameter_invalid',
      'expires_at',
    );
    await refused({ template: templateId, priority: 'transactional' }, 400, 'parameter_invalid', 'priority');
    await s.request({ method: 'POST', url: `/v1/templates/${templateId}/archive` });
    await refused({ template: templateId }, 422, 'template_archived', 'template');
    const list = (await s.request({ method: 'GET', url: '/v1/broadcasts' })).json();
    expect(list.data).toEqual([]);
  });

  it('reach only customers subscribed to the topic, and for a promotion to the channel too', async () => {
    clock.set(new Date('2027-03-10T03:00:00Z'));
    const s = await shop();
    const templateId = await template(s);
    const both = await customer(s, 'both', {}, subscribed);
    await customer(s, 'topic-off', {}, { channel: 'subscribed', newsletter: 'unsubscribed' });
    await customer(s, 'channel-off', {}, { channel: 'unsubscribed', newsletter: 'subscribed' });
    const topicOnly = await customer(s, 'topic-only', {}, { newsletter: 'subscribed' });
    await customer(s, 'channel-only', {}, { channel: 'subscribed' });
    await customer(s, 'never-asked', {}, {});
    // Another shop's subscriber is in no audience of this one.
    const elsewhere = await shop();
    await customer(elsewhere, 'both', {}, subscribed);

    // Before scheduling, the dashboard asks how many it would reach: the same customers as enqueuing takes.
    const estimate = async (priority: string) =>
      (
        await s.request({
          method: 'GET',
          url: `/v1/broadcasts/audience?template=${templateId}&topic=newsletter&priority=${priority}`,
        })
      ).json();
    expect(await estimate('promotional')).toEqual({ object: 'broadcast_audience', customers: 1 });
    expect(await estimate('triggered')).toEqual({ object: 'broadcast_audience', customers: 2 });
    const unknown = await s.request({
      method: 'GET',
      url: '/v1/broadcasts/audience?template=tpl_unknown&topic=newsletter&priority=triggered',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({ code: 'resource_missing', param: 'template' });

    const promotion = await broadcast(s, { template: templateId });
    const update = await broadcast(s, { template: templateId, priority: 'triggered' });
    await enqueueDueBroadcasts(db(), clock.now());
    expect((await produced(promotion.id)).map((m) => m.customerId)).toEqual([both]);
    expect((await produced(update.id)).map((m) => m.customerId)).toEqual([both, topicOnly].sort());
    expect(await show(s, promotion.id)).toMatchObject({ status: 'enqueued', enqueued_count: 1 });
    expect(await show(s, update.id)).toMatchObject({
      status: 'enqueued',
      enqueued_count: 2,
      messages: { queued: 2 },
    });
  });

  it('resume after the last committed page, and make one message per customer however often they run', async () => {
    clock.set(new Date('2027-03-10T03:00:00Z'));
    const s = await shop();
    const templateId = await template(s);
    const customers: string[] = [];
    for (let n = 1; n <= 5; n++) customers.push(await customer(s, `fan-${n}`, {}, subscribed));
    const created = await broadcast(s, { template: templateId });

    // The first page commits with its checkpoint; the process "dies" before the next one.
    expect(await enqueueDueBroadcasts(db(), clock.now(), { pageSize: 2, pagesMax: 1 })).toEqual({
      pages: 1,
      enqueued: 2,
    });
    expect(await show(s, created.id)).toMatchObject({ status: 'enqueuing', enqueued_count: 2 });
    expect((await produced(created.id)).map((m) => m.customerId)).toEqual(customers.sort().slice(0, 2));

    await enqueueDueBroadcasts(db(), clock.now(), { pageSize: 2 });
    expect(await show(s, created.id)).toMatchObject({ status: 'enqueued', enqueued_count: 5 });
    expect((await produced(created.id)).map((m) => m.customerId)).toEqual(customers.sort());

    // A checkpoint lost altogether: the pages run again, and the dedupe key makes no second message.
    await db().execute(
      sql`update broadcasts set status = 'enqueuing', enqueued_through = null where id = ${created.id}`,
    );
    expect(await enqueueDueBroadcasts(db(), clock.now(), { pageSize: 2 })).toMatchObject({ enqueued: 0 });
    expect((await produced(created.id)).map((m) => m.customerId)).toEqual(customers.sort());
    expect(await show(s, created.id)).toMatchObject({ status: 'enqueued', enqueued_count: 5 });

    // Two processes at once: each page holds the broadcast, so they share the work.
    const raced = await broadcast(s, { template: templateId, priority: 'triggered' });
    const reports = await Promise.all([
      enqueueDueBroadcasts(db(), clock.now(), { pageSize: 1 }),
      enqueueDueBroadcasts(db(), clock.now(), { pageSize: 1 }),
    ]);
    expect(reports[0]!.enqueued + reports[1]!.enqueued).toBe(5);
    expect((await produced(raced.id)).map((m) => m.customerId)).toEqual(customers.sort());
  });

  it('at a local time reach each customer at that hour of their own clock on the day, DST included', async () => {
    // 2027-03-14 is the day New York moves to daylight time (UTC−4 from 02:00).
    clock.set(new Date('2027-03-13T00:00:00Z'));
    const s = await shop();
    const templateId = await template(s);
    const tokyo = await customer(s, 'tokyo', { timezone: 'Asia/Tokyo' }, subscribed);
    const hanoi = await customer(s, 'hanoi', { phone: '+84912345678' }, subscribed);
    const newYork = await customer(s, 'new-york', { timezone: 'America/New_York' }, subscribed);
    const shopZone = await customer(s, 'no-zone', {}, subscribed);
    // 10:00 on the 14th in the shop's zone (Asia/Ho_Chi_Minh): the day is the 14th.
    const created = await broadcast(s, {
      template: templateId,
      priority: 'triggered',
      send_at: '2027-03-14T03:00:00Z',
      local_time: '09:00',
    });

    // Not due until the first zone (UTC+14) reaches 09:00 on the 14th: 19:00Z on the 13th.
    await enqueueDueBroadcasts(db(), clock.now());
    clock.set(new Date('2027-03-13T18:59:00Z'));
    await enqueueDueBroadcasts(db(), clock.now());
    expect(await produced(created.id)).toEqual([]);
    expect(await show(s, created.id)).toMatchObject({ status: 'scheduled' });
    clock.set(new Date('2027-03-13T19:00:00Z'));
    await enqueueDueBroadcasts(db(), clock.now());
    const sendAfter = new Map((await produced(created.id)).map((m) => [m.customerId, m.sendAfter]));
    expect(Object.fromEntries(sendAfter)).toEqual({
      [tokyo]: '2027-03-14T00:00:00.000Z',
      [hanoi]: '2027-03-14T02:00:00.000Z',
      [newYork]: '2027-03-14T13:00:00.000Z',
      [shopZone]: '2027-03-14T02:00:00.000Z',
    });

    // The dispatcher sends each when its moment comes, and not before.
    clock.set(new Date('2027-03-14T00:00:00Z'));
    await dispatcher().dispatchOnce();
    const statusOf = async () =>
      Object.fromEntries((await produced(created.id)).map((m) => [m.customerId, [m.status, m.provider]]));
    expect(await statusOf()).toEqual({
      [tokyo]: ['sent', 'development_outbox'],
      [hanoi]: ['queued', null],
      [newYork]: ['queued', null],
      [shopZone]: ['queued', null],
    });
    clock.set(new Date('2027-03-14T13:00:00Z'));
    await dispatcher().dispatchOnce();
    expect(await show(s, created.id)).toMatchObject({ messages: { sent: 4, queued: 0 } });
  });

  it('cancel before they start, and refuse once their messages are in the outbox', async () => {
    clock.set(new Date('2027-03-10T03:00:00Z'));
    const s = await shop();
    const templateId = await template(s);
    const fan = await customer(s, 'fan', {}, subscribed);
    const canceled = await broadcast(s, { template: templateId, send_at: '2027-03-10T04:00:00Z' });
    const cancel = (id: string) => s.request({ method: 'POST', url: `/v1/broadcasts/${id}/cancel` });
    const first = await cancel(canceled.id);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ id: canceled.id, status: 'canceled' });
    expect((await cancel(canceled.id)).json()).toMatchObject({ status: 'canceled' });

    const sent = await broadcast(s, { template: templateId, send_at: '2027-03-10T04:00:00Z' });
    clock.set(new Date('2027-03-10T04:00:00Z'));
    await enqueueDueBroadcasts(db(), clock.now());
    expect(await produced(canceled.id)).toEqual([]);
    expect((await produced(sent.id)).map((m) => m.customerId)).toEqual([fan]);
    const late = await cancel(sent.id);
    expect(late.statusCode).toBe(422);
    expect(late.json().error).toMatchObject({ code: 'broadcast_not_cancelable', param: 'id' });
    expect(await show(s, sent.id)).toMatchObject({ status: 'enqueued', messages: { queued: 1 } });
    // The list counts each broadcast's own messages (the dashboard's progress column).
    const list = (await s.request({ method: 'GET', url: '/v1/broadcasts' })).json();
    expect(
      list.data.map((b: { id: string; messages: Record<string, number> }) => [b.id, b.messages]),
    ).toEqual([
      [sent.id, expect.objectContaining({ queued: 1, sent: 0, suppressed: 0, failed: 0 })],
      [canceled.id, expect.objectContaining({ queued: 0, sent: 0, suppressed: 0, failed: 0 })],
    ]);
    expect((await cancel('bc_unknown')).statusCode).toBe(404);
  });

  it('are enqueued by the worker when due, without anyone asking', async () => {
    clock.set(new Date('2027-03-10T03:00:00Z'));
    const s = await shop();
    const templateId = await template(s);
    const fan = await customer(s, 'fan', {}, subscribed);
    const created = await broadcast(s, { template: templateId });
    const errors: unknown[] = [];
    const worker = startBroadcastWorker(db(), { clock, onError: (error) => errors.push(error) });
    try {
      for (let tries = 0; tries < 100 && (await show(s, created.id)).status !== 'enqueued'; tries++)
        await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      await worker.stop();
    }
    expect(errors).toEqual([]);
    expect((await produced(created.id)).map((m) => m.customerId)).toEqual([fan]);
  });

  it('go through the caps: a customer who had two promotions today gets it deferred, the others now', async () => {
    clock.set(new Date('2027-03-20T03:00:00Z'));
    const s = await shop();
    const templateId = await template(s);
    const fresh = await customer(s, 'fresh', { timezone: 'Asia/Ho_Chi_Minh' }, subscribed);
    const busy = await customer(s, 'busy', { timezone: 'Asia/Ho_Chi_Minh' }, subscribed);
    // Two promotions handed to `busy` earlier today (Hanoi's day began at 17:00Z on the 19th).
    for (const handedAt of [new Date('2027-03-20T01:00:00Z'), new Date('2027-03-20T02:00:00Z')]) {
      const id = newId('message');
      await db().insert(messages).values({
        id,
        workspaceId: s.workspace.id,
        customerId: busy,
        channel: 'email',
        templateId,
        templateVersion: 1,
        data: {},
        priority: 'promotional',
        priorityRank: 2,
        status: 'sent',
        sendAfter: handedAt,
        producerKind: 'test',
        dedupeKey: id,
        handedAt,
        sentAt: handedAt,
        createdAt: handedAt,
        updatedAt: handedAt,
      });
    }
    const created = await broadcast(s, { template: templateId });
    await enqueueDueBroadcasts(db(), clock.now());
    await dispatcher().dispatchOnce();

    const byCustomer = new Map((await produced(created.id)).map((m) => [m.customerId, m]));
    expect(byCustomer.get(fresh)).toMatchObject({ status: 'sent', provider: 'development_outbox' });
    const deferred = byCustomer.get(busy)!;
    expect(deferred.status).toBe('queued');
    expect(deferred.decisions).toEqual([
      expect.objectContaining({ decision: 'deferred', rule: 'promotional_per_day' }),
    ]);
    // The next Hanoi day starts at 17:00Z; the message waits for it (and quiet hours, until 08:00 there).
    expect(new Date(deferred.sendAfter).getTime()).toBeGreaterThanOrEqual(Date.parse('2027-03-20T17:00:00Z'));
    expect(await show(s, created.id)).toMatchObject({ messages: { sent: 1, queued: 1 } });
  });
});
