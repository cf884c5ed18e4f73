import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  outgoingMessage,
  refusingUrl,
  startZaloPeer,
  zaloError,
  type ZaloPeer,
} from '../../../testing/peers/index.js';
import { openZalo, zaloChannel, type ZaloSettings } from './zalo.js';

let zalo: ZaloPeer;
let settings: ZaloSettings;

beforeAll(async () => {
  zalo = await startZaloPeer({ templates: ['231001'] });
  settings = zaloChannel.settings.parse({ access_token: zalo.accessToken, base_url: zalo.url });
});
afterAll(() => zalo.close());
beforeEach(() => {
  zalo.requests.length = 0;
  zalo.notifications.length = 0;
});

const toZalo = (address = '+84901234567') =>
  outgoingMessage({
    to: { address },
    content: { providerTemplate: '231001', providerParams: { customer_name: 'Lan', points: '1.200' } },
  });

describe('Zalo ZNS template messages', () => {
  it('sends the template with the access_token header, the phone as 84… and the message id as tracking_id', async () => {
    const message = toZalo();
    const result = await zaloChannel.open(settings).send(message);

    expect(zalo.notifications).toHaveLength(1);
    expect(result).toEqual({ outcome: 'sent', providerMessageId: zalo.notifications[0]!.msgId });
    const [request] = zalo.requests;
    expect(request!.method).toBe('POST');
    expect(request!.path).toBe('/message/template');
    expect(request!.headers.access_token).toBe(zalo.accessToken);
    expect(request!.body).toEqual({
      phone: '84901234567',
      template_id: '231001',
      template_data: { customer_name: 'Lan', points: '1.200' },
      tracking_id: message.id,
    });
  });

  it('reads an invalid phone (-108) and a phone without Zalo (-118) as undeliverable', async () => {
    expect(await openZalo(settings).send(toZalo('+8490'))).toEqual({
      outcome: 'undeliverable',
      reason: 'Zalo -108: Phone number invalid',
      providerCode: '-108',
    });
    zalo.failNext(1, zaloError(-118, 'Zalo account not existed'));
    expect(await openZalo(settings).send(toZalo())).toEqual({
      outcome: 'undeliverable',
      reason: 'Zalo -118: Zalo account not existed',
      providerCode: '-118',
    });
    expect(zalo.notifications).toHaveLength(0);
  });

  it('fails on an invalid token (-124, -216), saying to reconnect, and verify() says so too', async () => {
    const wrong = { ...settings, access_token: 'expired' };
    const reason = 'Zalo -124: Access token invalid (reconnect the Zalo Official Account)';
    expect(await openZalo(wrong).send(toZalo())).toEqual({ outcome: 'failed', reason, providerCode: '-124' });
    expect(await openZalo(wrong).verify()).toEqual({ ok: false, reason });
    zalo.failNext(1, zaloError(-216, 'Access token is invalid'));
    expect((await openZalo(settings).send(toZalo())).outcome).toBe('failed');
  });

  it('fails on other ZNS errors with the code and message, e.g. an unknown template', async () => {
    const message = outgoingMessage({ content: { providerTemplate: '999', providerParams: {} } });
    expect(await openZalo(settings).send(message)).toEqual({
      outcome: 'failed',
      reason: 'Zalo -109: Template ID invalid',
      providerCode: '-109',
    });
  });

  it('retries ZNS’s unknown error (-100) and rate limit (-32), and an HTTP 5xx or 429', async () => {
    zalo.failNext(1, zaloError(-100, 'Unknown error'));
    expect(await openZalo(settings).send(toZalo())).toEqual({
      outcome: 'retry',
      reason: 'Zalo -100: Unknown error',
    });
    zalo.failNext(1, zaloError(-32, 'Request rate exceeded'));
    expect((await openZalo(settings).send(toZalo())).outcome).toBe('retry');
    zalo.failNext(1, { status: 502, body: 'Bad Gateway' });
    expect(await openZalo(settings).send(toZalo())).toEqual({
      outcome: 'retry',
      reason: 'Zalo 502: Bad Gateway',
    });
    zalo.failNext(1, { status: 429, headers: { 'Retry-After': '60' }, body: 'Too Many Requests' });
    expect(await openZalo(settings).send(toZalo())).toEqual({
      outcome: 'retry',
      reason: 'Zalo 429: Too Many Requests',
      retryAfterMs: 60_000,
    });
    expect(zalo.notifications).toHaveLength(0);
  });

  it('says unknown on a timeout and retries a refused connection', async () => {
    zalo.failNext(1, { hang: true });
    expect(await openZalo(settings, { timeoutMs: 150 }).send(toZalo())).toEqual({
      outcome: 'unknown',
      reason: 'Zalo did not answer within 150 ms',
    });
    const refused = { ...settings, base_url: await refusingUrl() };
    expect((await openZalo(refused).send(toZalo())).outcome).toBe('retry');
  });

  it('verify() lists the templates with the token', async () => {
    expect(await openZalo(settings).verify()).toEqual({ ok: true });
    expect(zalo.requests[0]!.path).toBe('/template/all');
    expect(zalo.requests[0]!.headers.access_token).toBe(zalo.accessToken);
  });

  it('keeps the access token out of what the API shows', () => {
    expect(zaloChannel.redact(settings)).toEqual({ base_url: zalo.url, access_token: '…set' });
  });
});
