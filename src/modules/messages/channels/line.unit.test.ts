import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  lineError,
  lineUserId,
  outgoingMessage,
  refusingUrl,
  startLinePeer,
  type LinePeer,
} from '../../../testing/peers/index.js';
import { lineChannel, openLine, type LineSettings } from './line.js';

let line: LinePeer;
let settings: LineSettings;

beforeAll(async () => {
  line = await startLinePeer();
  settings = lineChannel.settings.parse({
    channel_access_token: line.channelAccessToken,
    base_url: line.url,
  });
});
afterAll(() => line.close());
beforeEach(() => {
  line.requests.length = 0;
  line.pushes.length = 0;
});

const toLine = (text = 'ขอบคุณค่ะ') => outgoingMessage({ to: { address: lineUserId() }, content: { text } });

describe('LINE push messages', () => {
  it('pushes one text message with the Bearer token and the message’s retry key', async () => {
    const message = toLine();
    const result = await lineChannel.open(settings).send(message);

    expect(line.pushes).toHaveLength(1);
    expect(result).toEqual({ outcome: 'sent', providerMessageId: line.pushes[0]!.requestId });
    const [request] = line.requests;
    expect(request!.path).toBe('/v2/bot/message/push');
    expect(request!.headers.authorization).toBe(`Bearer ${line.channelAccessToken}`);
    expect(request!.headers['x-line-retry-key']).toBe(message.idempotencyKey);
    expect(request!.body).toEqual({ to: message.to.address, messages: [{ type: 'text', text: 'ขอบคุณค่ะ' }] });
  });

  it('a retry after a lost answer is sent once: LINE answers 409 with the first request’s id', async () => {
    const message = toLine();
    line.failNext(1, { hang: true, deliver: true });
    const adapter = openLine(settings, { timeoutMs: 200 });

    expect(await adapter.send(message)).toEqual({
      outcome: 'unknown',
      reason: 'LINE did not answer within 200 ms',
    });
    const second = await adapter.send({ ...message, attempt: 2 });

    expect(line.requests).toHaveLength(2);
    expect(line.pushes).toHaveLength(1);
    expect(second).toEqual({ outcome: 'sent', providerMessageId: line.pushes[0]!.requestId });
  });

  it('a retry after a 500 is delivered: a key LINE did not accept is not a duplicate', async () => {
    const message = toLine();
    line.failNext(1, lineError(500, 'An error occurred on the server'));
    const adapter = openLine(settings);
    expect(await adapter.send(message)).toEqual({
      outcome: 'retry',
      reason: 'LINE 500: An error occurred on the server',
    });
    expect((await adapter.send(message)).outcome).toBe('sent');
    expect(line.pushes).toHaveLength(1);
  });

  it('retries a 429 after its Retry-After', async () => {
    line.failNext(
      1,
      lineError(429, 'The API rate limit has been exceeded. Try again later.', undefined, {
        'Retry-After': '30',
      }),
    );
    expect(await openLine(settings).send(toLine())).toEqual({
      outcome: 'retry',
      reason: 'LINE 429: The API rate limit has been exceeded. Try again later.',
      retryAfterMs: 30_000,
    });
  });

  it('fails a 400 with LINE’s message and details', async () => {
    expect(await openLine(settings).send(outgoingMessage({ to: { address: 'not-a-user' } }))).toEqual({
      outcome: 'failed',
      reason: "LINE 400: The property, 'to', in the request body is invalid (line: -, column: -)",
      providerCode: '400',
    });
    line.failNext(
      1,
      lineError(400, 'The request body has 1 error(s)', [
        { message: 'May not be empty', property: 'messages[0].text' },
      ]),
    );
    expect(await openLine(settings).send(toLine())).toEqual({
      outcome: 'failed',
      reason: 'LINE 400: The request body has 1 error(s) (messages[0].text: May not be empty)',
      providerCode: '400',
    });
    expect(line.pushes).toHaveLength(0);
  });

  it('fails on a wrong token (401) and a forbidden endpoint (403); verify() says why', async () => {
    const wrong = { ...settings, channel_access_token: 'revoked' };
    const reason =
      'LINE 401: Authentication failed. Confirm that the access token in the authorization header is valid.';
    expect(await openLine(wrong).send(toLine())).toEqual({ outcome: 'failed', reason, providerCode: '401' });
    expect(await openLine(wrong).verify()).toEqual({ ok: false, reason });
    line.failNext(1, lineError(403, 'Not authorized to use this endpoint.'));
    expect(await openLine(settings).send(toLine())).toEqual({
      outcome: 'failed',
      reason: 'LINE 403: Not authorized to use this endpoint.',
      providerCode: '403',
    });
  });

  it('verify() reads the bot’s info with the token', async () => {
    expect(await openLine(settings).verify()).toEqual({ ok: true });
    expect(line.requests[0]!.path).toBe('/v2/bot/info');
  });

  it('retries when the connection is refused', async () => {
    const refused = { ...settings, base_url: await refusingUrl() };
    expect(await openLine(refused).send(toLine())).toEqual({
      outcome: 'retry',
      reason: 'LINE unreachable (ECONNREFUSED)',
    });
  });

  it('keeps the channel access token out of what the API shows', () => {
    expect(lineChannel.redact(settings)).toEqual({ base_url: line.url, channel_access_token: '…set' });
  });
});
