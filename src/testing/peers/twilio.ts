// A local Twilio: the Messages REST API (2010-04-01) as Twilio answers it. Form-encoded To/From/Body
// with Basic auth (AccountSid:AuthToken), 201 with the message resource, and Twilio's error JSON
// `{code, message, more_info, status}` (https://www.twilio.com/docs/usage/twilios-response).
import { randomBytes } from 'node:crypto';
import { header, startHttpPeer, type HttpPeer, type PeerReply, type ReceivedRequest } from './http-peer.js';

interface TwilioMessage {
  sid: string;
  to: string;
  from: string;
  body: string;
}

export interface TwilioPeer extends HttpPeer {
  accountSid: string;
  authToken: string;
  /** Messages Twilio accepted (201), in order. */
  messages: TwilioMessage[];
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
    messages.push({ sid, to, from: form.From, body: form.Body });
    return {
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
  });
  return Object.assign(peer, { accountSid, authToken, messages });
}
