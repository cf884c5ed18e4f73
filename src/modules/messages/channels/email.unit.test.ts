import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startSmtpPeer, type SmtpPeer } from '../../../testing/peers/index.js';
import type { ChannelAdapter, OutgoingMessage } from './channel.js';
import { emailChannel, emailSettingsSchema, openEmail, resultOfSmtpError } from './email.js';

const opened: { peer?: SmtpPeer; adapter?: ChannelAdapter }[] = [];

afterEach(async () => {
  for (const { peer, adapter } of opened.splice(0)) {
    await adapter?.close();
    await peer?.close();
  }
});

function settings(input: Record<string, unknown>) {
  return emailSettingsSchema.parse({
    from: 'Shop <hi@shop.example>',
    tls_reject_unauthorized: false,
    ...input,
  });
}

async function channelOn(
  options: Parameters<typeof startSmtpPeer>[0] = {},
  extra: Record<string, unknown> = {},
): Promise<{ peer: SmtpPeer; adapter: ChannelAdapter }> {
  const peer = await startSmtpPeer(options);
  const adapter = emailChannel.open(settings({ smtp_url: peer.url, ...extra }));
  opened.push({ peer, adapter });
  return { peer, adapter };
}

let sequence = 0;
function message(overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  sequence += 1;
  return {
    id: `msg_01JTEST${String(sequence).padStart(6, '0')}`,
    idempotencyKey: '00000000-0000-4000-8000-000000000000',
    workspaceId: 'ws_1',
    customerId: 'cus_1',
    to: { address: 'lan@customer.example' },
    content: {
      subject: 'Cảm ơn bạn, Lan',
      html: '<p>Thank you for your order.</p>',
      text: 'Thank you for your order.',
    },
    attempt: 1,
    ...overrides,
  };
}

