import { and, count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { newId } from '../../core/ids.js';
import { queryOne } from '../../db/connection.js';
import {
  createTestShop,
  identify,
  ingest,
  sendIdentify,
  settledOrWaiting,
  useTestApp,
  type TestShop,
} from '../../testing/index.js';
import { findCustomerRef } from '../customers/index.js';
import { drainConsumers } from '../events/index.js';
import { messageConsentConsumer } from './consent-consumer.js';
import { lockCustomerMessaging } from './customer-lock.js';
import { confirmationLink, messageLinks } from './links.js';
import { consentChanges, messages, messagingSettings } from './schema.js';
import { messagingSettingsOf } from './settings.js';

// A database of its own: double opt-in queues confirmation emails another file's server would send.
const getApp = useTestApp({ privateDatabase: true });
const db = () => getApp().ctx.db;
const publicUrl = 'https://shop.example';
const at = (day: number) => new Date(Date.UTC(2026, 2, day, 10));

interface Customer {
  shop: TestShop;
  customerId: string;
  secret: string;
}

async function shopCustomer(traits: Record<string, unknown> = {}, shopLocale?: string): Promise<Customer> {
  const shop = await createTestShop(getApp(), shopLocale ? { locale: shopLocale } : {});
  await sendIdentify(db(), shop.workspace.id, 'user-1', { email: 'lan@example.com', ...traits }, at(1));
  const customerId = (await findCustomerRef(db(), shop.workspace.id, 'user-1'))!;
  const { linkSecret } = await messagingSettingsOf(db(), shop.workspace.id, new Date());
  return { shop, customerId, secret: linkSecret };
}

/** A message as the outbox keeps it, sent: its links are what the customer follows. */
async function sentMessage(customer: Customer, topic: string | null) {
  const id = newId('message');
  const now = new Date();
  await db().insert(messages).values({
    id,
    workspaceId: customer.shop.workspace.id,
    customerId: customer.customerId,
    channel: 'email',
    templateId: 'tpl_test',
    templateVersion: 1,
    data: {},
    priority: 'promotional',
    priorityRank: 2,
    topic,
    status: 'sent',
    sendAfter: now,
    producerKind: 'test',
    dedupeKey: id,
    createdAt: now,
    updatedAt: now,
  });
  const links = messageLinks(publicUrl, customer.secret, {
    workspaceId: customer.shop.workspace.id,
    messageId: id,
    customerId: customer.customerId,
  });
  return {
    id,
    unsubscribe: new URL(links.unsubscribe).pathname,
    preferences: new URL(links.preferences).pathname,
  };
}

async function consent(customer: Customer) {
  const response = await customer.shop.request({
    method: 'GET',
    url: `/v1/customers/${customer.customerId}/consent`,
  });
  expect(response.statusCode).toBe(200);
  return response.json().channels;
}

async function history(customer: Customer) {
  const response = await customer.shop.request({
    method: 'GET',
    url: `/v1/customers/user-1/consent/history`,
  });
  expect(response.statusCode).toBe(200);
  return response.json().data as { channel: string; topic: string | null; status: string; source: string }[];
}

async function changeCount(customer: Customer): Promise<number> {
  const [row] = await db()
    .select({ n: count() })
    .from(consentChanges)
    .where(
      and(
        eq(consentChanges.workspaceId, customer.shop.workspace.id),
        eq(consentChanges.customerId, customer.customerId),
      ),
    );
  return row!.n;
}

async function unsubscribedEvents(customer: Customer): Promise<number> {
  const row = await queryOne<{ n: number }>(
    db(),
    sql`select count(*)::int as n from events
        where workspace_id = ${customer.shop.workspace.id} and type = 'track' and name = 'Unsubscribed'
          and properties->>'customer_id' = ${customer.customerId} and source = 'retain'`,
  );
  return row!.n;
}

/** What a mailbox provider sends for RFC 8058: a POST with the fixed form body, no cookie, no key. */
function oneClick(
  url: string,
  payload = 'List-Unsubscribe=One-Click',
  contentType = 'application/x-www-form-urlencoded',
) {
  return getApp().app.inject({ method: 'POST', url, headers: { 'content-type': contentType }, payload });
}

describe('RFC 8058 one-click unsubscribe', () => {
  it('answers 200 without cookie or key, twice, never redirecting, and records one change', async () => {
    const customer = await shopCustomer();
    const message = await sentMessage(customer, 'newsletter');
    const first = await oneClick(message.unsubscribe);
    const second = await oneClick(message.unsubscribe);
    for (const response of [first, second]) {
      expect(response.statusCode).toBe(200);
      expect(response.headers.location).toBeUndefined();
      expect(response.headers['content-type']).toContain('text/plain');
    }
    expect((await consent(customer)).email).toMatchObject({
      status: 'never_asked',
      topics: { newsletter: 'unsubscribed', offers: 'never_asked' },
    });
    expect(await history(customer)).toMatchObject([
      { channel: 'email', topic: 'newsletter', status: 'unsubscribed', source: 'one_click' },
    ]);
    expect(await changeCount(customer)).toBe(1);
    expect(await unsubscribedEvents(customer)).toBe(1);
  });

  it('takes multipart and empty bodies; a message without a topic unsubscribes the channel', async () => {
    const customer = await shopCustomer();
    const message = await sentMessage(customer, null);
    const boundary = 'xYzZY';
    const multipart = `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`;
    expect(
      (await oneClick(message.unsubscribe, multipart, `multipart/form-data; boundary=${boundary}`))
        .statusCode,
    ).toBe(200);
    const empty = await getApp().app.inject({ method: 'POST', url: message.unsubscribe });
    expect(empty.statusCode).toBe(200);
    expect((await consent(customer)).email.status).toBe('unsubscribed');
    expect(await changeCount(customer)).toBe(1);
  });

  it('a tampered token is 404 link_invalid and changes nothing', async () => {
    const customer = await shopCustomer();
    const message = await sentMessage(customer, 'offers');
    const token = message.unsubscribe.split('/').at(-1)!;
    const tampered = message.unsubscribe.replace(
      token,
      `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`,
    );
    const otherMessage = message.unsubscribe.replace(message.id, newId('message'));
    for (const url of [tampered, otherMessage]) {
      const response = await oneClick(url);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('link_invalid');
      expect((await getApp().app.inject({ method: 'GET', url })).statusCode).toBe(404);
    }
    expect(await changeCount(customer)).toBe(0);
  });

  it('GET shows a page whose button POSTs, and unsubscribes nothing by itself', async () => {
    const customer = await shopCustomer();
    const message = await sentMessage(customer, 'offers');
    const page = await getApp().app.inject({ method: 'GET', url: message.unsubscribe });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<form method="post">');
    expect(page.body).toContain(`href="${message.preferences}"`);
    expect(await changeCount(customer)).toBe(0);
    const pressed = await getApp().app.inject({
      method: 'POST',
      url: message.unsubscribe,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(pressed.statusCode).toBe(200);
    expect(pressed.body).toContain('You are unsubscribed.');
    expect((await consent(customer)).email.topics.offers).toBe('unsubscribed');
  });

  it('waits for the customer lock a hand-over holds, so nothing is handed after it commits', async () => {
    const customer = await shopCustomer();
    const message = await sentMessage(customer, null);
    let unsubscribe: Promise<{ statusCode: number }> | undefined;
    const seen = await db().transaction(async (tx) => {
      await lockCustomerMessaging(tx, customer.shop.workspace.id, [customer.customerId]);
      unsubscribe = oneClick(message.unsubscribe);
      const state = await settledOrWaiting(tx, unsubscribe);
      return { state, changes: await changeCount(customer) };
    });
    expect(seen).toEqual({ state: 'waiting', changes: 0 });
    expect((await unsubscribe!).statusCode).toBe(200);
    expect((await consent(customer)).email.status).toBe('unsubscribed');
  });
});

describe('the preference page', () => {
  it('speaks the customer’s language and saves only what the form changed', async () => {
    const customer = await shopCustomer({ locale: 'vi-VN' });
    const { preferences } = await sentMessage(customer, null);
    const page = await getApp().app.inject({ method: 'GET', url: preferences });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="vi">');
    expect(page.body).toContain('Tùy chọn nhận tin của bạn');
    expect(page.body).toContain('Ưu đãi và khuyến mãi');
    expect(page.body).not.toMatch(/<script|src=|https?:\/\//);
    const form = new URLSearchParams({
      channels: 'email',
      'channel.email': 'on',
      'topic.email.newsletter': 'on',
      'topic.email.loyalty_updates': 'on',
      'topic.email.surveys': 'on',
      action: 'save',
    });
    const saved = await getApp().app.inject({
      method: 'POST',
      url: preferences,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form.toString(),
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.body).toContain('Đã lưu tùy chọn của bạn.');
    expect((await consent(customer)).email).toMatchObject({
      status: 'subscribed',
      source: 'preference_page',
      topics: { newsletter: 'never_asked', offers: 'unsubscribed', surveys: 'never_asked' },
    });
    expect(await changeCount(customer)).toBe(2);
    const everything = await getApp().app.inject({
      method: 'POST',
      url: preferences,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'channels=email&action=unsubscribe_all',
    });
    expect(everything.statusCode).toBe(200);
    expect((await consent(customer)).email.status).toBe('unsubscribed');
  });

  it('falls back to the workspace’s language, and refuses a link signed for someone else', async () => {
    const customer = await shopCustomer({}, 'ja-JP');
    const { preferences } = await sentMessage(customer, null);
    const page = await getApp().app.inject({ method: 'GET', url: preferences });
    expect(page.body).toContain('メッセージの配信設定');
    const someoneElse = preferences.replace(customer.customerId, newId('customer'));
    const refused = await getApp().app.inject({
      method: 'POST',
      url: someoneElse,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'channels=email&action=unsubscribe_all',
    });
    expect(refused.statusCode).toBe(404);
    expect(await changeCount(customer)).toBe(0);
  });
});

describe('consent from identify traits', () => {
  const applyConsent = () => drainConsumers(db(), [messageConsentConsumer]);

  it('email_opt_in and sms_opt_in set consent as of the event; a late identify does not undo a newer change', async () => {
    const customer = await shopCustomer();
    const ws = customer.shop.workspace.id;
    await ingest(db(), ws, [
      identify({ userId: 'user-1', traits: { email_opt_in: true }, occurredAt: at(3) }),
    ]);
    await applyConsent();
    expect((await consent(customer)).email).toMatchObject({ status: 'subscribed', source: 'identify' });
    await ingest(db(), ws, [
      identify({ userId: 'user-1', traits: { email_opt_in: 'no', sms_opt_in: 'Yes' }, occurredAt: at(5) }),
      identify({ userId: 'user-1', traits: { email_opt_in: 'maybe' }, occurredAt: at(6) }),
    ]);
    await applyConsent();
    await ingest(db(), ws, [
      identify({ userId: 'user-1', traits: { email_opt_in: true }, occurredAt: at(4) }),
    ]);
    await applyConsent();
    const now = await consent(customer);
    expect(now.email).toMatchObject({ status: 'unsubscribed', changed_at: at(5).toISOString() });
    expect(now.sms.status).toBe('subscribed');
    expect((await history(customer)).map((change) => `${change.channel} ${change.status}`).sort()).toEqual([
      'email subscribed',
      'email unsubscribed',
      'sms subscribed',
    ]);
    expect(await unsubscribedEvents(customer)).toBe(1);
  });

  it('a subscription made before signing in follows the profile it merges into, unless that one is newer', async () => {
    const customer = await shopCustomer();
    const ws = customer.shop.workspace.id;
    await ingest(db(), ws, [
      identify({
        anonymousId: 'anon-1',
        traits: { email_opt_in: true, sms_opt_in: true },
        occurredAt: at(3),
      }),
    ]);
    await applyConsent();
    await customer.shop.request({
      method: 'PUT',
      url: '/v1/customers/user-1/consent',
      payload: { channel: 'sms', status: 'unsubscribed' },
    });
    await ingest(db(), ws, [identify({ userId: 'user-1', anonymousId: 'anon-1', occurredAt: at(4) })]);
    await applyConsent();
    const merged = await consent(customer);
    expect(merged.email).toMatchObject({
      status: 'subscribed',
      source: 'merge',
      changed_at: at(3).toISOString(),
    });
    expect(merged.sms).toMatchObject({ status: 'unsubscribed', source: 'api' });
  });

  it('reads the trait names the workspace configured', async () => {
    const customer = await shopCustomer();
    const ws = customer.shop.workspace.id;
    await db()
      .update(messagingSettings)
      .set({ consentTraits: { email: 'newsletter_ok' } })
      .where(eq(messagingSettings.workspaceId, ws));
    await ingest(db(), ws, [
      identify({
        userId: 'user-1',
        traits: { newsletter_ok: 'true', email_opt_in: false },
        occurredAt: at(3),
      }),
    ]);
    await applyConsent();
    expect((await consent(customer)).email.status).toBe('subscribed');
  });
});

describe('double opt-in', () => {
  it('an email subscription waits as pending until the confirmation link’s button is pressed', async () => {
    const customer = await shopCustomer({ locale: 'th' });
    const ws = customer.shop.workspace.id;
    await db()
      .update(messagingSettings)
      .set({ doubleOptIn: true })
      .where(eq(messagingSettings.workspaceId, ws));
    const put = await customer.shop.request({
      method: 'PUT',
      url: '/v1/customers/user-1/consent',
      payload: { channel: 'email', status: 'subscribed' },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().channels.email.status).toBe('pending');
    const url = new URL(confirmationLink(publicUrl, customer.secret, ws, customer.customerId)).pathname;
    const shown = await getApp().app.inject({ method: 'GET', url });
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain('ยืนยันการสมัครรับข่าวสาร');
    expect((await consent(customer)).email.status).toBe('pending');
    const confirmed = await getApp().app.inject({ method: 'POST', url });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('ยืนยันการสมัครรับข่าวสารของคุณแล้ว');
    expect((await consent(customer)).email).toMatchObject({ status: 'subscribed', source: 'confirm_link' });
    expect((await history(customer)).map((change) => [change.status, change.source])).toEqual([
      ['subscribed', 'confirm_link'],
      ['pending', 'api'],
    ]);
    const wrong = url.replace(customer.customerId, newId('customer'));
    expect((await getApp().app.inject({ method: 'POST', url: wrong })).statusCode).toBe(404);
  });

  it('an identify opt-in waits too; an unsubscribe before confirming is not undone by the link', async () => {
    const customer = await shopCustomer();
    const ws = customer.shop.workspace.id;
    await db()
      .update(messagingSettings)
      .set({ doubleOptIn: true })
      .where(eq(messagingSettings.workspaceId, ws));
    await ingest(db(), ws, [
      identify({ userId: 'user-1', traits: { email_opt_in: true }, occurredAt: at(3) }),
    ]);
    await drainConsumers(db(), [messageConsentConsumer]);
    expect((await consent(customer)).email.status).toBe('pending');
    await customer.shop.request({
      method: 'PUT',
      url: '/v1/customers/user-1/consent',
      payload: { channel: 'email', status: 'unsubscribed' },
    });
    const url = new URL(confirmationLink(publicUrl, customer.secret, ws, customer.customerId)).pathname;
    const response = await getApp().app.inject({ method: 'POST', url });
    expect(response.body).toContain('No subscription is waiting for a confirmation.');
    expect((await consent(customer)).email.status).toBe('unsubscribed');
  });
});

describe('the consent API', () => {
  it('sets a channel and a topic by userId, with history newest first and paginated', async () => {
    const customer = await shopCustomer();
    const put = (payload: Record<string, unknown>) =>
      customer.shop.request({ method: 'PUT', url: '/v1/customers/user-1/consent', payload });
    expect((await put({ channel: 'sms', status: 'subscribed', source: 'checkout' })).statusCode).toBe(200);
    const topic = await put({ channel: 'sms', topic: 'surveys', status: 'unsubscribed' });
    expect(topic.json().channels.sms).toMatchObject({
      status: 'subscribed',
      source: 'checkout',
      topics: { surveys: 'unsubscribed' },
    });
    expect((await put({ channel: 'sms', topic: 'surveys', status: 'unsubscribed' })).statusCode).toBe(200);
    const first = await customer.shop.request({
      method: 'GET',
      url: `/v1/customers/${customer.customerId}/consent/history?limit=1`,
    });
    expect(first.json()).toMatchObject({
      has_more: true,
      data: [
        { object: 'consent_change', channel: 'sms', topic: 'surveys', status: 'unsubscribed', source: 'api' },
      ],
    });
    const next = await customer.shop.request({
      method: 'GET',
      url: `/v1/customers/${customer.customerId}/consent/history?limit=5&starting_after=${first.json().data[0].id}`,
    });
    expect(next.json()).toMatchObject({
      has_more: false,
      data: [{ topic: null, status: 'subscribed', source: 'checkout' }],
    });
  });

  it('refuses a bad channel, topic or source naming the field, and changes nothing', async () => {
    const customer = await shopCustomer();
    const cases: [Record<string, unknown>, string][] = [
      [{ channel: 'fax', status: 'subscribed' }, 'channel'],
      [{ channel: 'email', topic: 'gossip', status: 'unsubscribed' }, 'topic'],
      [{ channel: 'email', status: 'pending' }, 'status'],
      [{ channel: 'email', status: 'subscribed', source: 'one_click' }, 'source'],
    ];
    for (const [payload, param] of cases) {
      const response = await customer.shop.request({
        method: 'PUT',
        url: '/v1/customers/user-1/consent',
        payload,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'parameter_invalid', param });
    }
    const missing = await customer.shop.request({ method: 'GET', url: '/v1/customers/nobody/consent' });
    expect(missing.statusCode).toBe(404);
    expect(await changeCount(customer)).toBe(0);
  });
});
