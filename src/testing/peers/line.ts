// A local LINE Messaging API: push messages (POST /v2/bot/message/push) and the bot's info, with a
// Bearer channel access token, LINE's error JSON `{message, details}` and its retry keys: a request
// whose X-Line-Retry-Key was already accepted answers 409 with `x-line-accepted-request-id` and is
// not delivered twice (https://developers.line.biz/en/reference/messaging-api/#retry-api-request).
import { randomBytes, randomUUID } from 'node:crypto';
import { bearerToken, header, startHttpPeer, type HttpPeer, type PeerReply } from './http-peer.js';

interface LinePush {
  requestId: string;
  retryKey: string | undefined;
  to: string;
  messages: { type: string; text?: string }[];
}

export interface LinePeer extends HttpPeer {
  channelAccessToken: string;
  /** Pushes LINE accepted (200): each one a delivery, a deduplicated retry is not one. */
  pushes: LinePush[];
}

/** LINE's error body; `x-line-request-id` on every answer as LINE sends it. */
export function lineError(
  status: number,
  message: string,
  details?: { message: string; property: string }[],
  headers?: Record<string, string>,
): PeerReply {
  return {
    status,
    headers: { 'x-line-request-id': randomUUID(), ...headers },
    body: details ? { message, details } : { message },
  };
}

const userId = /^U[0-9a-f]{32}$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const textLengthMax = 5000;

export async function startLinePeer(
  channelAccessToken = randomBytes(32).toString('base64'),
): Promise<LinePeer> {
  const pushes: LinePush[] = [];
  const acceptedByRetryKey = new Map<string, string>();

  const peer = await startHttpPeer((request) => {
    if (bearerToken(request) !== channelAccessToken) {
      return lineError(
        401,
        'Authentication failed. Confirm that the access token in the authorization header is valid.',
      );
    }
    if (request.method === 'GET' && request.path === '/v2/bot/info') {
      return {
        status: 200,
        headers: { 'x-line-request-id': randomUUID() },
        body: {
          userId: `U${randomBytes(16).toString('hex')}`,
          basicId: '@123abcde',
          displayName: 'retain test',
        },
      };
    }
    if (request.method !== 'POST' || request.path !== '/v2/bot/message/push') {
      return lineError(404, 'Not found');
    }
    const retryKey = header(request, 'x-line-retry-key');
    if (retryKey !== undefined && !uuid.test(retryKey)) {
      return lineError(400, 'The value of the X-Line-Retry-Key header is invalid');
    }
    const accepted = retryKey === undefined ? undefined : acceptedByRetryKey.get(retryKey);
    if (accepted !== undefined) {
      return lineError(409, 'The retry key is already accepted', undefined, {
        'x-line-accepted-request-id': accepted,
      });
    }
    const body = (request.body ?? {}) as { to?: unknown; messages?: unknown };
    if (typeof body.to !== 'string' || !userId.test(body.to)) {
      return lineError(400, "The property, 'to', in the request body is invalid (line: -, column: -)");
    }
    const messages = Array.isArray(body.messages) ? (body.messages as LinePush['messages']) : [];
    const emptyText = messages.findIndex((m) => m.type === 'text' && !m.text);
    if (messages.length === 0 || emptyText >= 0) {
      return lineError(400, 'The request body has 1 error(s)', [
        {
          message: 'May not be empty',
          property: messages.length === 0 ? 'messages' : `messages[${emptyText}].text`,
        },
      ]);
    }
    const tooLong = messages.findIndex((m) => (m.text?.length ?? 0) > textLengthMax);
    if (tooLong >= 0) {
      return lineError(400, 'The request body has 1 error(s)', [
        { message: `Length must be between 0 and ${textLengthMax}`, property: `messages[${tooLong}].text` },
      ]);
    }
    const requestId = randomUUID();
    if (retryKey !== undefined) acceptedByRetryKey.set(retryKey, requestId);
    pushes.push({ requestId, retryKey, to: body.to, messages });
    return {
      status: 200,
      headers: { 'x-line-request-id': requestId },
      body: { sentMessages: messages.map(() => ({ id: String(Date.now()), quoteToken: randomUUID() })) },
    };
  });
  return Object.assign(peer, { channelAccessToken, pushes });
}

/** A LINE userId as LINE gives them out: U and 32 hex digits. */
export function lineUserId(): string {
  return `U${randomBytes(16).toString('hex')}`;
}
