import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../core/clock.js';
import { queryRows } from '../../../db/connection.js';
import {
  createTestShop,
  ingest,
  sendIdentify,
  testSecretKey,
  useTestApp,
  type TestShop,
} from '../../../testing/index.js';
import { startSmtpPeer, type SmtpPeer } from '../../../testing/peers/index.js';
import { findCustomerRef } from '../../customers/index.js';
import { ChannelAdapters } from '../channel-store.js';
import { messageAttempts, messages } from '../schema.js';
import { Dispatcher } from './dispatcher.js';

// 2026-03-02 10:00 in Ho Chi Minh City: inside every default sending window.
const morning = new Date('2026-03-02T03:00:00Z');
const clock = fixedClock(morning);
// A database of its own: a server another test file starts would dispatch these queued messages.
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

const mjmlBody = `<mjml><mj-body><mj-section><mj-column>
<mj-text>Chào {{ customer.first_name }}, bạn có {{ loyalty.points | points }} điểm.</mj-text>
<mj-text><a href="https://shop.example/sale">Xem ưu đãi</a> · <a href="{{ links.unsubscribe }}">Hủy đăng ký</a></mj-text>
</mj-column></mj-section></mj-body></mjml>`;

async function shopWithCustomer(
  traits: Record<string, unknown> = {},
): Promise<{ shop: TestShop; customerId: string }> {
  const shop = await createTestShop(getApp(), {
    timezone: 'Asia/Ho_Chi_Minh',
    currency: 'VND',
    locale: 'vi-VN',
  });
  await sendIdentify(
    db(),
    shop.workspace.id,
    'lan',
    { email: 'Lan@Example.com', first_name: 'Lan', timezone: 'Asia/Ho_Chi_Minh', ...traits },
    new Date('2026-01-01T00:00:00Z'),
  );
  const customerId = (await findCustomerRef(db(), shop.workspace.id, 'lan'))!;
  return { shop, customerId };
}

