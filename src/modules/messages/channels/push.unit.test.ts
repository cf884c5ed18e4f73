import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  outgoingMessage,
  pushServiceError,
  refusingUrl,
  startPushServicePeer,
  type PushServicePeer,
  type TestPushSubscription,
} from '../../../testing/peers/index.js';
import { generateVapidKeys, openPush, pushChannel, type PushSettings } from './push.js';

let service: PushServicePeer;
let settings: PushSettings;

beforeAll(async () => {
  service = await startPushServicePeer();
  settings = pushChannel.settings.parse({ ...generateVapidKeys(), subject: 'mailto:owner@shop.example' });
});
afterAll(() => service.close());
beforeEach(() => {
  service.requests.length = 0;
  service.deliveries.length = 0;
});

const toBrowser = (subscription: TestPushSubscription) =>
  outgoingMessage({
    to: { address: subscription.endpoint, pushSubscription: subscription },
    content: {
      title: 'Điểm sắp hết hạn',
      text: '1.200 điểm hết hạn ngày 30/12',
      url: 'https://shop.example/rewards',
    },
  });

describe('web push', () => {
  it('delivers an encrypted payload the browser decrypts to {title, body, url}, signed with VAPID', async () => {
    const subscription = service.subscribe(settings.vapid_public_key);
    const result = await pushChannel.open(settings).send(toBrowser(subscription));

    expect(service.deliveries).toHaveLength(1);
    const [delivery] = service.deliveries;
    expect(result).toEqual({
      outcome: 'sent',
      providerMessageId: expect.stringMatching(`^${service.url}/m/`),
    });
    expect(JSON.parse(delivery!.payload)).toEqual({
      title: 'Điểm sắp hết hạn',
      body: '1.200 điểm hết hạn ngày 30/12',
      url: 'https://shop.example/rewards',
    });
    expect(delivery!.vapid).toMatchObject({ aud: service.url, sub: 'mailto:owner@shop.example' });
    expect(delivery!.ttlSeconds).toBe(86_400);
    const [request] = service.requests;
    expect(request!.headers['content-encoding']).toBe('aes128gcm');
    expect(request!.headers.authorization).toMatch(
      new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${settings.vapid_public_key}$`),
    );
  });

  it('reads 410 (unsubscribed) and 404 (unknown) as undeliverable: the subscription is gone', async () => {
    const subscription = service.subscribe(settings.vapid_public_key);
    service.unsubscribe(subscription);
    expect(await openPush(settings).send(toBrowser(subscription))).toEqual({
      outcome: 'undeliverable',
      reason: `Push service ${new URL(service.url).host} 410: Request did not validate subscription expired (the subscription is gone)`,
      providerCode: '410',
    });
    const unknown = { ...subscription, endpoint: `${service.url}/wpush/v2/never-subscribed` };
    expect(await openPush(settings).send(toBrowser(unknown))).toMatchObject({
      outcome: 'undeliverable',
      providerCode: '404',
    });
    expect(service.deliveries).toHaveLength(0);
  });

  it('retries a 429 after its Retry-After and a 5xx', async () => {
    const subscription = service.subscribe(settings.vapid_public_key);
    service.failNext(1, pushServiceError(429, 999, 'Too Many Requests', { 'Retry-After': '5' }));
    expect(await openPush(settings).send(toBrowser(subscription))).toMatchObject({
      outcome: 'retry',
      retryAfterMs: 5000,
    });
    service.failNext(1, { status: 503, body: 'upstream unavailable' });
    expect(await openPush(settings).send(toBrowser(subscription))).toMatchObject({ outcome: 'retry' });
    expect(await openPush(settings).send(toBrowser(subscription))).toMatchObject({ outcome: 'sent' });
  });

  it('fails when the push service refuses the VAPID key (another site’s subscription)', async () => {
    const other = generateVapidKeys();
    const subscription = service.subscribe(other.vapid_public_key);
    expect(await openPush(settings).send(toBrowser(subscription))).toEqual({
      outcome: 'failed',
      reason: `Push service ${new URL(service.url).host} 403: The VAPID key is not the one this subscription was made for`,
      providerCode: '403',
    });
  });

  it('fails a payload larger than the push service takes (413)', async () => {
    const subscription = service.subscribe(settings.vapid_public_key);
    const message = toBrowser(subscription);
    message.content.text = 'x'.repeat(5000);
    expect(await openPush(settings).send(message)).toMatchObject({ outcome: 'failed', providerCode: '413' });
  });

  it('reads a subscription with broken keys as undeliverable without calling the service', async () => {
    const subscription = service.subscribe(settings.vapid_public_key);
    const broken = { ...subscription, keys: { ...subscription.keys, p256dh: 'AAAA' } };
    expect(await openPush(settings).send(toBrowser(broken))).toMatchObject({ outcome: 'undeliverable' });
    expect(service.requests).toHaveLength(0);
  });

  it('says unknown on a timeout and retries a refused connection', async () => {
    const subscription = service.subscribe(settings.vapid_public_key);
    service.failNext(1, { hang: true });
    expect(await openPush(settings, { timeoutMs: 150 }).send(toBrowser(subscription))).toEqual({
      outcome: 'unknown',
      reason: `Push service ${new URL(service.url).host} did not answer within 150 ms`,
    });
    const gone = { ...subscription, endpoint: `${await refusingUrl()}/wpush/v2/x` };
    expect(await openPush(settings).send(toBrowser(gone))).toMatchObject({ outcome: 'retry' });
  });

  it('verify() checks that the public key is the private key’s', async () => {
    expect(await openPush(settings).verify()).toEqual({ ok: true });
    const mismatched = { ...settings, vapid_public_key: generateVapidKeys().vapid_public_key };
    expect(await openPush(mismatched).verify()).toEqual({
      ok: false,
      reason: 'The VAPID public key is not the private key’s',
    });
  });

  it('refuses settings with a key of the wrong size or a subject that is not mailto: or https:', () => {
    expect(pushChannel.settings.safeParse({ ...settings, vapid_public_key: 'abc' }).success).toBe(false);
    expect(pushChannel.settings.safeParse({ ...settings, subject: 'http://shop.example' }).success).toBe(
      false,
    );
  });

  it('keeps the private key out of what the API shows', () => {
    expect(pushChannel.redact(settings)).toEqual({ ...settings, vapid_private_key: '…set' });
  });
});
