import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { queryRows } from '../../db/connection.js';
import { createTestShop, useTestApp, type TestShop } from '../../testing/index.js';
import { resolveCustomerId } from '../customers/index.js';
import { messages, messagingSettings } from './schema.js';
import { suppressedAmong } from './suppressions.js';

const clock = fixedClock(new Date('2026-12-01T10:00:00Z'));
const testApp = useTestApp({ clock });

const suppress = (shop: TestShop, payload: Record<string, unknown>) =>
  shop.request({ method: 'POST', url: '/v1/suppressions', payload });
const list = async (shop: TestShop, query = '') =>
  (await shop.request({ method: 'GET', url: `/v1/suppressions${query}` })).json();
const importCsv = (shop: TestShop, csv: string) =>
  shop.request({
    method: 'POST',
    url: '/v1/suppressions/import',
    headers: { 'content-type': 'text/csv' },
    payload: csv,
  });

describe('the suppression list', () => {
  it('adds addresses normalised, answers an existing one as stored, lists, filters, pages and lifts them', async () => {
    const shop = await createTestShop(testApp());
    const added = await suppress(shop, { channel: 'email', address: '  Ann@Shop.Example ' });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toEqual({
      object: 'suppression',
      id: 'email:ann@shop.example',
      channel: 'email',
      address: 'ann@shop.example',
      reason: 'manual',
      source: 'api',
      detail: null,
      created_at: clock.now().toISOString(),
    });
    const again = await suppress(shop, { channel: 'email', address: 'ANN@shop.example', reason: 'manual' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(added.json());

    clock.set(new Date('2026-12-01T10:01:00Z'));
    const phone = await suppress(shop, { channel: 'sms', address: '+84 91 234 5678' });
    expect(phone.json()).toMatchObject({ id: 'sms:+84912345678', address: '+84912345678' });
    clock.set(new Date('2026-12-01T10:00:00Z'));

    expect((await list(shop)).data.map((s: { id: string }) => s.id)).toEqual([
      'sms:+84912345678',
      'email:ann@shop.example',
    ]);
    expect((await list(shop, '?channel=email')).data.map((s: { id: string }) => s.id)).toEqual([
      'email:ann@shop.example',
    ]);
    expect((await list(shop, '?reason=complaint')).data).toEqual([]);
    const first = await list(shop, '?limit=1');
    expect(first).toMatchObject({ data: [{ id: 'sms:+84912345678' }], has_more: true });
    const second = await list(shop, `?limit=1&starting_after=${encodeURIComponent(first.data[0].id)}`);
    expect(second).toMatchObject({ data: [{ id: 'email:ann@shop.example' }], has_more: false });

    const lifted = await shop.request({ method: 'DELETE', url: '/v1/suppressions/email/ANN@shop.example' });
    expect(lifted.statusCode).toBe(200);
    expect(lifted.json()).toEqual({
      object: 'suppression',
      id: 'email:ann@shop.example',
      channel: 'email',
      address: 'ann@shop.example',
      deleted: true,
    });
    const twice = await shop.request({ method: 'DELETE', url: '/v1/suppressions/email/ann@shop.example' });
    expect(twice.statusCode).toBe(404);
    expect(twice.json().error).toMatchObject({ code: 'resource_missing', param: 'address' });
    const byPhone = await shop.request({
      method: 'DELETE',
      url: `/v1/suppressions/sms/${encodeURIComponent('+84912345678')}`,
    });
    expect(byPhone.statusCode).toBe(200);
    expect((await list(shop)).data).toEqual([]);
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const shop = await createTestShop(testApp());
    await suppress(shop, { channel: 'email', address: 'kept@shop.example' });
    const cases: [Record<string, unknown>, string][] = [
      [{ channel: 'email', address: 'not-an-email' }, 'address'],
      [{ channel: 'email', address: 'two@@shop.example' }, 'address'],
      [{ channel: 'sms', address: '0912345678' }, 'address'],
      [{ channel: 'line', address: 'someone' }, 'address'],
      [{ channel: 'fax', address: 'kept@shop.example' }, 'channel'],
      [{ channel: 'push', address: 'kept@shop.example' }, 'channel'],
      [{ channel: 'email', address: 'x@shop.example', reason: 'complaint' }, 'reason'],
      [{ channel: 'email' }, 'address'],
    ];
    for (const [payload, param] of cases) {
      const answer = await suppress(shop, payload);
      expect({ param, status: answer.statusCode, got: answer.json().error?.param }).toEqual({
        param,
        status: 400,
        got: param,
      });
    }
    const badChannel = await shop.request({
      method: 'DELETE',
      url: '/v1/suppressions/fax/kept@shop.example',
    });
    expect(badChannel.statusCode).toBe(400);
    expect(badChannel.json().error.param).toBe('channel');
    expect((await list(shop)).data.map((s: { id: string }) => s.id)).toEqual(['email:kept@shop.example']);
  });

  it('imports a CSV all or nothing: any bad row is reported by line and nothing changes', async () => {
    const shop = await createTestShop(testApp());
    const bad = [
      'channel,address,reason',
      'email,one@shop.example,',
      'email,not-an-email,manual',
      'sms,+66 81 234 5678,complaint',
      'fax,+66 81 234 5678,',
      'email,two@shop.example,angry',
    ].join('\n');
    const refused = await importCsv(shop, bad);
    expect(refused.statusCode).toBe(200);
    expect(refused.json()).toEqual({
      object: 'suppression_import',
      applied: false,
      rows: 5,
      suppressed: 0,
      unchanged: 0,
      errors: [
        { line: 3, param: 'address', reason: "'not-an-email' is not an email address" },
        { line: 5, param: 'channel', reason: "'fax' is not one of email, sms, line, zalo, whatsapp" },
        { line: 6, param: 'reason', reason: "'angry' is not one of hard_bounce, complaint, manual" },
      ],
      errors_omitted: 0,
    });
    expect((await list(shop)).data).toEqual([]);

    const good = [
      'Channel,Address',
      'email,One@Shop.example',
      'email,one@shop.example',
      'sms,+66 81 234 5678',
      '',
    ].join('\r\n');
    const applied = await importCsv(shop, good);
    expect(applied.json()).toEqual({
      object: 'suppression_import',
      applied: true,
      rows: 3,
      suppressed: 2,
      unchanged: 1,
      errors: [],
      errors_omitted: 0,
    });
    expect((await list(shop)).data.map((s: { id: string; source: string }) => [s.id, s.source])).toEqual(
      expect.arrayContaining([
        ['email:one@shop.example', 'import'],
        ['sms:+66812345678', 'import'],
      ]),
    );
    const repeated = await importCsv(shop, good);
    expect(repeated.json()).toMatchObject({ applied: true, suppressed: 0, unchanged: 3 });

    const manyBad = ['channel,address', ...Array.from({ length: 1_002 }, (_, i) => `email,bad-${i}`)].join(
      '\n',
    );
    const capped = (await importCsv(shop, manyBad)).json();
    expect([capped.errors.length, capped.errors_omitted, capped.errors[999].line]).toEqual([1_000, 2, 1_001]);

    const noAddress = await importCsv(shop, 'channel,email\nemail,x@shop.example\n');
    expect(noAddress.statusCode).toBe(400);
    expect(noAddress.json().error.param).toBe('body');
    const unclosed = await importCsv(shop, 'channel,address\nemail,"x@shop.example\n');
    expect(unclosed.statusCode).toBe(400);
    expect(unclosed.json().error.param).toBe('body');
    expect((await list(shop)).data).toHaveLength(2);
  });

  it('answers suppressedAmong in one query, comparing normalised addresses and keeping the caller’s', async () => {
    const shop = await createTestShop(testApp());
    await suppress(shop, { channel: 'email', address: 'gone@shop.example' });
    await suppress(shop, { channel: 'sms', address: '+84912345678' });
    const other = await createTestShop(testApp());
    await suppress(other, { channel: 'email', address: 'theirs@shop.example' });
    const db = testApp().ctx.db;
    const emails = await suppressedAmong(db, shop.workspace.id, 'email', [
      'Gone@Shop.example',
      'here@shop.example',
      'theirs@shop.example',
      'not an address',
    ]);
    expect(emails).toEqual(new Map([['Gone@Shop.example', 'manual']]));
    expect(await suppressedAmong(db, shop.workspace.id, 'sms', ['+84 91 234 5678', '+84912345679'])).toEqual(
      new Map([['+84 91 234 5678', 'manual']]),
    );
    expect(await suppressedAmong(db, shop.workspace.id, 'whatsapp', ['+84912345678'])).toEqual(new Map());
    expect(await suppressedAmong(db, shop.workspace.id, 'email', [])).toEqual(new Map());
  });
});

// ---- the inbound webhook ------------------------------------------------------------------------

async function emailMessage(shop: TestShop, customerId: string): Promise<string> {
  const id = newId('message');
  const at = clock.now();
  await testApp()
    .ctx.db.insert(messages)
    .values({
      id,
      workspaceId: shop.workspace.id,
      customerId,
      channel: 'email',
      templateId: 'tpl_test',
      templateVersion: 1,
      data: {},
      priority: 'promotional',
      priorityRank: 2,
      status: 'sent',
      sendAfter: at,
      producerKind: 'test',
      dedupeKey: id,
      address: 'jane@example.com',
      provider: 'smtp',
      providerMessageId: `<${id}@shop.example>`,
      createdAt: at,
      sentAt: at,
      handedAt: at,
      updatedAt: at,
    });
  return id;
}

async function messageRow(shop: TestShop, id: string) {
  const [row] = await testApp()
    .ctx.db.select({ status: messages.status, reason: messages.reason, decisions: messages.decisions })
    .from(messages)
    .where(and(eq(messages.workspaceId, shop.workspace.id), eq(messages.id, id)));
  return row!;
}

async function loggedEvents(shop: TestShop) {
  return queryRows<{ name: string; properties: Record<string, unknown>; source: string }>(
    testApp().ctx.db,
    sql`select name, properties, source from events where workspace_id = ${shop.workspace.id}
          and name in ('Message Bounced', 'Message Complained', 'Message Delivered') order by id`,
  );
}

const sesMail = (messageId: string) => ({
  timestamp: '2026-12-01T09:59:00.000Z',
  source: 'Lan at Shop <lan@shop.example>',
  sourceArn: 'arn:aws:ses:us-east-1:123456789012:identity/shop.example',
  sourceIp: '203.0.113.7',
  sendingAccountId: '123456789012',
  messageId: '0100018c2a4f1e2b-5f0c0f1a-3b1c-4d4e-9f5a-1c2d3e4f5a6b-000000',
  destination: ['jane@example.com'],
  headersTruncated: false,
  headers: [
    { name: 'From', value: 'Lan at Shop <lan@shop.example>' },
    { name: 'To', value: 'jane@example.com' },
    { name: 'Message-ID', value: `<${messageId}@shop.example>` },
    { name: 'Subject', value: 'Your points expire soon' },
  ],
  commonHeaders: {
    from: ['Lan at Shop <lan@shop.example>'],
    to: ['jane@example.com'],
    messageId: '<0100018c2a4f1e2b-5f0c0f1a@email.amazonses.com>',
    subject: 'Your points expire soon',
  },
});

const sesBounce = (
  messageId: string,
  bounceType: 'Permanent' | 'Transient',
  address = 'Jane@Example.com',
) => ({
  notificationType: 'Bounce',
  bounce: {
    bounceType,
    bounceSubType: bounceType === 'Permanent' ? 'General' : 'MailboxFull',
    bouncedRecipients: [
      {
        emailAddress: address,
        action: 'failed',
        status: bounceType === 'Permanent' ? '5.1.1' : '4.2.2',
        diagnosticCode:
          bounceType === 'Permanent' ? 'smtp; 550 5.1.1 user unknown' : 'smtp; 452 4.2.2 mailbox full',
      },
    ],
    timestamp: '2026-12-01T09:59:30.000Z',
    feedbackId: '0100018c2a4f2a11-7c3e2f1d-aaaa-bbbb-cccc-0123456789ab-000000',
    remoteMtaIp: '198.51.100.25',
    reportingMTA: 'dsn; a8-70.smtp-out.amazonses.com',
  },
  mail: sesMail(messageId),
});

const sesComplaint = (messageId: string) => ({
  notificationType: 'Complaint',
  complaint: {
    userAgent: 'Yahoo!-Mail-Feedback/2.0',
    complainedRecipients: [{ emailAddress: 'jane@example.com' }],
    complaintFeedbackType: 'abuse',
    arrivalDate: '2026-12-01T09:59:40.000Z',
    timestamp: '2026-12-01T09:59:45.000Z',
    feedbackId: '0100018c2a4f3b22-1a2b3c4d-dddd-eeee-ffff-0123456789ab-000000',
  },
  mail: sesMail(messageId),
});

/** SNS's HTTP(S) notification envelope around SES's JSON, as SNS posts it (text/plain). */
const snsNotification = (message: unknown) => ({
  Type: 'Notification',
  MessageId: '22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324',
  TopicArn: 'arn:aws:sns:us-east-1:123456789012:ses-bounces',
  Message: JSON.stringify(message),
  Timestamp: '2026-12-01T09:59:50.000Z',
  SignatureVersion: '1',
  Signature:
    'EXAMPLEpH+DcEwjAPg8O9mY8dReBSwksfg2S7WKQcikcNKWLQjwu6A4VbeS0QHVCkhRS7fUQvi2egU3N858fiTDN6bkkOxYDVrY0Ad8L10Hs3zH81mtnPk5uvvolIC1CXGu43obcgFxeL3khZl8IKvO61GWB6jI9b5+gLPoBc1Q=',
  SigningCertURL: 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem',
  UnsubscribeURL:
    'https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-east-1:123456789012:ses-bounces:0d8b1a1e',
});

async function inboundPath(shop: TestShop): Promise<string> {
  const answer = await shop.request({
    method: 'GET',
    url: '/v1/inbound/email/url',
    headers: { host: 'retain.shop.example' },
  });
  expect(answer.statusCode).toBe(200);
  const { url } = answer.json() as { url: string };
  expect(url).toMatch(
    new RegExp(`^http://retain\\.shop\\.example/v1/inbound/email/${shop.workspace.id}/[A-Za-z0-9_-]{22}$`),
  );
  return new URL(url).pathname;
}

/** As SNS posts: no key, the JSON labelled text/plain. */
const post = (path: string, body: unknown, contentType = 'text/plain; charset=UTF-8') =>
  testApp().app.inject({
    method: 'POST',
    url: path,
    headers: { 'content-type': contentType },
    payload: JSON.stringify(body),
  });

async function shopWithMessage() {
  const shop = await createTestShop(testApp());
  const customerId = await resolveCustomerId(
    testApp().ctx.db,
    shop.workspace.id,
    { userId: 'jane' },
    clock.now(),
  );
  const messageId = await emailMessage(shop, customerId);
  return { shop, customerId, messageId, path: await inboundPath(shop) };
}

describe('the inbound bounce webhook', () => {
  it('is given under the workspace’s public URL once one is configured', async () => {
    const { shop, path } = await shopWithMessage();
    await testApp()
      .ctx.db.update(messagingSettings)
      .set({ publicUrl: 'https://mail.shop.example/' })
      .where(eq(messagingSettings.workspaceId, shop.workspace.id));
    const answer = await shop.request({ method: 'GET', url: '/v1/inbound/email/url' });
    expect(answer.json()).toEqual({ object: 'inbound_email_url', url: `https://mail.shop.example${path}` });
  });

  it('suppresses a hard bounce from SES over SNS, fails the message and logs Message Bounced, once', async () => {
    const { shop, customerId, messageId, path } = await shopWithMessage();
    const body = snsNotification(sesBounce(messageId, 'Permanent'));
    for (let time = 0; time < 2; time++) {
      const answer = await post(path, body);
      expect(answer.statusCode).toBe(200);
      expect(answer.json()).toEqual({
        object: 'inbound_email',
        notices: 1,
        suppressed: 1,
        delivered: 0,
        subscription_confirmed: false,
      });
    }
    expect((await list(shop)).data).toEqual([
      {
        object: 'suppression',
        id: 'email:jane@example.com',
        channel: 'email',
        address: 'jane@example.com',
        reason: 'hard_bounce',
        source: 'ses',
        detail: 'Permanent/General: smtp; 550 5.1.1 user unknown',
        created_at: clock.now().toISOString(),
      },
    ]);
    const row = await messageRow(shop, messageId);
    expect(row.status).toBe('failed');
    expect(row.reason).toBe('bounced: Permanent/General: smtp; 550 5.1.1 user unknown');
    expect(row.decisions).toEqual([
      {
        decision: 'hard_bounce',
        detail: 'Permanent/General: smtp; 550 5.1.1 user unknown',
        at: clock.now().toISOString(),
      },
    ]);
    expect(await loggedEvents(shop)).toEqual([
      {
        name: 'Message Bounced',
        source: 'retain',
        properties: {
          customer_id: customerId,
          message_id: messageId,
          channel: 'email',
          address: 'jane@example.com',
          detail: 'Permanent/General: smtp; 550 5.1.1 user unknown',
          bounce_type: 'hard',
        },
      },
    ]);
    expect(await suppressedAmong(testApp().ctx.db, shop.workspace.id, 'email', ['jane@example.com'])).toEqual(
      new Map([['jane@example.com', 'hard_bounce']]),
    );
  });

  it('suppresses a complaint (stronger than the hard bounce before it), logs it and leaves the message delivered', async () => {
    const { shop, customerId, messageId, path } = await shopWithMessage();
    await suppress(shop, { channel: 'email', address: 'jane@example.com' });
    expect((await post(path, snsNotification(sesComplaint(messageId)))).json()).toMatchObject({
      suppressed: 1,
    });
    expect((await list(shop)).data).toMatchObject([
      { id: 'email:jane@example.com', reason: 'complaint', source: 'ses', detail: 'complaint: abuse' },
    ]);
    const manualAgain = await suppress(shop, { channel: 'email', address: 'jane@example.com' });
    expect(manualAgain.json()).toMatchObject({ reason: 'complaint' });
    const row = await messageRow(shop, messageId);
    expect(row.status).toBe('sent');
    expect(row.decisions).toMatchObject([{ decision: 'complaint', detail: 'complaint: abuse' }]);
    expect(await loggedEvents(shop)).toEqual([
      {
        name: 'Message Complained',
        source: 'retain',
        properties: {
          customer_id: customerId,
          message_id: messageId,
          channel: 'email',
          address: 'jane@example.com',
          detail: 'complaint: abuse',
        },
      },
    ]);
  });

  it('marks the message delivered from SES’s Delivery notification, once; one for an unknown message is a 404 and changes nothing', async () => {
    const { shop, customerId, messageId, path } = await shopWithMessage();
    const delivery = (id: string) =>
      snsNotification({
        notificationType: 'Delivery',
        mail: sesMail(id),
        delivery: {
          timestamp: '2026-12-01T09:59:31.000Z',
          processingTimeMillis: 546,
          recipients: ['jane@example.com'],
          smtpResponse: '250 2.6.0 Message received',
          reportingMTA: 'a8-70.smtp-out.amazonses.com',
        },
      });
    for (let time = 0; time < 2; time++) {
      const answer = await post(path, delivery(messageId));
      expect(answer.statusCode).toBe(200);
      expect(answer.json()).toEqual({
        object: 'inbound_email',
        notices: 1,
        suppressed: 0,
        delivered: time === 0 ? 1 : 0,
        subscription_confirmed: false,
      });
    }
    const row = await messageRow(shop, messageId);
    expect(row.status).toBe('delivered');
    expect(row.decisions).toEqual([{ decision: 'delivered', detail: null, at: clock.now().toISOString() }]);
    expect(await loggedEvents(shop)).toMatchObject([
      {
        name: 'Message Delivered',
        source: 'retain',
        properties: { customer_id: customerId, message_id: messageId, channel: 'email' },
      },
    ]);
    // A notification for a message this workspace never sent: nothing of it is recorded.
    const unknown = await post(path, delivery('msg_00000000000000000000000000'));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({
      error: { code: 'resource_missing', param: 'Message.mail.messageId' },
    });
    expect(await loggedEvents(shop)).toHaveLength(1);
    expect((await list(shop)).data).toEqual([]);
  });

  it('records a soft bounce on the message only: no suppression, the message stays sent', async () => {
    const { shop, messageId, path } = await shopWithMessage();
    const answer = await post(path, snsNotification(sesBounce(messageId, 'Transient')));
    expect(answer.json()).toEqual({
      object: 'inbound_email',
      notices: 1,
      suppressed: 0,
      delivered: 0,
      subscription_confirmed: false,
    });
    expect((await list(shop)).data).toEqual([]);
    const row = await messageRow(shop, messageId);
    expect(row.status).toBe('sent');
    expect(row.decisions).toEqual([
      {
        decision: 'soft_bounce',
        detail: 'Transient/MailboxFull: smtp; 452 4.2.2 mailbox full',
        at: clock.now().toISOString(),
      },
    ]);
    expect(await loggedEvents(shop)).toEqual([]);
  });

  it('reads the generic JSON shape (application/json) and SES raw delivery', async () => {
    const { shop, messageId, path } = await shopWithMessage();
    const generic = await post(
      path,
      [
        {
          type: 'bounce',
          email: 'Jane@example.com',
          bounce_type: 'hard',
          message_id: `<${messageId}@shop.example>`,
          reason: '550 no such user',
        },
        { type: 'complaint', email: 'other@example.com' },
      ],
      'application/json',
    );
    expect(generic.json()).toMatchObject({ notices: 2, suppressed: 2 });
    expect((await messageRow(shop, messageId)).reason).toBe('bounced: 550 no such user');
    expect(
      (await list(shop)).data.map((s: { id: string; source: string }) => [s.id, s.source]).sort(),
    ).toEqual([
      ['email:jane@example.com', 'inbound'],
      ['email:other@example.com', 'inbound'],
    ]);
    const raw = await post(path, sesBounce('msg_none', 'Permanent', 'third@example.com'));
    expect(raw.json()).toMatchObject({ notices: 1, suppressed: 1 });
    expect(
      (await list(shop, '?reason=hard_bounce')).data.map((s: { address: string }) => s.address),
    ).toContain('third@example.com');
  });

  it('answers 404 to a wrong token, another workspace’s token or an unknown workspace, and changes nothing', async () => {
    const { shop, messageId, path } = await shopWithMessage();
    const other = await createTestShop(testApp());
    const otherPath = await inboundPath(other);
    const body = snsNotification(sesBounce(messageId, 'Permanent'));
    const token = path.split('/').at(-1)!;
    const wrong = [
      path.replace(/[^/]{22}$/, 'A'.repeat(22)),
      path.replace(/[^/]{22}$/, 'short'),
      `/v1/inbound/email/${shop.workspace.id}/${otherPath.split('/').at(-1)}`,
      `/v1/inbound/email/wsp_unknown/${token}`,
    ];
    for (const url of wrong) {
      const answer = await post(url, body);
      expect({ url, status: answer.statusCode, code: answer.json().error.code }).toEqual({
        url,
        status: 404,
        code: 'link_invalid',
      });
    }
    expect((await list(shop)).data).toEqual([]);
    expect((await messageRow(shop, messageId)).status).toBe('sent');
  });

  it('refuses a body it cannot read, naming the field, and a subscription to confirm at a host that is not SNS', async () => {
    const { shop, path } = await shopWithMessage();
    const notJson = await testApp().app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'text/plain' },
      payload: '{nope',
    });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().error.code).toBe('body_invalid');
    const noRecipient = await post(
      path,
      snsNotification({
        ...sesBounce('msg_x', 'Permanent'),
        bounce: { bounceType: 'Permanent', bouncedRecipients: [] },
      }),
    );
    expect(noRecipient.statusCode).toBe(400);
    expect(noRecipient.json().error.param).toBe('Message.bounce.bouncedRecipients');
    const elsewhere = await post(path, {
      Type: 'SubscriptionConfirmation',
      MessageId: '165545c9-2a5c-472c-8df2-7ff2be2b3b1b',
      Token: '2336412f37',
      TopicArn: 'arn:aws:sns:us-east-1:123456789012:ses-bounces',
      Message: 'You have chosen to subscribe to the topic.',
      SubscribeURL: 'https://attacker.example/confirm',
      Timestamp: '2026-12-01T09:00:00.000Z',
    });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error.param).toBe('SubscribeURL');
    expect((await list(shop)).data).toEqual([]);
  });
});