async function emailTemplate(shop: TestShop, body = mjmlBody): Promise<string> {
  const response = await shop.request({
    method: 'POST',
    url: '/v1/templates',
    payload: { name: 'Hello', channel: 'email', subject: 'Chào {{ customer.first_name }}', body },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

async function subscribe(shop: TestShop, customer: string, channel = 'email') {
  const response = await shop.request({
    method: 'PUT',
    url: `/v1/customers/${customer}/consent`,
    payload: { channel, status: 'subscribed' },
  });
  expect(response.statusCode, response.body).toBe(200);
}

async function send(shop: TestShop, payload: Record<string, unknown>, key?: string) {
  return shop.request({
    method: 'POST',
    url: '/v1/messages',
    payload,
    headers: key ? { 'idempotency-key': key } : {},
  });
}

async function message(shop: TestShop, id: string) {
  const response = await shop.request({ method: 'GET', url: `/v1/messages/${id}` });
  expect(response.statusCode).toBe(200);
  return response.json<{
    status: string;
    reason: string | null;
    decisions: { decision: string }[];
    send_after: string;
    attempts: number;
    content: Record<string, unknown> | null;
    provider: string | null;
  }>();
}

async function setUpEmail(shop: TestShop) {
  const response = await shop.request({
    method: 'PUT',
    url: '/v1/channels/email',
    payload: { smtp_url: peer.url, from: 'Cà Phê Sáng <hi@shop.example>' },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ settings: Record<string, unknown> }>();
}

describe('the dispatcher', () => {
  it('sends an email through the SMTP channel, once, with RFC 8058 headers, and logs it', async () => {
    clock.set(morning);
    const { shop, customerId } = await shopWithCustomer();
    const shown = await setUpEmail(shop);
    expect(JSON.stringify(shown)).not.toContain(new URL(peer.url).password || 'never-shown');
    await subscribe(shop, customerId);
    const template = await emailTemplate(shop);
    const first = await send(shop, { customer: 'lan', template, priority: 'promotional' }, 'welcome-lan');
    expect(first.statusCode, first.body).toBe(201);
    const replay = await send(shop, { customer: 'lan', template, priority: 'promotional' }, 'welcome-lan');
    expect(replay.json<{ id: string }>().id).toBe(first.json<{ id: string }>().id);
    const id = first.json<{ id: string; status: string }>().id;
    expect(first.json<{ status: string }>().status).toBe('queued');

    const before = peer.received.length;
    const report = await dispatcher().dispatchOnce();
    expect(report.sent).toBeGreaterThanOrEqual(1);
    const mails = peer.received.slice(before).filter((mail) => mail.envelope.to.includes('lan@example.com'));
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.subject).toBe('Chào Lan');
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(mail.headers['list-unsubscribe']).toMatch(/^<https:\/\/retain\.test\/m\/u\//);
    expect(mail.messageId).toContain(id);
    // Clicks go through the signed redirect; the unsubscribe link is never rewritten.
    expect(mail.html).toContain('/m/c/');
    expect(mail.html).not.toContain('href="https://shop.example/sale"');
    expect(mail.html).toContain(mail.headers['list-unsubscribe']!.slice(1, -1));

    const sent = await message(shop, id);
    expect(sent.status).toBe('sent');
    expect(sent.provider).toBe('smtp');
    const logged = await queryRows<{ name: string }>(
      db(),
      (await import('drizzle-orm'))
        .sql`select name from events where workspace_id = ${shop.workspace.id} and name = 'Message Sent'`,
    );
    expect(logged).toHaveLength(1);

    const again = await dispatcher().dispatchOnce();
    expect(again.claimed).toBe(0);
    expect(peer.received.filter((m) => m.messageId === mail.messageId)).toHaveLength(1);
  });

  it('goes to the development outbox when the channel is not set up, rendered', async () => {
    clock.set(morning);
    const { shop, customerId } = await shopWithCustomer();
    await subscribe(shop, customerId);
    const template = await emailTemplate(shop);
    const id = (await send(shop, { customer: customerId, template, priority: 'triggered' })).json<{
      id: string;
    }>().id;
    await dispatcher().dispatchOnce();
    const sent = await message(shop, id);
    expect(sent.status).toBe('sent');
    expect(sent.provider).toBe('development_outbox');
    expect(String(sent.content?.html)).toContain('Chào Lan');
    const outbox = await shop.request({ method: 'GET', url: '/v1/messages?provider=development_outbox' });
    expect(outbox.json<{ data: { id: string }[] }>().data.map((m) => m.id)).toContain(id);
  });

  it('suppresses a promotional message without consent and after an unsubscribe, with the reason', async () => {
    clock.set(morning);
    const { shop, customerId } = await shopWithCustomer();
    const template = await emailTemplate(shop);
    const never = (await send(shop, { customer: customerId, template, priority: 'promotional' })).json<{
      id: string;
    }>().id;
    await dispatcher().dispatchOnce();
    expect(await message(shop, never)).toMatchObject({ status: 'suppressed', reason: 'no_consent' });

    await subscribe(shop, customerId);
    await shop.request({
      method: 'PUT',
      url: `/v1/customers/${customerId}/consent`,
      payload: { channel: 'email', status: 'unsubscribed' },
    });
    const after = (await send(shop, { customer: customerId, template, priority: 'triggered' })).json<{
      id: string;
    }>().id;
    await dispatcher().dispatchOnce();
    expect(await message(shop, after)).toMatchObject({ status: 'suppressed', reason: 'unsubscribed' });
    const receipt = (await send(shop, { customer: customerId, template, priority: 'transactional' })).json<{
      id: string;
    }>().id;
    await dispatcher().dispatchOnce();
    expect((await message(shop, receipt)).status).toBe('sent');
  });

  it('fails a message whose template names a variable the customer lacks, and nothing else', async () => {
    clock.set(morning);
    const { shop, customerId } = await shopWithCustomer();
    await subscribe(shop, customerId);
    const broken = await emailTemplate(
      shop,
      '<mjml><mj-body><mj-section><mj-column><mj-text>{{ customer.nickname }} {{ links.unsubscribe }}</mj-text></mj-column></mj-section></mj-body></mjml>',
    );
    const fine = await emailTemplate(shop);
    const bad = (
      await send(shop, { customer: customerId, template: broken, priority: 'transactional' })
    ).json<{ id: string }>().id;
    const good = (
      await send(shop, { customer: customerId, template: fine, priority: 'transactional' })
    ).json<{ id: string }>().id;
    await dispatcher().dispatchOnce();
    const failed = await message(shop, bad);
    expect(failed.status).toBe('failed');
    expect(failed.reason).toContain('customer.nickname');
    expect((await message(shop, good)).status).toBe('sent');
  });

  it('holds a message in quiet hours until the window opens in the customer’s zone', async () => {
    // 22:30 in Ho Chi Minh City (15:30Z): quiet until 08:00 local = 01:00Z the next day.
    clock.set(new Date('2026-03-02T15:30:00Z'));
    const { shop, customerId } = await shopWithCustomer();
    await subscribe(shop, customerId);
    const template = await emailTemplate(shop);
    const id = (await send(shop, { customer: customerId, template, priority: 'triggered' })).json<{
      id: string;
    }>().id;
    await dispatcher().dispatchOnce();
    const held = await message(shop, id);
    expect(held.status).toBe('queued');
    expect(held.send_after).toBe('2026-03-03T01:00:00.000Z');
    expect(held.decisions.at(-1)).toMatchObject({ decision: 'deferred', reason: 'quiet_hours' });
    clock.set(new Date('2026-03-03T01:00:00Z'));
    await dispatcher().dispatchOnce();
    expect((await message(shop, id)).status).toBe('sent');
  });

  it('retries a 451 with backoff and records each attempt', async () => {
    clock.set(morning);
    const { shop, customerId } = await shopWithCustomer({ email: 'retry@example.com' });
    await setUpEmail(shop);
    await subscribe(shop, customerId);
    const template = await emailTemplate(shop);
    peer.answerData({ code: 451, text: '4.3.0 Try again later' }, 1);
    const id = (await send(shop, { customer: customerId, template, priority: 'triggered' })).json<{
      id: string;
    }>().id;
    await dispatcher().dispatchOnce();
    const waiting = await message(shop, id);
    expect(waiting.status).toBe('queued');
    expect(waiting.attempts).toBe(1);
    // Equal jitter with random 0.5: three quarters of the first 30 s step.
    expect(new Date(waiting.send_after).getTime() - morning.getTime()).toBe(22_500);
    clock.set(new Date(waiting.send_after));
    await dispatcher().dispatchOnce();
    expect((await message(shop, id)).status).toBe('sent');
    const attempts = await db()
      .select()
      .from(messageAttempts)
      .where(eq(messageAttempts.messageId, id))
      .orderBy(messageAttempts.attempt);
    expect(attempts.map((attempt) => attempt.outcome)).toEqual(['retry', 'sent']);
  });

  it('suppresses the address when the server refuses the mailbox, so the next message is not tried', async () => {
    clock.set(morning);
    const { shop, customerId } = await shopWithCustomer({ email: 'gone@example.com' });
    await setUpEmail(shop);
    await subscribe(shop, customerId);
    const template = await emailTemplate(shop);
    peer.refuseRecipient('gone@example.com', 1);
    const first = (await send(shop, { customer: customerId, template, priority: 'transactional' })).json<{
      id: string;
    }>().id;
    await dispatcher().dispatchOnce();
    expect((await message(shop, first)).status).toBe('failed');
    const second = (await send(shop, { customer: customerId, template, priority: 'transactional' })).json<{
      id: string;
    }>().id;
    const before = peer.received.length;
    await dispatcher().dispatchOnce();
    expect(await message(shop, second)).toMatchObject({ status: 'suppressed', reason: 'bounced' });
    expect(peer.received.length).toBe(before);
  });

  it('sends a message queued before its customer merged into another profile to the survivor, as the same person', async () => {
    clock.set(morning);
    const { shop, customerId } = await shopWithCustomer();
    const ws = shop.workspace.id;
    await setUpEmail(shop);
    await subscribe(shop, customerId);
    const template = await emailTemplate(shop);
    // A visitor who left an address before signing in: a profile of its own, with no consent.
    await ingest(db(), ws, [
      {
        messageId: `anon-identify-${ws}`,
        type: 'identify',
        userId: null,
        anonymousId: 'anon-9',
        traits: { email: 'visitor@example.com', first_name: 'Lan' },
        occurredAt: new Date('2026-02-01T00:00:00Z'),
        receivedAt: new Date('2026-02-01T00:00:00Z'),
      },
    ]);
    const [visitor] = await queryRows<{ id: string }>(
      db(),
      sql`select customer_id as id from customer_identities
          where workspace_id = ${ws} and kind = 'anonymous_id' and value = 'anon-9'`,
    );
    expect(visitor!.id).not.toBe(customerId);
    const queued = await send(shop, { customer: visitor!.id, template, priority: 'promotional' });
    expect(queued.statusCode, queued.body).toBe(201);
    const id = queued.json<{ id: string }>().id;
    // Signing in merges the visitor into Lan's profile before the dispatcher reaches the message.
    await sendIdentify(db(), ws, 'lan', {}, new Date('2026-02-02T00:00:00Z'), 'anon-9');
    expect(await findCustomerRef(db(), ws, visitor!.id)).toBe(customerId);

    const before = peer.received.length;
    await dispatcher().dispatchOnce();
    const mails = peer.received.slice(before);
    expect(mails.map((mail) => mail.envelope.to)).toEqual([['lan@example.com']]);
    const sent = await message(shop, id);
    expect(sent.status).toBe('sent');
    expect(sent.decisions.map((entry) => entry.decision)).toEqual(['followed_merge', 'handed', 'sent']);
    const [row] = await db().select().from(messages).where(eq(messages.id, id));
    expect(row!.customerId).toBe(customerId);
    const listed = await shop.request({ method: 'GET', url: `/v1/customers/${customerId}/messages` });
    expect(listed.json<{ data: { id: string }[] }>().data.map((entry) => entry.id)).toContain(id);
  });

  it('records outcome_unknown for a promotional send whose process died, and resends a transactional one', async () => {
    clock.set(morning);
    const { shop, customerId } = await shopWithCustomer();
    await subscribe(shop, customerId);
    const template = await emailTemplate(shop);
    const promo = (await send(shop, { customer: customerId, template, priority: 'promotional' })).json<{
      id: string;
    }>().id;
    const receipt = (await send(shop, { customer: customerId, template, priority: 'transactional' })).json<{
      id: string;
    }>().id;
    // As a dispatcher that died after handing them over would leave them.
    await db()
      .update(messages)
      .set({
        status: 'sending',
        attempts: 1,
        handedAt: morning,
        leaseUntil: new Date(morning.getTime() + 1000),
      })
      .where(and(eq(messages.workspaceId, shop.workspace.id)));
    clock.set(new Date(morning.getTime() + 60_000));
    await dispatcher().dispatchOnce();
    expect((await message(shop, promo)).status).toBe('outcome_unknown');
    const resent = await message(shop, receipt);
    expect(resent.status).toBe('sent');
    expect(resent.attempts).toBe(2);
  });
});
