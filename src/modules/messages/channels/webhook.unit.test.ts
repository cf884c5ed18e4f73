import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  outgoingMessage,
  refusingUrl,
  startWebhookReceiverPeer,
  webhookSecret,
  type WebhookReceiverPeer,
} from '../../../testing/peers/index.js';
import { openWebhook, signWebhook, webhookChannel, type WebhookSettings } from './webhook.js';

let receiver: WebhookReceiverPeer;
let settings: WebhookSettings;

beforeAll(async () => {
  receiver = await startWebhookReceiverPeer();
  settings = webhookChannel.settings.parse({ url: `${receiver.url}/hooks/retain`, secret: receiver.secret });
});
afterAll(() => receiver.close());
beforeEach(() => {
  receiver.requests.length = 0;
  receiver.deliveries.length = 0;
});

const payload = { type: 'message.points_expiring', customer: 'cus_123', points: 1200, note: 'hết hạn 30/12' };
const toShop = () => outgoingMessage({ content: { payload } });

describe('webhook channel', () => {
  it('signs as the Standard Webhooks libraries do (the spec’s own test vector)', () => {
    expect(
      signWebhook(
        'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
        'msg_p5jXN8AQM9LWM0D4loKWxJek',
        1614265330,
        '{"test": 2432232314}',
      ),
    ).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('POSTs the payload as JSON with webhook-id = the message id, and the receiver verifies it', async () => {
    const message = toShop();
    const result = await webhookChannel.open(settings).send(message);

    expect(result).toEqual({ outcome: 'sent', providerMessageId: null });
    expect(receiver.deliveries).toEqual([{ id: message.id, timestamp: expect.any(Number), payload }]);
    const [request] = receiver.requests;
    expect(request!.path).toBe('/hooks/retain');
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.headers['webhook-signature']).toBe(
      signWebhook(
        receiver.secret,
        message.id,
        Number(request!.headers['webhook-timestamp']),
        request!.rawBody.toString(),
      ),
    );
  });

  it('a receiver with another secret refuses the signature: 401 fails the message', async () => {
    const wrong = { ...settings, secret: webhookSecret() };
    expect(await openWebhook(wrong).send(toShop())).toEqual({
      outcome: 'failed',
      reason: 'Webhook 401: {"error":"invalid signature"}',
      providerCode: '401',
    });
    expect(receiver.deliveries).toHaveLength(0);
  });

  it('a timestamp outside the receiver’s window is refused too', async () => {
    const hourAgo = () => Date.now() - 60 * 60 * 1000;
    expect((await openWebhook(settings, { nowMs: hourAgo }).send(toShop())).outcome).toBe('failed');
  });

  it('retries 429 with Retry-After and 5xx; fails other 4xx and redirects', async () => {
    receiver.failNext(1, { status: 429, headers: { 'Retry-After': '3' }, body: 'slow down' });
    expect(await openWebhook(settings).send(toShop())).toEqual({
      outcome: 'retry',
      reason: 'Webhook 429: slow down',
      retryAfterMs: 3000,
    });
    receiver.failNext(1, { status: 502, body: 'Bad Gateway' });
    expect((await openWebhook(settings).send(toShop())).outcome).toBe('retry');
    receiver.failNext(1, { status: 404, body: 'Not Found' });
    expect(await openWebhook(settings).send(toShop())).toEqual({
      outcome: 'failed',
      reason: 'Webhook 404: Not Found',
      providerCode: '404',
    });
    receiver.failNext(1, { status: 301, headers: { location: 'https://elsewhere.example/' } });
    expect(await openWebhook(settings).send(toShop())).toEqual({
      outcome: 'failed',
      reason: 'Webhook 301 (redirects are not followed: set the URL it redirects to)',
      providerCode: '301',
    });
    expect(receiver.requests).toHaveLength(4);
  });

  it('says unknown when the body was sent and no answer came; retries a refused connection', async () => {
    receiver.failNext(1, { hang: true, deliver: true });
    expect(await openWebhook(settings, { timeoutMs: 150 }).send(toShop())).toEqual({
      outcome: 'unknown',
      reason: 'Webhook did not answer within 150 ms',
    });
    expect(receiver.deliveries).toHaveLength(1);
    const refused = { ...settings, url: await refusingUrl() };
    expect(await openWebhook(refused).send(toShop())).toEqual({
      outcome: 'retry',
      reason: 'Webhook unreachable (ECONNREFUSED)',
    });
  });

  it('takes https URLs, plain http only to localhost, and only whsec_ secrets of 24 to 64 bytes', async () => {
    const parse = (changes: Partial<WebhookSettings>) =>
      webhookChannel.settings.safeParse({ ...settings, ...changes });
    expect(parse({ url: 'https://shop.example/hooks' }).success).toBe(true);
    expect(parse({ url: 'http://localhost:8080/hooks' }).success).toBe(true);
    expect(parse({ url: 'http://shop.example/hooks' }).success).toBe(false);
    expect(parse({ url: 'ftp://shop.example/hooks' }).success).toBe(false);
    expect(parse({ secret: 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }).success).toBe(false);
    expect(parse({ secret: 'whsec_c2hvcnQ=' }).success).toBe(false);
    expect(await openWebhook(settings).verify()).toEqual({ ok: true });
  });

  it('keeps the secret out of what the API shows', () => {
    expect(webhookChannel.redact(settings)).toEqual({ url: settings.url, secret: '…set' });
  });
});
