import { createHmac } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import { queryRows } from '../../db/connection.js';
import {
  createTestShop,
  sendIdentify,
  testSecretKey,
  useTestApp,
  type TestShop,
} from '../../testing/index.js';
import {
  startTwilioPeer,
  startWhatsAppPeer,
  type TwilioPeer,
  type WhatsAppPeer,
} from '../../testing/peers/index.js';
import { ChannelAdapters } from './channel-store.js';
import { Dispatcher } from './dispatch/index.js';

// 10:00 in Ho Chi Minh City: inside every sending window.
const morning = new Date('2026-03-02T03:00:00Z');
const clock = fixedClock(morning);
// A database of its own: the dispatcher here would send other files' queued messages.
const getApp = useTestApp({ clock, privateDatabase: true });
const db = () => getApp().ctx.db;

let baseUrl: string;
let twilio: TwilioPeer;
let whatsApp: WhatsAppPeer;
let adapters: ChannelAdapters;
beforeAll(async () => {
  // Real HTTP: providers post to a listening server, their signatures over the bytes they send.
  baseUrl = await getApp().app.listen({ port: 0, host: '127.0.0.1' });
  twilio = await startTwilioPeer();
  whatsApp = await startWhatsAppPeer();
  adapters = new ChannelAdapters(testSecretKey);
});
afterAll(async () => {
  await adapters.close();
  await twilio.close();
  await whatsApp.close();
});

async function request(
  shop: TestShop,
  method: 'POST' | 'PUT',
  url: string,
  payload: Record<string, unknown>,
) {
  const response = await shop.request({ method, url, payload });
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.json<{ id: string }>();
}

/** A shop with SMS through the local Twilio, WhatsApp through the local Cloud API, and Lan. */
async function shopWithLan(): Promise<TestShop> {
  const shop = await createTestShop(getApp(), {
    timezone: 'Asia/Ho_Chi_Minh',
    currency: 'VND',
    locale: 'vi-VN',
  });
  await sendIdentify(
    db(),
    shop.workspace.id,
    'lan',
    { phone: '+84912345678', first_name: 'Lan', timezone: 'Asia/Ho_Chi_Minh' },
    new Date('2026-01-01T00:00:00Z'),
  );
  await request(shop, 'PUT', '/v1/channels/sms', {
    account_sid: twilio.accountSid,
    auth_token: twilio.authToken,
    from: '+15550100000',
    base_url: twilio.url,
  });
  await request(shop, 'PUT', '/v1/channels/whatsapp', {
    access_token: whatsApp.accessToken,
    phone_number_id: whatsApp.phoneNumberId,
    base_url: whatsApp.baseUrl,
    app_secret: whatsApp.appSecret,
  });
  for (const channel of ['sms', 'whatsapp'])
    await request(shop, 'PUT', '/v1/customers/lan/consent', { channel, status: 'subscribed' });
  return shop;
}

/**
 * Sends one transactional message to Lan on `channel` through the dispatcher; its id. It is then
 * `sent`, or `expected` when a receipt came before its send's answer was recorded.
 */
async function sent(shop: TestShop, channel: 'sms' | 'whatsapp', expected = 'sent'): Promise<string> {
  const template = await request(shop, 'POST', '/v1/templates', {
    name: `Order ${channel}`,
    channel,
    body: 'Cảm ơn {{ customer.first_name }}!',
    ...(channel === 'whatsapp'
      ? {
          provider_template: 'points_expiring',
          provider_language: 'vi',
          provider_params: { 1: 'Lan', 2: '100' },
        }
      : {}),
  });
  const message = await request(shop, 'POST', '/v1/messages', {
    customer: 'lan',
    template: template.id,
    priority: 'transactional',
  });
  const dispatcher = new Dispatcher(db(), adapters, {
    clock,
    publicUrl: getApp().ctx.publicUrl!,
    random: () => 0.5,
  });
  await dispatcher.dispatchOnce();
  expect((await outcome(message.id)).status).toBe(expected);
  return message.id;
}

async function outcome(id: string) {
  const [row] = await queryRows<{
    status: string;
    reason: string | null;
    deliveredAt: Date | null;
    providerId: string;
  }>(
    db(),
    sql`select status, reason, delivered_at as "deliveredAt", provider_message_id as "providerId"
        from messages where id = ${id}`,
  );
  return { ...row!, deliveredAt: row!.deliveredAt && new Date(row!.deliveredAt) };
}

