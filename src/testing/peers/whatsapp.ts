// A local WhatsApp Cloud API (Graph API v21.0): template messages (POST /{phone-number-id}/messages)
// and the phone number's own node, with a Bearer token and the Graph API's error JSON
// `{error: {message, type, code, error_subcode, error_data, fbtrace_id}}`
// (https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes).
import { createHmac, randomBytes } from 'node:crypto';
import { bearerToken, startHttpPeer, type HttpPeer, type PeerReply } from './http-peer.js';

/** The Graph API version the peer answers under, as the default base URL has it. */
const graphVersion = 'v21.0';

interface WhatsAppSend {
  wamid: string;
  to: string;
  template: string;
  language: string;
  parameters: string[];
}

export interface WhatsAppPeer extends HttpPeer {
  /** url + the Graph API version: what the adapter's base_url is. */
  baseUrl: string;
  accessToken: string;
  phoneNumberId: string;
  /** Approved templates: name → number of body parameters. */
  templates: Map<string, number>;
  sent: WhatsAppSend[];
  /** The Meta app's secret, which signs the webhook. */
  appSecret: string;
  /**
   * Posts a statuses webhook for sent messages to `url` as the Cloud API does, signed with
   * X-Hub-Signature-256 (sha256= and the hex HMAC-SHA256 of the body under the app secret), or
   * under `appSecret` when given (a forged webhook).
   */
  sendStatuses(
    url: string,
    statuses: readonly {
      wamid: string;
      status: 'sent' | 'delivered' | 'read' | 'failed';
      errorCode?: number;
    }[],
    options?: { appSecret?: string },
  ): Promise<Response>;
  /** The verify token typed in the Meta app's webhook settings beside the URL. */
  verifyToken: string;
  /**
   * Checks a webhook URL as Meta does when it is given one: GET with hub.mode=subscribe, the verify
   * token (or `verifyToken`, when given) and a random number as hub.challenge, which a URL that
   * takes the token answers as its body. Says whether it did, and the answer.
   */
  verifyWebhook(
    url: string,
    options?: { verifyToken?: string; mode?: string },
  ): Promise<{ verified: boolean; challenge: string; answer: Response; body: string }>;
}

/** A Graph API error as the Cloud API sends it. */
export function whatsAppError(
  status: number,
  code: number,
  message: string,
  extra: { subcode?: number; details?: string; headers?: Record<string, string> } = {},
): PeerReply {
  return {
    status,
    headers: extra.headers,
    body: {
      error: {
        message: `(#${code}) ${message}`,
        type: 'OAuthException',
        code,
        ...(extra.subcode === undefined ? {} : { error_subcode: extra.subcode }),
        ...(extra.details === undefined
          ? {}
          : { error_data: { messaging_product: 'whatsapp', details: extra.details } }),
        fbtrace_id: randomBytes(12).toString('base64url'),
      },
    },
  };
}

interface TemplateBody {
  messaging_product?: unknown;
  to?: unknown;
  type?: unknown;
  template?: {
    name?: unknown;
    language?: { code?: unknown };
    components?: { type?: string; parameters?: { type?: string; text?: string }[] }[];
  };
}

