import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import { createTestShop, sendIdentify, testSecretKey, useTestApp } from '../../testing/index.js';
import { findCustomerRef } from '../customers/index.js';
import { ChannelAdapters } from './channel-store.js';
import { Dispatcher } from './dispatch/index.js';
import { consentChanges, messageConsents, messages, pushSubscriptions } from './schema.js';

const clock = fixedClock(new Date('2026-03-02T03:00:00Z'));
// A database of its own: a server another test file starts would dispatch the queued message here.
const getApp = useTestApp({ clock, privateDatabase: true });
const db = () => getApp().ctx.db;

describe('a customer’s messages in their export and erasure', () => {
  it('exports what was sent and their consent, and erasure forgets the person but keeps the counts', async () => {
    const shop = await createTestShop(getApp(), { timezone: 'Asia/Ho_Chi_Minh' });
    await sendIdentify(
      db(),
      shop.workspace.id,
      'mai',
      { email: 'mai@example.com', first_name: 'Mai' },
      clock.now(),
    );
    const customerId = (await findCustomerRef(db(), shop.workspace.id, 'mai'))!;
    await shop.request({
      method: 'PUT',
      url: '/v1/customers/mai/consent',
      payload: { channel: 'email', status: 'subscribed' },
    });
    const push = await shop.request({
      method: 'POST',
      url: '/v1/push_subscriptions',
      payload: {
        customer: 'mai',
        subscription: {
          endpoint: 'https://push.example/abc',
          keys: { p256dh: 'BPk'.padEnd(87, 'A'), auth: 'aaaaaaaaaaaaaaaaaaaaaa' },
        },
      },
    });
    expect(push.statusCode, push.body).toBeLessThan(300);
    const template = (
      await shop.request({
        method: 'POST',
        url: '/v1/templates',
        payload: {
          name: 'Hi',
          channel: 'email',
          subject: 'Chào {{ customer.first_name }}',
          body: '<p>Chào {{ customer.first_name }} <a href="{{ links.unsubscribe }}">x</a></p>',
        },
      })
    ).json<{ id: string }>().id;
    const sent = (
      await shop.request({
        method: 'POST',
        url: '/v1/messages',
        payload: { customer: 'mai', template, priority: 'triggered' },
      })
    ).json<{ id: string }>().id;
    const adapters = new ChannelAdapters(testSecretKey);
    await new Dispatcher(db(), adapters, { clock, publicUrl: 'https://retain.test' }).dispatchOnce();
    await adapters.close();
    const waiting = (
      await shop.request({
        method: 'POST',
        url: '/v1/messages',
        payload: { customer: 'mai', template, priority: 'triggered', send_at: '2026-03-05T03:00:00Z' },
      })
    ).json<{ id: string }>().id;

    const exported = (await shop.request({ method: 'GET', url: '/v1/customers/mai/export' })).json<{
      modules: {
        messages: {
          messages: { id: string; subject: string | null }[];
          consent: { email: { status: string } };
          consent_changes: unknown[];
          push_subscriptions: unknown[];
        };
      };
    }>().modules.messages;
    expect(exported.messages.map((m) => m.id)).toEqual([sent, waiting]);
    expect(exported.messages[0]!.subject).toBe('Chào Mai');
    expect(exported.consent.email.status).toBe('subscribed');
    expect(exported.consent_changes).toHaveLength(1);
    expect(exported.push_subscriptions).toHaveLength(1);

    const erased = await shop.request({ method: 'DELETE', url: `/v1/customers/${customerId}` });
    expect(erased.statusCode, erased.body).toBe(200);
    const ofMai = (table: typeof messageConsents | typeof consentChanges | typeof pushSubscriptions) =>
      and(eq(table.workspaceId, shop.workspace.id), eq(table.customerId, customerId));
    expect(await db().select().from(messageConsents).where(ofMai(messageConsents))).toEqual([]);
    expect(await db().select().from(consentChanges).where(ofMai(consentChanges))).toEqual([]);
    expect(await db().select().from(pushSubscriptions).where(ofMai(pushSubscriptions))).toEqual([]);
    const left = await db()
      .select()
      .from(messages)
      .where(eq(messages.customerId, customerId))
      .orderBy(messages.id);
    expect(left.map((m) => [m.status, m.reason])).toEqual([
      ['sent', null],
      ['suppressed', 'erased'],
    ]);
    for (const message of left) {
      expect(message).toMatchObject({ address: null, subject: null, content: null, data: {} });
      expect(JSON.stringify(message)).not.toContain('mai@example.com');
    }
  });
});
