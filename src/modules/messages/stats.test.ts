import { describe, expect, it } from 'vitest';
import { newId } from '../../core/ids.js';
import { createTestShop, useTestApp, type TestShop } from '../../testing/index.js';
import { consentChanges, messages } from './schema.js';

// A database of its own: a server another test file starts would dispatch the queued messages here.
const testApp = useTestApp({ privateDatabase: true });

type Status = (typeof messages.$inferInsert)['status'];

/** One outbox row as the dispatcher leaves it, written straight into the table. */
function message(
  shop: TestShop,
  fields: {
    channel?: string;
    status: Status;
    created: string;
    sent?: string;
    delivered?: string;
    opened?: string;
    clicked?: string;
    updated?: string;
  },
): typeof messages.$inferInsert {
  const at = (text: string | undefined) => (text ? new Date(text) : null);
  return {
    id: newId('message'),
    workspaceId: shop.workspace.id,
    customerId: 'cus_stats',
    channel: fields.channel ?? 'email',
    templateId: 'tpl_stats',
    templateVersion: 1,
    data: {},
    priority: 'triggered',
    priorityRank: 1,
    status: fields.status,
    sendAfter: new Date(fields.created),
    producerKind: 'api',
    dedupeKey: newId('message'),
    createdAt: new Date(fields.created),
    sentAt: at(fields.sent),
    deliveredAt: at(fields.delivered),
    openedAt: at(fields.opened),
    clickedAt: at(fields.clicked),
    updatedAt: new Date(fields.updated ?? fields.clicked ?? fields.opened ?? fields.sent ?? fields.created),
  };
}

const stats = (shop: TestShop, query: string) =>
  shop.request({ method: 'GET', url: `/v1/messaging/stats${query}` });

const zero = { sent: 0, delivered: 0, opened: 0, clicked: 0, failed: 0, suppressed: 0 };