describe('email settings', () => {
  it('accept the contract shape and fill the defaults', () => {
    expect(settings({ smtp_url: 'smtp://user:pass@mail.example:587' })).toEqual({
      smtp_url: 'smtp://user:pass@mail.example:587',
      from: 'Shop <hi@shop.example>',
      tls_reject_unauthorized: false,
      max_connections: 5,
    });
    expect(emailSettingsSchema.parse({ smtp_url: 'smtps://a:b@h', from: 'hi@shop.example' })).toMatchObject({
      tls_reject_unauthorized: true,
    });
  });

  it.each([
    ['smtp_url', 'http://user:pass@host:25', 'must start with smtp:// or smtps://'],
    ['smtp_url', 'not a url', 'must be a URL'],
    ['smtp_url', 'smtp://user:pass@host:99999', 'must be a URL'],
    ['smtp_url', 'smtp://user@host:587', 'has a user but no password'],
    ['smtp_url', 'smtp://user:pass@host:587/path?pool=true', 'takes no path or query'],
    ['from', 'Shop', 'has no valid email address'],
    ['from', 'a@x.example, b@x.example', 'must be one address'],
    ['reply_to', 'Linh <linh@>', 'has no valid email address'],
    ['list_id', 'no dots', 'must be an RFC 2919 list id'],
  ])('refuse a bad %s (%s)', (field, value, words) => {
    const result = emailSettingsSchema.safeParse({
      smtp_url: 'smtp://u:p@host:587',
      from: 'hi@shop.example',
      [field]: value,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
    expect(result.error?.issues[0]?.message).toContain(words);
  });

  it('redact the password and nothing else', () => {
    const stored = settings({ smtp_url: 'smtps://apikey:s3cr%40t@smtp.example:465' });
    expect(emailChannel.secrets).toEqual(['smtp_url']);
    expect(emailChannel.redact(stored)).toEqual({
      ...stored,
      smtp_url: 'smtps://apikey:***@smtp.example:465',
    });
    expect(JSON.stringify(emailChannel.redact(stored))).not.toContain('s3cr');
  });
});

describe('the email adapter against a local SMTP server', () => {
  it('sends the RFC 8058 pair, the List-ID and a stable Message-ID, as received', async () => {
    const { peer, adapter } = await channelOn();
    const first = message({ unsubscribeUrl: 'https://shop.example/u/msg_1?sig=abc' });

    expect(await adapter.send(first)).toEqual({
      outcome: 'sent',
      providerMessageId: `<${first.id}@shop.example>`,
    });
    expect(await adapter.send({ ...first, attempt: 2 })).toEqual({
      outcome: 'sent',
      providerMessageId: `<${first.id}@shop.example>`,
    });

    const [once, twice] = peer.received;
    expect(once!.headers['list-unsubscribe']).toBe('<https://shop.example/u/msg_1?sig=abc>');
    expect(once!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(once!.headers['list-id']).toBe('<hi.shop.example>');
    expect(once!.messageId).toBe(`<${first.id}@shop.example>`);
    expect(twice!.messageId).toBe(once!.messageId);
    expect(once!.subject).toBe('Cảm ơn bạn, Lan');
    expect(once!.envelope).toEqual({ from: 'hi@shop.example', to: ['lan@customer.example'] });
  });

  it('leaves the unsubscribe pair out without a URL, and takes the list id of the settings or the message', async () => {
    const { peer, adapter } = await channelOn({}, { list_id: '<offers.shop.example>' });
    await adapter.send(message());
    await adapter.send(message({ listId: 'loyalty.shop.example' }));
    expect(peer.received[0]!.headers['list-unsubscribe']).toBeUndefined();
    expect(peer.received[0]!.headers['list-unsubscribe-post']).toBeUndefined();
    expect(peer.received[0]!.headers['list-id']).toBe('<offers.shop.example>');
    expect(peer.received[1]!.headers['list-id']).toBe('<loyalty.shop.example>');
  });

  it("signs with the template's person and their reply-to, bounces going to the channel's sender", async () => {
    const { peer, adapter } = await channelOn({}, { reply_to: 'Shop help <help@shop.example>' });
    await adapter.send(message());
    await adapter.send(
      message({
        content: {
          subject: 'A note from Linh',
          html: '<p>Hi</p>',
          text: 'Hi',
          from: { name: 'Nguyễn Thùy Linh', address: 'linh@shop.example' },
          replyTo: { name: 'Linh', address: 'linh.replies@shop.example' },
        },
      }),
    );
    const [channelSender, person] = peer.received;
    expect(channelSender!.from).toEqual({ name: 'Shop', address: 'hi@shop.example' });
    expect(channelSender!.replyTo).toEqual({ name: 'Shop help', address: 'help@shop.example' });
    expect(person!.from).toEqual({ name: 'Nguyễn Thùy Linh', address: 'linh@shop.example' });
    expect(person!.replyTo).toEqual({ name: 'Linh', address: 'linh.replies@shop.example' });
    expect(person!.envelope.from).toBe('hi@shop.example');
    expect(person!.messageId).toMatch(/@shop\.example>$/);
  });

  it('sends the html and the plain-text part', async () => {
    const { peer, adapter } = await channelOn();
    await adapter.send(message());
    const [mail] = peer.received;
    expect(mail!.headers['content-type']).toMatch(/^multipart\/alternative/);
    expect(mail!.html).toBe('<p>Thank you for your order.</p>');
    expect(mail!.text?.trim()).toBe('Thank you for your order.');
  });

  it('sends an html-only or a text-only email as one part', async () => {
    const { peer, adapter } = await channelOn();
    await adapter.send(message({ content: { subject: 'Html', html: '<p>Chỉ HTML</p>' } }));
    await adapter.send(message({ content: { subject: 'Text', text: 'Chỉ văn bản' } }));
    const [html, text] = peer.received;
    expect(html!.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html!.html).toBe('<p>Chỉ HTML</p>');
    expect(text!.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(text!.text?.trim()).toBe('Chỉ văn bản');
    expect(text!.html).toBeNull();
  });

  it('reads back long headers and long bodies as they were sent, dots at line starts included', async () => {
    const { peer, adapter } = await channelOn();
    const subject = `Cảm ơn bạn đã mua hàng tại Cà Phê Sáng — ${'đơn hàng số 1234, '.repeat(6)}hẹn gặp lại`;
    const unsubscribeUrl = `https://retain.shop.example/u/msg_1?sig=${'a1b2c3d4'.repeat(24)}`;
    const html = `<p>${'Xin chào Lan, cảm ơn bạn.\n.'.repeat(400)}</p>`;
    const text = `${'.dòng bắt đầu bằng dấu chấm\n'.repeat(100)}.`;
    await adapter.send(message({ content: { subject, html, text }, unsubscribeUrl }));
    const [mail] = peer.received;
    expect(mail!.subject).toBe(subject);
    expect(mail!.headers['list-unsubscribe']).toBe(`<${unsubscribeUrl}>`);
    expect(mail!.headers['mime-version']).toBe('1.0');
    expect(Date.parse(mail!.headers.date!)).not.toBeNaN();
    expect(mail!.html).toBe(html);
    expect(mail!.text).toBe(text);
  });

  it('reuses pooled connections: 20 messages over at most max_connections', async () => {
    const { peer, adapter } = await channelOn({}, { max_connections: 3 });
    const results = await Promise.all(Array.from({ length: 20 }, () => adapter.send(message())));
    expect(results.every((result) => result.outcome === 'sent')).toBe(true);
    expect(peer.received).toHaveLength(20);
    expect(peer.connections()).toBeGreaterThan(0);
    expect(peer.connections()).toBeLessThanOrEqual(3);
  });

  it('logs in, and a wrong password fails the message and verify()', async () => {
    const auth = { user: 'shop', pass: 'right p@ss' };
    const { peer, adapter } = await channelOn({ auth });
    expect(await adapter.verify()).toEqual({ ok: true });
    expect(await adapter.send(message())).toMatchObject({ outcome: 'sent' });
    expect(peer.received[0]!.user).toBe('shop');

    const wrong = emailChannel.open(settings({ smtp_url: peer.url.replace('right%20p%40ss', 'wrong') }));
    opened.push({ adapter: wrong });
    expect(await wrong.send(message())).toEqual({
      outcome: 'failed',
      reason: 'SMTP authentication failed: SMTP 535 5.7.8 Authentication credentials invalid',
      providerCode: '535',
    });
    expect(await wrong.verify()).toEqual({
      ok: false,
      reason: 'SMTP authentication failed: SMTP 535 5.7.8 Authentication credentials invalid',
    });
    expect(peer.received).toHaveLength(1);
  });

  it('retries on 451, and the next attempt goes through', async () => {
    const { peer, adapter } = await channelOn();
    peer.answerData({ code: 451, text: '4.3.0 Temporary local problem, try later' });
    const sent = message();
    expect(await adapter.send(sent)).toEqual({
      outcome: 'retry',
      reason: 'SMTP 451 4.3.0 Temporary local problem, try later',
    });
    expect(await adapter.send({ ...sent, attempt: 2 })).toMatchObject({ outcome: 'sent' });
    expect(peer.received).toHaveLength(1);
  });

  it('calls an address refused at RCPT TO with 550 undeliverable, and a policy refusal failed', async () => {
    const { peer, adapter } = await channelOn();
    peer.refuseRecipient('gone@customer.example');
    peer.refuseRecipient('relay@elsewhere.example', 1, { code: 550, text: '5.7.1 Relaying denied' });
    expect(await adapter.send(message({ to: { address: 'gone@customer.example' } }))).toEqual({
      outcome: 'undeliverable',
      reason: 'SMTP 550 5.1.1 <gone@customer.example>: user unknown',
      providerCode: '550',
    });
    expect(await adapter.send(message({ to: { address: 'relay@elsewhere.example' } }))).toEqual({
      outcome: 'failed',
      reason: 'SMTP 550 5.7.1 Relaying denied',
      providerCode: '550',
    });
    expect(await adapter.send(message({ to: { address: 'not-an-address' } }))).toEqual({
      outcome: 'undeliverable',
      reason: '"not-an-address" is not an email address',
    });
    expect(await adapter.send(message())).toMatchObject({ outcome: 'sent' });
    expect(peer.received).toHaveLength(1);
  });

  it("fails on 554 to DATA with the server's words", async () => {
    const { peer, adapter } = await channelOn();
    peer.answerData({ code: 554, text: '5.7.1 Message rejected as spam' });
    expect(await adapter.send(message())).toEqual({
      outcome: 'failed',
      reason: 'SMTP 554 5.7.1 Message rejected as spam',
      providerCode: '554',
    });
    expect(peer.received).toHaveLength(0);
  });

  it('calls a connection dropped after the message unknown, and the pool carries on', async () => {
    const { peer, adapter } = await channelOn();
    peer.dropAfterData();
    expect(await adapter.send(message())).toMatchObject({ outcome: 'unknown' });
    expect(await adapter.send(message())).toMatchObject({ outcome: 'sent' });
    expect(peer.received).toHaveLength(1);
  });

  it('retries a connection dropped before the message went out', async () => {
    const { peer, adapter } = await channelOn();
    peer.dropAtRecipient('lan@customer.example');
    expect(await adapter.send(message())).toMatchObject({
      outcome: 'retry',
      reason: expect.stringContaining('ECONNECTION'),
    });
    expect(await adapter.send(message())).toMatchObject({ outcome: 'sent' });
  });

  it('calls a server silent after the message unknown', async () => {
    const peer = await startSmtpPeer();
    const adapter = openEmail(settings({ smtp_url: peer.url }), {
      connectionMs: 2000,
      greetingMs: 2000,
      socketMs: 300,
    });
    opened.push({ peer, adapter });
    peer.delayData(1500);
    expect(await adapter.send(message())).toMatchObject({
      outcome: 'unknown',
      reason: expect.stringContaining('ETIMEDOUT'),
    });
  });

  it('retries when the connection is refused', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const adapter = emailChannel.open(settings({ smtp_url: `smtp://127.0.0.1:${closedPort}` }));
    opened.push({ adapter });
    expect(await adapter.send(message())).toMatchObject({
      outcome: 'retry',
      reason: expect.stringContaining('ECONNREFUSED'),
    });
    expect(await adapter.verify()).toMatchObject({
      ok: false,
      reason: expect.stringContaining('ECONNREFUSED'),
    });
  });

  it('speaks TLS from the first byte on smtps://, and refuses a self-signed certificate by default', async () => {
    const { peer, adapter } = await channelOn({ tls: 'implicit', auth: { user: 'shop', pass: 'pw' } });
    expect(peer.url).toMatch(/^smtps:\/\//);
    expect(await adapter.send(message())).toMatchObject({ outcome: 'sent' });
    expect(peer.received[0]!.secure).toBe(true);

    const strict = emailChannel.open(settings({ smtp_url: peer.url, tls_reject_unauthorized: true }));
    opened.push({ adapter: strict });
    expect(await strict.send(message())).toMatchObject({
      outcome: 'failed',
      reason: expect.stringContaining('certificate'),
    });
    expect(await strict.verify()).toMatchObject({
      ok: false,
      reason: expect.stringContaining('certificate'),
    });
  });

  it('fails a rendered email without a subject or a body before any connection', async () => {
    const { peer, adapter } = await channelOn();
    expect(await adapter.send(message({ content: { html: '<p>x</p>' } }))).toEqual({
      outcome: 'failed',
      reason: 'the rendered email has no subject',
    });
    expect(await adapter.send(message({ content: { subject: 'x' } }))).toEqual({
      outcome: 'failed',
      reason: 'the rendered email has no body',
    });
    expect(peer.connections()).toBe(0);
  });
});

describe('SMTP answers the peer cannot give', () => {
  it.each([
    [
      {
        message: 'x',
        code: 'EENVELOPE',
        command: 'RCPT TO',
        response: '552 5.2.2 Mailbox full',
        responseCode: 552,
      },
      'failed',
    ],
    [
      {
        message: 'x',
        code: 'EENVELOPE',
        command: 'RCPT TO',
        response: '553 mailbox name invalid',
        responseCode: 553,
      },
      'undeliverable',
    ],
    [
      { message: 'x', code: 'EENVELOPE', command: 'RCPT TO', response: '450 4.2.0 busy', responseCode: 450 },
      'retry',
    ],
    [
      {
        message: 'x',
        code: 'ECONNECTION',
        command: 'CONN',
        response: '421 4.4.2 closing',
        responseCode: 421,
      },
      'retry',
    ],
    [
      {
        message: 'x',
        code: 'EAUTH',
        command: 'AUTH PLAIN',
        response: '454 4.7.0 Temporary authentication failure',
        responseCode: 454,
      },
      'retry',
    ],
    [
      {
        message: 'x',
        code: 'EENVELOPE',
        command: 'DATA',
        response: '503 5.5.1 bad sequence',
        responseCode: 503,
      },
      'retry',
    ],
    [
      {
        message: 'getaddrinfo ENOTFOUND smtp.nowhere',
        code: 'EDNS',
        originalCode: 'ENOTFOUND',
        command: 'CONN',
      },
      'retry',
    ],
  ])('%o → %s', (error, outcome) => {
    expect(resultOfSmtpError(error, false).outcome).toBe(outcome);
  });
});
