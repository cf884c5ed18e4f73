import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  outgoingMessage,
  refusingUrl,
  startWhatsAppPeer,
  whatsAppError,
  type WhatsAppPeer,
} from '../../../testing/peers/index.js';
import { openWhatsApp, whatsAppChannel, type WhatsAppSettings } from './whatsapp.js';

let whatsapp: WhatsAppPeer;
let settings: WhatsAppSettings;

beforeAll(async () => {
  whatsapp = await startWhatsAppPeer({ templates: { points_expiring: 2 } });
  settings = whatsAppChannel.settings.parse({
    access_token: whatsapp.accessToken,
    phone_number_id: whatsapp.phoneNumberId,
    base_url: whatsapp.baseUrl,
  });
});
afterAll(() => whatsapp.close());
beforeEach(() => {
  whatsapp.requests.length = 0;
  whatsapp.sent.length = 0;
});

const toWhatsApp = (params: Record<string, string> = { '2': '30/12', '1': '1.200' }) =>
  outgoingMessage({
    to: { address: '+66812345678' },
    content: { providerTemplate: 'points_expiring', providerLanguage: 'th', providerParams: params },
  });

describe('WhatsApp Cloud API template messages', () => {
  it('posts the template with its language and body parameters in order, with the Bearer token', async () => {
    const result = await whatsAppChannel.open(settings).send(toWhatsApp());

    expect(whatsapp.sent).toHaveLength(1);
    expect(result).toEqual({ outcome: 'sent', providerMessageId: whatsapp.sent[0]!.wamid });
    const [request] = whatsapp.requests;
    expect(request!.path).toBe(`/v21.0/${whatsapp.phoneNumberId}/messages`);
    expect(request!.headers.authorization).toBe(`Bearer ${whatsapp.accessToken}`);
    expect(request!.body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '66812345678',
      type: 'template',
      template: {
        name: 'points_expiring',
        language: { code: 'th' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', text: '1.200' },
              { type: 'text', text: '30/12' },
            ],
          },
        ],
      },
    });
  });

  it.each([
    [130429, 'Rate limit hit'],
    [131048, 'Spam rate limit hit'],
    [80007, 'Rate limit issues'],
  ])('retries error %i', async (code, text) => {
    whatsapp.failNext(1, whatsAppError(400, code, text));
    expect(await openWhatsApp(settings).send(toWhatsApp())).toEqual({
      outcome: 'retry',
      reason: `WhatsApp ${code}: ${text}`,
    });
  });

  it('retries a 429 after its Retry-After and a 5xx', async () => {
    whatsapp.failNext(
      1,
      whatsAppError(429, 4, 'Application request limit reached', { headers: { 'Retry-After': '120' } }),
    );
    expect(await openWhatsApp(settings).send(toWhatsApp())).toEqual({
      outcome: 'retry',
      reason: 'WhatsApp 4: Application request limit reached',
      retryAfterMs: 120_000,
    });
    whatsapp.failNext(1, { status: 503, body: '' });
    expect(await openWhatsApp(settings).send(toWhatsApp())).toEqual({
      outcome: 'retry',
      reason: 'WhatsApp 503',
    });
  });

  it('reads 131026 as undeliverable', async () => {
    whatsapp.failNext(1, whatsAppError(400, 131026, 'Message undeliverable'));
    expect(await openWhatsApp(settings).send(toWhatsApp())).toEqual({
      outcome: 'undeliverable',
      reason: 'WhatsApp 131026: Message undeliverable',
      providerCode: '131026',
    });
  });

  it('fails a wrong template with the Graph API’s message and details', async () => {
    expect(await openWhatsApp(settings).send(toWhatsApp({ '1': 'only one' }))).toEqual({
      outcome: 'failed',
      reason:
        'WhatsApp 132000: Number of parameters does not match the expected number of params (body: number of localizable_params (1) does not match the expected number of params (2))',
      providerCode: '132000',
    });
    expect(whatsapp.sent).toHaveLength(0);
  });

  it('fails on a bad token (190) and verify() says why', async () => {
    const wrong = { ...settings, access_token: 'EAAexpired' };
    const reason = 'WhatsApp 190: Invalid OAuth access token - Cannot parse access token';
    expect(await openWhatsApp(wrong).send(toWhatsApp())).toEqual({
      outcome: 'failed',
      reason: `${reason} (renew the access token)`,
      providerCode: '190',
    });
    expect(await openWhatsApp(wrong).verify()).toEqual({ ok: false, reason });
  });

  it('verify() reads the phone number’s node; a wrong phone number id fails it', async () => {
    expect(await openWhatsApp(settings).verify()).toEqual({ ok: true });
    expect(whatsapp.requests[0]!.path).toBe(`/v21.0/${whatsapp.phoneNumberId}`);
    const verified = await openWhatsApp({ ...settings, phone_number_id: '123' }).verify();
    expect(verified).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^WhatsApp 100: Unsupported get request\. Object with ID '123' does not exist/,
      ),
    });
  });

  it('says unknown on a timeout and retries a refused connection', async () => {
    whatsapp.failNext(1, { hang: true, deliver: true });
    expect(await openWhatsApp(settings, { timeoutMs: 150 }).send(toWhatsApp())).toEqual({
      outcome: 'unknown',
      reason: 'WhatsApp did not answer within 150 ms',
    });
    const refused = { ...settings, base_url: await refusingUrl() };
    expect((await openWhatsApp(refused).send(toWhatsApp())).outcome).toBe('retry');
  });

  it('keeps the access token out of what the API shows', () => {
    expect(whatsAppChannel.redact(settings)).toEqual({ ...settings, access_token: '…set' });
  });
});
