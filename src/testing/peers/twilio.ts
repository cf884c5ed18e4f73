// A local Twilio: the Messages REST API (2010-04-01) as Twilio answers it. Form-encoded To/From/Body
// with Basic auth (AccountSid:AuthToken), 201 with the message resource, and Twilio's error JSON
// `{code, message, more_info, status}` (https://www.twilio.com/docs/usage/twilios-response).
import { createHmac, randomBytes } from 'node:crypto';
import { header, startHttpPeer, type HttpPeer, type PeerReply, type ReceivedRequest } from './http-peer.js';

interface TwilioMessage {
  sid: string;
  to: string;
  from: string;
  body: string;
  /** The StatusCallback the message was sent with, where Twilio posts its statuses. */
  statusCallback: string | undefined;
}

interface StatusCallbackOptions {
  /** The origin to connect to when the callback's URL is a public one a proxy forwards (tests). */
  via?: string;
  /** Signs with this token instead of the account's: a forged callback. */
  authToken?: string;
  errorCode?: string;
}

export interface TwilioPeer extends HttpPeer {
  accountSid: string;
  authToken: string;
  /** Messages Twilio accepted (201), in order. */
  messages: TwilioMessage[];
  /**
   * Posts a message's status to its StatusCallback as Twilio does: form-encoded, signed with
   * X-Twilio-Signature (base64 HMAC-SHA1 under the auth token of the URL, then each parameter's
   * name and value sorted by name; https://www.twilio.com/docs/usage/webhooks/webhooks-security).
   */
  sendStatus(sid: string, status: string, options?: StatusCallbackOptions): Promise<Response>;
  /**
   * The next accepted message's status is posted to its StatusCallback before its 201 goes back,
   * as Twilio may do when the carrier answers at once; the callback's answer is kept in `early`.
   */
  callBackBeforeAnswer(status: string, options?: StatusCallbackOptions): void;
  early: { sid: string; status: number; body: unknown }[];
}

/** Twilio's error body, as its API sends it with `status` as the HTTP status. */
export function twilioError(
  status: number,
  code: number,
  message: string,
  headers?: Record<string, string>,
): PeerReply {
  return {
    status,
    headers,
    body: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status },
  };
}

const e164 = /^\+[1-9]\d{6,14}$/;

function authenticated(request: ReceivedRequest, accountSid: string, authToken: string): boolean {
  const match = /^Basic (.+)$/.exec(header(request, 'authorization') ?? '');
  if (!match) return false;
  return Buffer.from(match[1]!, 'base64').toString('utf8') === `${accountSid}:${authToken}`;
}

export async function startTwilioPeer(
  credentials: { accountSid?: string; authToken?: string } = {},
): Promise<TwilioPeer> {
  const accountSid = credentials.accountSid ?? `AC${randomBytes(16).toString('hex')}`;
  const authToken = credentials.authToken ?? randomBytes(16).toString('hex');
  const messages: TwilioMessage[] = [];
  const account = `/2010-04-01/Accounts/${accountSid}`;
  const callbacksFirst: { status: string; options?: StatusCallbackOptions | undefined }[] = [];
  const early: TwilioPeer['early'] = [];

  const peer = await startHttpPeer((request) => {
    if (!authenticated(request, accountSid, authToken) || !request.path.startsWith(`${account}`)) {
      return twilioError(401, 20003, 'Authenticate');
    }
    if (request.method === 'GET' && request.path === `${account}.json`) {
      return {
        status: 200,
        body: { sid: accountSid, friendly_name: 'retain test account', status: 'active', type: 'Full' },
      };
    }
    if (request.method !== 'POST' || request.path !== `${account}/Messages.json`) {
      return twilioError(404, 20404, `The requested resource ${request.path} was not found`);
    }
    const form = (request.body ?? {}) as Record<string, string>;
    const to = form.To ?? '';
    if (!to) return twilioError(400, 21604, "A 'To' phone number is required.");
    if (!e164.test(to)) return twilioError(400, 21211, `The 'To' number ${to} is not a valid phone number.`);
    if (!form.From) return twilioError(400, 21603, "A 'From' phone number is required.");
    if (!form.Body) return twilioError(400, 21602, 'Message body is required.');
    const sid = `SM${randomBytes(16).toString('hex')}`;
    messages.push({ sid, to, from: form.From, body: form.Body, statusCallback: form.StatusCallback });
    const created: PeerReply = {
      status: 201,
      body: {
        account_sid: accountSid,
        api_version: '2010-04-01',
        body: form.Body,
        direction: 'outbound-api',
        from: form.From,
        num_segments: '1',
        sid,
        status: 'queued',
        to,
        uri: `${account}/Messages/${sid}.json`,
      },
    };
    const callback = callbacksFirst.shift();
    if (!callback) return created;
    return sendStatus(sid, callback.status, callback.options).then(async (answer) => {
      early.push({ sid, status: answer.status, body: await answer.json() });
      return created;
    });
  });
  async function sendStatus(sid: string, status: string, options: StatusCallbackOptions = {}) {
    const message = messages.find((sent) => sent.sid === sid);
    const url = message?.statusCallback;
    if (!message || !url) throw new Error(`message ${sid} was sent without a StatusCallback`);
    const params: Record<string, string> = {
      AccountSid: accountSid,
      ApiVersion: '2010-04-01',
      From: message.from,
      MessageSid: sid,
      MessageStatus: status,
      SmsSid: sid,
      SmsStatus: status,
      To: message.to,
      ...(options.errorCode ? { ErrorCode: options.errorCode } : {}),
    };
    const signed =
      url +
      Object.keys(params)
        .sort()
        .map((name) => name + params[name])
        .join('');
    const signature = createHmac('sha1', options.authToken ?? authToken)
      .update(signed)
      .digest('base64');
    const target = new URL(url);
    const reached = options.via ? new URL(target.pathname + target.search, options.via) : target;
    return fetch(reached, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
      body: new URLSearchParams(params).toString(),
    });
  }
  const callBackBeforeAnswer = (status: string, options?: StatusCallbackOptions) => {
    callbacksFirst.push({ status, options });
  };
  return Object.assign(peer, {
    accountSid,
    authToken,
    messages,
    sendStatus,
    callBackBeforeAnswer,
    early,
  });
}