async function logged(workspaceId: string, name: string, messageId: string): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    db(),
    sql`select count(*)::int as count from events
        where workspace_id = ${workspaceId} and name = ${name} and properties->>'message_id' = ${messageId}`,
  );
  return row!.count;
}

describe('Twilio status callbacks', () => {
  it('mark an SMS delivered once, refuse a forged signature, and change nothing when repeated or late', async () => {
    const shop = await shopWithLan();
    const ws = shop.workspace.id;
    const id = await sent(shop, 'sms');
    const sid = (await outcome(id)).providerId;
    // The callback URL went with the message, under the public URL (a proxy forwards it to us).
    expect(twilio.messages.find((message) => message.sid === sid)!.statusCallback).toBe(
      `${getApp().ctx.publicUrl}/v1/inbound/sms/${ws}`,
    );

    const forged = await twilio.sendStatus(sid, 'delivered', { via: baseUrl, authToken: 'not-the-token' });
    expect(forged.status).toBe(401);
    expect(((await forged.json()) as { error: { code: string } }).error.code).toBe(
      'receipt_signature_invalid',
    );
    expect((await outcome(id)).status).toBe('sent');
    expect(await logged(ws, 'Message Delivered', id)).toBe(0);

    const delivered = await twilio.sendStatus(sid, 'delivered', { via: baseUrl });
    expect(delivered.status).toBe(200);
    expect(await delivered.json()).toEqual({ object: 'receipts', receipts: 1, changed: 1, pending: 0 });
    expect(await outcome(id)).toMatchObject({ status: 'delivered', deliveredAt: morning });
    expect(await logged(ws, 'Message Delivered', id)).toBe(1);

    const again = await twilio.sendStatus(sid, 'delivered', { via: baseUrl });
    expect(await again.json()).toEqual({ object: 'receipts', receipts: 1, changed: 0, pending: 0 });
    const late = await twilio.sendStatus(sid, 'undelivered', { via: baseUrl, errorCode: '30003' });
    expect(await late.json()).toEqual({ object: 'receipts', receipts: 1, changed: 0, pending: 0 });
    expect((await outcome(id)).status).toBe('delivered');
    expect(await logged(ws, 'Message Delivered', id)).toBe(1);
    expect(await logged(ws, 'Message Failed', id)).toBe(0);
  });

  it('fail an SMS the carrier could not deliver, with Twilio’s error code', async () => {
    const shop = await shopWithLan();
    const id = await sent(shop, 'sms');
    const sid = (await outcome(id)).providerId;
    const answer = await twilio.sendStatus(sid, 'undelivered', { via: baseUrl, errorCode: '30003' });
    expect(answer.status).toBe(200);
    expect(await outcome(id)).toMatchObject({
      status: 'failed',
      reason: 'provider: undelivered (Twilio 30003)',
    });
    expect(await logged(shop.workspace.id, 'Message Failed', id)).toBe(1);
  });

  it('answer 404 naming MessageSid for a message retain does not know, and record nothing', async () => {
    const shop = await shopWithLan();
    const ws = shop.workspace.id;
    const id = await sent(shop, 'sms');
    const params = { MessageSid: 'SM00000000000000000000000000000000', MessageStatus: 'delivered' };
    const answer = await fetch(`${baseUrl}/v1/inbound/sms/${ws}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilioSignatureFor(`${getApp().ctx.publicUrl}/v1/inbound/sms/${ws}`, params),
      },
      body: new URLSearchParams(params),
    });
    expect(answer.status).toBe(404);
    expect(((await answer.json()) as { error: { code: string; param: string } }).error).toMatchObject({
      code: 'resource_missing',
      param: 'MessageSid',
    });
    expect((await outcome(id)).status).toBe('sent');
    expect(await logged(ws, 'Message Delivered', id)).toBe(0);
  });
});

describe('Twilio status callbacks that come before the send’s answer is recorded', () => {
  async function pendingOf(workspaceId: string): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      db(),
      sql`select provider_message_id as id from message_pending_receipts
          where workspace_id = ${workspaceId} order by id`,
    );
    return rows.map((row) => row.id);
  }

  it('are kept while the SMS is being sent, and give it its outcome when its id is recorded', async () => {
    const shop = await shopWithLan();
    const ws = shop.workspace.id;
    // Twilio posts "delivered" while our send still waits for its 201: the SM… id is not yet ours.
    twilio.callBackBeforeAnswer('delivered', { via: baseUrl });
    const id = await sent(shop, 'sms', 'delivered');
    const sid = (await outcome(id)).providerId;
    expect(twilio.early.at(-1)).toEqual({
      sid,
      status: 200,
      body: { object: 'receipts', receipts: 1, changed: 0, pending: 1 },
    });
    expect(await outcome(id)).toMatchObject({ status: 'delivered', deliveredAt: morning });
    expect(await logged(ws, 'Message Sent', id)).toBe(1);
    expect(await logged(ws, 'Message Delivered', id)).toBe(1);
    expect(await pendingOf(ws)).toEqual([]);
    // Twilio's own later repeat finds the outcome there.
    const again = await twilio.sendStatus(sid, 'delivered', { via: baseUrl });
    expect(await again.json()).toEqual({ object: 'receipts', receipts: 1, changed: 0, pending: 0 });
    expect(await logged(ws, 'Message Delivered', id)).toBe(1);
  });

  it('fail the SMS with Twilio’s code, and forget kept receipts no send claimed within a day', async () => {
    const shop = await shopWithLan();
    const ws = shop.workspace.id;
    const kept = (sid: string, hoursAgo: number) =>
      db().execute(
        sql`insert into message_pending_receipts
              (workspace_id, channel, provider_message_id, status, detail, received_at)
            values (${ws}, 'sms', ${sid}, 'delivered', null,
                    ${new Date(morning.getTime() - hoursAgo * 3_600_000)})`,
      );
    await kept('SM-two-days-old', 48);
    await kept('SM-an-hour-old', 1);
    twilio.callBackBeforeAnswer('undelivered', { via: baseUrl, errorCode: '30005' });
    const id = await sent(shop, 'sms', 'failed');
    expect(twilio.early.at(-1)).toMatchObject({ status: 200, body: { pending: 1 } });
    expect(await outcome(id)).toMatchObject({
      status: 'failed',
      reason: 'provider: undelivered (Twilio 30005)',
    });
    expect(await logged(ws, 'Message Failed', id)).toBe(1);
    expect(await pendingOf(ws)).toEqual(['SM-an-hour-old']);
  });
});

/** Twilio's signature, computed here as Twilio documents it, for a hand-made callback. */
function twilioSignatureFor(url: string, params: Record<string, string>): string {
  const data =
    url +
    Object.keys(params)
      .sort()
      .map((name) => name + params[name])
      .join('');
  return createHmac('sha1', twilio.authToken).update(data).digest('base64');
}

describe('WhatsApp statuses webhook', () => {
  it('marks a message delivered once, and refuses a body signed with another secret', async () => {
    const shop = await shopWithLan();
    const ws = shop.workspace.id;
    const id = await sent(shop, 'whatsapp');
    const wamid = (await outcome(id)).providerId;
    expect(wamid).toMatch(/^wamid\./);
    const url = `${baseUrl}/v1/inbound/whatsapp/${ws}`;

    const forged = await whatsApp.sendStatuses(url, [{ wamid, status: 'delivered' }], { appSecret: 'wrong' });
    expect(forged.status).toBe(401);
    expect((await outcome(id)).status).toBe('sent');

    const answer = await whatsApp.sendStatuses(url, [
      { wamid, status: 'sent' },
      { wamid, status: 'delivered' },
    ]);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ object: 'receipts', receipts: 1, changed: 1, pending: 0 });
    expect(await outcome(id)).toMatchObject({ status: 'delivered', deliveredAt: morning });
    const repeated = await whatsApp.sendStatuses(url, [
      { wamid, status: 'delivered' },
      { wamid, status: 'read' },
    ]);
    expect(await repeated.json()).toEqual({ object: 'receipts', receipts: 1, changed: 0, pending: 0 });
    expect(await logged(ws, 'Message Delivered', id)).toBe(1);

    const unknown = await whatsApp.sendStatuses(url, [
      { wamid: 'wamid.unknown', status: 'failed', errorCode: 131026 },
    ]);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { param: string } }).error.param).toBe(
      'entry[0].changes[0].value.statuses[0].id',
    );
  });
});

describe('WhatsApp webhook verification', () => {
  /** What the workspace's channels and log hold: a verification must leave both as they were. */
  async function stored(workspaceId: string) {
    return queryRows(
      db(),
      sql`select kind, settings, secrets_box, updated_at,
                 (select count(*)::int from events where workspace_id = ${workspaceId}) as events
          from message_channels where workspace_id = ${workspaceId} order by kind`,
    );
  }

  it('answers Meta’s challenge for the channel’s verify token only, and never shows the token', async () => {
    const shop = await createTestShop(getApp());
    const ws = shop.workspace.id;
    await request(shop, 'PUT', '/v1/channels/whatsapp', {
      access_token: whatsApp.accessToken,
      phone_number_id: whatsApp.phoneNumberId,
      base_url: whatsApp.baseUrl,
      app_secret: whatsApp.appSecret,
      verify_token: whatsApp.verifyToken,
    });
    const listed = await shop.request({ method: 'GET', url: '/v1/channels' });
    expect(listed.json<{ data: { settings: Record<string, unknown> }[] }>().data[0]!.settings).toMatchObject({
      app_secret: '…set',
      verify_token: '…set',
    });
    expect(listed.body).not.toContain(whatsApp.verifyToken);
    expect(listed.body).not.toContain(whatsApp.appSecret);
    const before = await stored(ws);
    const url = `${baseUrl}/v1/inbound/whatsapp/${ws}`;

    const verified = await whatsApp.verifyWebhook(url);
    expect(verified.answer.status).toBe(200);
    expect(verified.answer.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(verified.body).toBe(verified.challenge);
    expect(verified.verified).toBe(true);

    const wrong = await whatsApp.verifyWebhook(url, { verifyToken: `${whatsApp.verifyToken}x` });
    expect(wrong.answer.status).toBe(403);
    expect(wrong.body).not.toContain(wrong.challenge);
    expect(JSON.parse(wrong.body)).toMatchObject({ error: { code: 'webhook_verify_token_invalid' } });
    expect((await whatsApp.verifyWebhook(url, { mode: 'unsubscribe' })).answer.status).toBe(403);
    const noMode = await fetch(
      `${url}?hub.challenge=42&hub.verify_token=${encodeURIComponent(whatsApp.verifyToken)}`,
    );
    expect(noMode.status).toBe(403);
    const noChallenge = await fetch(
      `${url}?hub.mode=subscribe&hub.verify_token=${encodeURIComponent(whatsApp.verifyToken)}`,
    );
    expect(noChallenge.status).toBe(400);
    expect(((await noChallenge.json()) as { error: { param: string } }).error.param).toBe('hub.challenge');
    expect(await stored(ws)).toEqual(before);
  });

  it('answers 404 for a workspace without WhatsApp, and 403 while the channel has no verify token', async () => {
    const shop = await createTestShop(getApp());
    const ws = shop.workspace.id;
    const url = `${baseUrl}/v1/inbound/whatsapp/${ws}`;
    const unknown = await whatsApp.verifyWebhook(`${baseUrl}/v1/inbound/whatsapp/ws_unknown`);
    expect(unknown.answer.status).toBe(404);
    expect(JSON.parse(unknown.body)).toMatchObject({
      error: { code: 'resource_missing', param: 'workspaceId' },
    });
    expect((await whatsApp.verifyWebhook(url)).answer.status).toBe(404);

    const settings = {
      access_token: whatsApp.accessToken,
      phone_number_id: whatsApp.phoneNumberId,
      base_url: whatsApp.baseUrl,
    };
    await request(shop, 'PUT', '/v1/channels/whatsapp', settings);
    const before = await stored(ws);
    const untokened = await whatsApp.verifyWebhook(url);
    expect(untokened.answer.status).toBe(403);
    expect(JSON.parse(untokened.body).error.message).toContain('no verify_token');

    // A token with a space is a paste mistake: refused naming the field, the channel as it was.
    const refused = await shop.request({
      method: 'PUT',
      url: '/v1/channels/whatsapp',
      payload: { ...settings, verify_token: 'two words' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ error: { code: 'parameter_invalid', param: 'verify_token' } });
    expect(await stored(ws)).toEqual(before);
  });
});
