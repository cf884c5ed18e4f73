import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  outgoingMessage,
  refusingUrl,
  startTwilioPeer,
  twilioError,
  type TwilioPeer,
} from '../../../testing/peers/index.js';
import { openSms, smsChannel, type SmsSettings } from './sms.js';

let twilio: TwilioPeer;
let settings: SmsSettings;

beforeAll(async () => {
  twilio = await startTwilioPeer();
  settings = smsChannel.settings.parse({
    account_sid: twilio.accountSid,
    auth_token: twilio.authToken,
    from: '+15005550006',
    base_url: twilio.url,
  });
});
afterAll(() => twilio.close());
beforeEach(() => {
  twilio.requests.length = 0;
  twilio.messages.length = 0;
});

describe('sms over the Twilio Messages API', () => {
  it('posts To/From/Body form-encoded with Basic auth and reports the message sid', async () => {
    const message = outgoingMessage({ to: { address: '+84901234567' }, content: { text: 'Cảm ơn bạn!' } });
    const result = await smsChannel.open(settings).send(message);

    expect(twilio.messages).toHaveLength(1);
    expect(result).toEqual({ outcome: 'sent', providerMessageId: twilio.messages[0]!.sid });
    const [request] = twilio.requests;
    expect(request!.method).toBe('POST');
    expect(request!.path).toBe(`/2010-04-01/Accounts/${twilio.accountSid}/Messages.json`);
    expect(request!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request!.headers.authorization).toBe(
      `Basic ${Buffer.from(`${twilio.accountSid}:${twilio.authToken}`).toString('base64')}`,
    );
    expect(request!.body).toEqual({ To: '+84901234567', From: '+15005550006', Body: 'Cảm ơn bạn!' });
  });

  it('reports an invalid number as undeliverable with Twilio’s code and message', async () => {
    const result = await openSms(settings).send(outgoingMessage({ to: { address: '0901234567' } }));
    expect(result).toEqual({
      outcome: 'undeliverable',
      reason: "Twilio 21211: The 'To' number 0901234567 is not a valid phone number.",
      providerCode: '21211',
    });
    expect(twilio.messages).toHaveLength(0);
  });

  it.each([
    [21614, "'To' number is not a valid mobile number"],
    [21610, 'Attempt to send to unsubscribed recipient'],
  ])('reports Twilio %i as undeliverable', async (code, text) => {
    twilio.failNext(1, twilioError(400, code, text));
    expect(await openSms(settings).send(outgoingMessage())).toEqual({
      outcome: 'undeliverable',
      reason: `Twilio ${code}: ${text}`,
      providerCode: String(code),
    });
  });

  it('retries a 429 after the Retry-After Twilio gave, and a 20429 whatever its status', async () => {
    twilio.failNext(1, twilioError(429, 20429, 'Too Many Requests', { 'Retry-After': '7' }));
    expect(await openSms(settings).send(outgoingMessage())).toEqual({
      outcome: 'retry',
      reason: 'Twilio 20429: Too Many Requests',
      retryAfterMs: 7000,
    });
    twilio.failNext(1, twilioError(400, 20429, 'Too Many Requests'));
    expect((await openSms(settings).send(outgoingMessage())).outcome).toBe('retry');
  });

  it('retries a 5xx, even one without Twilio’s JSON', async () => {
    twilio.failNext(1, { status: 503, body: '<html>Service Unavailable</html>' });
    expect(await openSms(settings).send(outgoingMessage())).toEqual({
      outcome: 'retry',
      reason: 'Twilio 503: <html>Service Unavailable</html>',
    });
  });

  it('fails on other 4xx with the provider’s reason, and never retries them', async () => {
    twilio.failNext(
      1,
      twilioError(
        400,
        21408,
        "Permission to send an SMS has not been enabled for the region indicated by the 'To' number",
      ),
    );
    expect(await openSms(settings).send(outgoingMessage())).toEqual({
      outcome: 'failed',
      reason:
        "Twilio 21408: Permission to send an SMS has not been enabled for the region indicated by the 'To' number",
      providerCode: '21408',
    });
  });

  it('fails on wrong credentials (20003) and verify() says why', async () => {
    const wrong = { ...settings, auth_token: 'not-the-token' };
    expect(await openSms(wrong).send(outgoingMessage())).toEqual({
      outcome: 'failed',
      reason: 'Twilio 20003: Authenticate',
      providerCode: '20003',
    });
    expect(await openSms(wrong).verify()).toEqual({ ok: false, reason: 'Twilio 20003: Authenticate' });
    expect(twilio.messages).toHaveLength(0);
  });

  it('verify() fetches the account with the right credentials', async () => {
    expect(await openSms(settings).verify()).toEqual({ ok: true });
    expect(twilio.requests[0]!.method).toBe('GET');
    expect(twilio.requests[0]!.path).toBe(`/2010-04-01/Accounts/${twilio.accountSid}.json`);
  });

  it('says unknown when Twilio took the request and never answered', async () => {
    twilio.failNext(1, { hang: true, deliver: true });
    const result = await openSms(settings, { timeoutMs: 200 }).send(outgoingMessage());
    expect(result).toEqual({ outcome: 'unknown', reason: 'Twilio did not answer within 200 ms' });
    expect(twilio.messages).toHaveLength(1);
  });

  it('retries when the connection is refused: nothing reached Twilio', async () => {
    const refused = { ...settings, base_url: await refusingUrl() };
    expect(await openSms(refused).send(outgoingMessage())).toEqual({
      outcome: 'retry',
      reason: 'Twilio unreachable (ECONNREFUSED)',
    });
    expect(await openSms(refused).verify()).toEqual({
      ok: false,
      reason: 'Twilio unreachable (ECONNREFUSED)',
    });
  });

  it('keeps the auth token out of what the API shows', () => {
    const shown = smsChannel.redact(settings);
    expect(shown).toEqual({ ...settings, auth_token: '…set' });
    expect(JSON.stringify(shown)).not.toContain(twilio.authToken);
  });
});
