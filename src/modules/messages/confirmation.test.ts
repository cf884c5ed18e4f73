import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import {
  createTestShop,
  sendIdentify,
  testSecretKey,
  useTestApp,
  type TestShop,
} from '../../testing/index.js';
import { startSmtpPeer, type SmtpPeer } from '../../testing/peers/index.js';
import { findCustomerRef } from '../customers/index.js';
import { ChannelAdapters } from './channel-store.js';
import { Dispatcher } from './dispatch/index.js';
import { messages, messageTemplates } from './schema.js';

// 10:00 in Ho Chi Minh City, inside every sending window.
const clock = fixedClock(new Date('2026-03-02T03:00:00Z'));
// A database of its own: the confirmation emails are queued messages another file's server would send.
const getApp = useTestApp({ clock, privateDatabase: true });
const db = () => getApp().ctx.db;

let peer: SmtpPeer;
let adapters: ChannelAdapters;
beforeAll(async () => {
  peer = await startSmtpPeer();
  adapters = new ChannelAdapters(testSecretKey);
});
afterAll(async () => {
  await adapters.close();
  await peer.close();
});

const dispatcher = () =>
  new Dispatcher(db(), adapters, { clock, publicUrl: 'https://retain.test', random: () => 0.5 });

/** An English-speaking shop with email over the local SMTP server and double opt-in on. */
async function doubleOptInShop(): Promise<TestShop> {
  const shop = await createTestShop(getApp(), { timezone: 'Asia/Ho_Chi_Minh', locale: 'en-US' });
  const email = await shop.request({
    method: 'PUT',
    url: '/v1/channels/email',
    payload: { smtp_url: peer.url, from: 'Cà Phê Sáng <hi@shop.example>' },
  });
  expect(email.statusCode, email.body).toBe(200);
  const settings = await shop.request({
    method: 'PATCH',
    url: '/v1/messaging/settings',
    payload: { double_opt_in: true },
  });
  expect(settings.statusCode, settings.body).toBe(200);
  return shop;
}

async function customer(shop: TestShop, userId: string, traits: Record<string, unknown>): Promise<string> {
  await sendIdentify(db(), shop.workspace.id, userId, traits, new Date('2026-01-01T00:00:00Z'));
  return (await findCustomerRef(db(), shop.workspace.id, userId))!;
}

async function subscribeEmail(shop: TestShop, customerId: string): Promise<string> {
  const response = await shop.request({
    method: 'PUT',
    url: `/v1/customers/${customerId}/consent`,
    payload: { channel: 'email', status: 'subscribed' },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ channels: { email: { status: string } } }>().channels.email.status;
}

async function emailConsent(shop: TestShop, customerId: string) {
  const response = await shop.request({ method: 'GET', url: `/v1/customers/${customerId}/consent` });
  return response.json<{ channels: { email: { status: string; source: string } } }>().channels.email;
}

const confirmations = (shop: TestShop, customerId: string) =>
  db()
    .select({ id: messages.id, priority: messages.priority, templateId: messages.templateId })
    .from(messages)
    .where(
      and(
        eq(messages.workspaceId, shop.workspace.id),
        eq(messages.customerId, customerId),
        eq(messages.producerKind, 'consent'),
      ),
    );

const confirmLinkIn = (text: string) => text.match(/https:\/\/retain\.test\/m\/confirm\/[^\s"<>]+/)?.[0];

describe('double opt-in’s confirmation email', () => {
  it('is sent in the customer’s language, once, and its link confirms the subscription', async () => {
    const shop = await doubleOptInShop();
    const lan = await customer(shop, 'lan', { email: 'lan@example.com', locale: 'vi-VN', first_name: 'Lan' });

    expect(await subscribeEmail(shop, lan)).toBe('pending');
    // The same request again: still pending, nothing new enqueued.
    expect(await subscribeEmail(shop, lan)).toBe('pending');
    const queued = await confirmations(shop, lan);
    expect(queued).toHaveLength(1);
    expect(queued[0]!.priority).toBe('transactional');

    const before = peer.received.length;
    await dispatcher().dispatchOnce();
    const mails = peer.received.slice(before).filter((mail) => mail.envelope.to.includes('lan@example.com'));
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.subject).toBe('Vui lòng xác nhận đăng ký nhận tin từ ' + shop.workspace.name);
    const link = confirmLinkIn(mail.html!);
    expect(link).toBeDefined();
    expect(confirmLinkIn(mail.text!)).toBe(link);
    expect(await emailConsent(shop, lan)).toMatchObject({ status: 'pending' });

    // A link scanner's GET only shows the button; the customer's POST confirms.
    const path = new URL(link!).pathname;
    const shown = await getApp().app.inject({ method: 'GET', url: path });
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain('<form method="post">');
    expect(await emailConsent(shop, lan)).toMatchObject({ status: 'pending' });
    const confirmed = await getApp().app.inject({ method: 'POST', url: path });
    expect(confirmed.statusCode).toBe(200);
    expect(await emailConsent(shop, lan)).toMatchObject({ status: 'subscribed', source: 'confirm_link' });

    // Subscribed now: asking again sends nothing, and the dispatcher has nothing left.
    expect(await subscribeEmail(shop, lan)).toBe('subscribed');
    expect(await confirmations(shop, lan)).toHaveLength(1);
    expect((await dispatcher().dispatchOnce()).claimed).toBe(0);
  });

  it('uses one copy of the library template per language, which the shop may edit', async () => {
    const shop = await doubleOptInShop();
    const first = await customer(shop, 'a', { email: 'a@example.com', locale: 'ja-JP' });
    const second = await customer(shop, 'b', { email: 'b@example.com', locale: 'ja-JP' });
    const english = await customer(shop, 'c', { email: 'c@example.com' });
    for (const id of [first, second, english]) expect(await subscribeEmail(shop, id)).toBe('pending');

    const copies = await db()
      .select({ id: messageTemplates.id, language: messageTemplates.language })
      .from(messageTemplates)
      .where(
        and(
          eq(messageTemplates.workspaceId, shop.workspace.id),
          eq(messageTemplates.libraryKey, 'consent_confirmation'),
        ),
      );
    expect(copies.map((copy) => copy.language).sort()).toEqual(['en', 'ja']);
    const japanese = copies.find((copy) => copy.language === 'ja')!.id;
    expect((await confirmations(shop, first))[0]!.templateId).toBe(japanese);
    expect((await confirmations(shop, second))[0]!.templateId).toBe(japanese);

    const edited = await shop.request({
      method: 'PATCH',
      url: `/v1/templates/${japanese}`,
      payload: { subject: '{{ shop.name }}：ご確認ください' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const before = peer.received.length;
    await dispatcher().dispatchOnce();
    const received = peer.received.slice(before);
    const subjectTo = (address: string) =>
      received.find((mail) => mail.envelope.to.includes(address))?.subject;
    // Messages keep the version they were enqueued with; the shop's edit is for later ones.
    expect(subjectTo('a@example.com')).toBe(`${shop.workspace.name}のメール配信登録のご確認`);
    expect(subjectTo('c@example.com')).toBe(`Please confirm your subscription to ${shop.workspace.name}`);
    const later = await customer(shop, 'd', { email: 'd@example.com', locale: 'ja' });
    expect(await subscribeEmail(shop, later)).toBe('pending');
    await dispatcher().dispatchOnce();
    expect(peer.received.find((mail) => mail.envelope.to.includes('d@example.com'))?.subject).toBe(
      `${shop.workspace.name}：ご確認ください`,
    );
  });
});