describe('the delivery overview', () => {
  it('counts each outcome on the local day it happened, per channel, in the workspace’s time zone', async () => {
    // Ho Chi Minh City is UTC+7 all year: 17:00Z is local midnight.
    const shop = await createTestShop(testApp(), { timezone: 'Asia/Ho_Chi_Minh' });
    const other = await createTestShop(testApp(), { timezone: 'UTC' });
    const { db } = testApp().ctx;
    await db.insert(messages).values([
      // Sent 23:59 local on Nov 30, opened 00:00 local Dec 1, clicked on Dec 2.
      message(shop, {
        status: 'delivered',
        created: '2026-11-30T16:50:00Z',
        sent: '2026-11-30T16:59:59Z',
        delivered: '2026-11-30T16:59:59Z',
        opened: '2026-11-30T17:00:00Z',
        clicked: '2026-12-02T03:00:00Z',
      }),
      // 00:30 local on Dec 1, though still Nov 30 in UTC.
      message(shop, { status: 'sent', created: '2026-11-30T17:20:00Z', sent: '2026-11-30T17:30:00Z' }),
      message(shop, {
        channel: 'sms',
        status: 'failed',
        created: '2026-11-30T17:20:00Z',
        updated: '2026-11-30T18:00:00Z',
      }),
      message(shop, {
        channel: 'sms',
        status: 'suppressed',
        created: '2026-12-01T01:00:00Z',
        updated: '2026-12-01T01:00:00Z',
      }),
      // Still waiting: nothing has happened to it.
      message(shop, { status: 'queued', created: '2026-12-01T02:00:00Z' }),
      // Outside the range on both sides (local Nov 29 and local Dec 3).
      message(shop, { status: 'sent', created: '2026-11-29T10:00:00Z', sent: '2026-11-29T16:59:00Z' }),
      message(shop, { status: 'sent', created: '2026-12-03T00:00:00Z', sent: '2026-12-03T00:00:00Z' }),
      // Another workspace's message on the same day.
      message(other, { status: 'sent', created: '2026-12-01T05:00:00Z', sent: '2026-12-01T05:00:00Z' }),
    ]);
    const change = (channel: string, status: string, changedAt: string, workspaceId = shop.workspace.id) => ({
      id: newId('consentChange'),
      workspaceId,
      customerId: 'cus_stats',
      channel,
      topic: '',
      status,
      source: 'one_click',
      changedAt: new Date(changedAt),
    });
    await db
      .insert(consentChanges)
      .values([
        change('email', 'unsubscribed', '2026-11-30T16:30:00Z'),
        change('email', 'unsubscribed', '2026-11-30T17:05:00Z'),
        change('sms', 'unsubscribed', '2026-12-02T16:59:00Z'),
        change('email', 'subscribed', '2026-12-01T05:00:00Z'),
        change('email', 'unsubscribed', '2026-12-01T05:00:00Z', other.workspace.id),
      ]);

    const response = await stats(shop, '?from=2026-11-30&to=2026-12-02');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      object: 'messaging_stats',
      from: '2026-11-30',
      to: '2026-12-02',
      time_zone: 'Asia/Ho_Chi_Minh',
      days: [
        { date: '2026-11-30', channel: 'email', ...zero, sent: 1, delivered: 1 },
        { date: '2026-12-01', channel: 'email', ...zero, sent: 1, opened: 1 },
        { date: '2026-12-01', channel: 'sms', ...zero, failed: 1, suppressed: 1 },
        { date: '2026-12-02', channel: 'email', ...zero, clicked: 1 },
      ],
      unsubscribes: [
        { date: '2026-11-30', channel: 'email', count: 1 },
        { date: '2026-12-01', channel: 'email', count: 1 },
        { date: '2026-12-02', channel: 'sms', count: 1 },
      ],
      totals: { sent: 2, delivered: 1, opened: 1, clicked: 1, failed: 1, suppressed: 1, unsubscribed: 3 },
    });

    // The same instants in UTC's calendar fall on other days: the other shop's one message.
    const utc = (await stats(other, '?from=2026-11-30&to=2026-12-02')).json();
    expect(utc.days).toEqual([{ date: '2026-12-01', channel: 'email', ...zero, sent: 1 }]);
    expect(utc.unsubscribes).toEqual([{ date: '2026-12-01', channel: 'email', count: 1 }]);

    const oneDay = (await stats(shop, '?from=2026-12-01&to=2026-12-01')).json();
    expect(oneDay.totals).toEqual({
      sent: 1,
      delivered: 0,
      opened: 1,
      clicked: 0,
      failed: 1,
      suppressed: 1,
      unsubscribed: 1,
    });
  });

  it('refuses a bad range, naming the parameter', async () => {
    const shop = await createTestShop(testApp());
    const refusal = async (query: string) => {
      const response = await stats(shop, query);
      expect(response.statusCode).toBe(400);
      const { code, param, message } = response.json().error;
      return { code, param, message };
    };
    expect(await refusal('?from=2026-02-30&to=2026-03-01')).toEqual({
      code: 'parameter_invalid',
      param: 'from',
      message: 'from must be a calendar date YYYY-MM-DD.',
    });
    expect(await refusal('?from=2026-01-01&to=1/2/2026')).toMatchObject({ param: 'to' });
    expect(await refusal('?from=2026-03-01&to=2026-02-28')).toEqual({
      code: 'parameter_invalid',
      param: 'to',
      message: 'to must not be before from.',
    });
    expect(await refusal('?from=2025-01-01&to=2026-01-02')).toEqual({
      code: 'parameter_invalid',
      param: 'to',
      message: 'The range may span at most 366 days.',
    });
    expect(await refusal('?from=0999-01-01&to=0999-01-02')).toMatchObject({ param: 'from' });
    expect(await refusal('?to=2026-01-02')).toMatchObject({ param: 'from' });
    // 366 days, a leap year's whole year, is allowed.
    expect((await stats(shop, '?from=2028-01-01&to=2028-12-31')).statusCode).toBe(200);
  });
});