export async function startWhatsAppPeer(
  options: { templates?: Record<string, number> } = {},
): Promise<WhatsAppPeer> {
  const accessToken = `EAA${randomBytes(32).toString('base64url')}`;
  const phoneNumberId = String(100_000_000_000_000 + Math.floor(Math.random() * 1e14));
  const templates = new Map(Object.entries(options.templates ?? { points_expiring: 2 }));
  const sent: WhatsAppSend[] = [];
  const appSecret = randomBytes(16).toString('hex');
  const node = `/${graphVersion}/${phoneNumberId}`;

  const peer = await startHttpPeer((request) => {
    if (bearerToken(request) !== accessToken) {
      return {
        status: 401,
        body: {
          error: {
            message: 'Invalid OAuth access token - Cannot parse access token',
            type: 'OAuthException',
            code: 190,
            fbtrace_id: randomBytes(12).toString('base64url'),
          },
        },
      };
    }
    if (request.path !== node && request.path !== `${node}/messages`) {
      const id = request.path.split('/')[2] ?? '';
      return whatsAppError(
        400,
        100,
        `Unsupported ${request.method.toLowerCase()} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
        { subcode: 33 },
      );
    }
    if (request.method === 'GET' && request.path === node) {
      return {
        status: 200,
        body: {
          verified_name: 'retain test',
          display_phone_number: '+1 555-010-0000',
          id: phoneNumberId,
          quality_rating: 'GREEN',
        },
      };
    }
    const body = (request.body ?? {}) as TemplateBody;
    if (body.messaging_product !== 'whatsapp') {
      return whatsAppError(400, 100, 'The parameter messaging_product is required.');
    }
    if (typeof body.to !== 'string' || !/^\+?\d{7,15}$/.test(body.to)) {
      return whatsAppError(400, 131009, 'Parameter value is not valid', { details: 'Invalid to parameter' });
    }
    const name = body.template?.name;
    const language = body.template?.language?.code;
    if (body.type !== 'template' || typeof name !== 'string' || typeof language !== 'string') {
      return whatsAppError(400, 131008, 'Required parameter is missing', { details: 'template is required' });
    }
    const expected = templates.get(name);
    if (expected === undefined) {
      return whatsAppError(404, 132001, 'Template name does not exist in the translation', {
        details: `template name (${name}) does not exist in ${language}`,
      });
    }
    const parameters = (body.template?.components ?? [])
      .filter((c) => c.type === 'body')
      .flatMap((c) => c.parameters ?? [])
      .map((p) => p.text ?? '');
    if (parameters.length !== expected) {
      return whatsAppError(400, 132000, 'Number of parameters does not match the expected number of params', {
        details: `body: number of localizable_params (${parameters.length}) does not match the expected number of params (${expected})`,
      });
    }
    const to = body.to.replace(/^\+/, '');
    const wamid = `wamid.${randomBytes(24).toString('base64url')}`;
    sent.push({ wamid, to, template: name, language, parameters });
    return {
      status: 200,
      body: {
        messaging_product: 'whatsapp',
        contacts: [{ input: body.to, wa_id: to }],
        messages: [{ id: wamid, message_status: 'accepted' }],
      },
    };
  });
  const sendStatuses: WhatsAppPeer['sendStatuses'] = (url, statuses, options = {}) => {
    const body = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '102290129340398',
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: { display_phone_number: '15550100000', phone_number_id: phoneNumberId },
                statuses: statuses.map((status) => {
                  const message = sent.find((one) => one.wamid === status.wamid);
                  return {
                    id: status.wamid,
                    status: status.status,
                    timestamp: String(Math.floor(Date.now() / 1000)),
                    recipient_id: message?.to ?? '84912345678',
                    ...(status.errorCode === undefined
                      ? {}
                      : { errors: [{ code: status.errorCode, title: 'Message undeliverable' }] }),
                  };
                }),
              },
            },
          ],
        },
      ],
    });
    const signature = createHmac('sha256', options.appSecret ?? appSecret)
      .update(body)
      .digest('hex');
    return fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${signature}` },
      body,
    });
  };
  const verifyToken = `meta-verify-${randomBytes(8).toString('hex')}`;
  const verifyWebhook: WhatsAppPeer['verifyWebhook'] = async (url, options = {}) => {
    const challenge = String(randomBytes(4).readUInt32BE());
    const query = new URLSearchParams({
      'hub.mode': options.mode ?? 'subscribe',
      'hub.challenge': challenge,
      'hub.verify_token': options.verifyToken ?? verifyToken,
    });
    const answer = await fetch(`${url}?${query.toString()}`);
    const body = await answer.text();
    return { verified: answer.status === 200 && body === challenge, challenge, answer, body };
  };
  return Object.assign(peer, {
    baseUrl: `${peer.url}/${graphVersion}`,
    accessToken,
    phoneNumberId,
    templates,
    sent,
    appSecret,
    sendStatuses,
    verifyToken,
    verifyWebhook,
  });
}
