// A local Zalo Notification Service (ZNS): template messages (POST /message/template) and the
// template list, with the OA's token in an `access_token` header. Like ZNS, it answers HTTP 200
// whatever happens and puts the outcome in the body: `{error: 0, message: 'Success', data}` or a
// negative `error` with its message (https://zalo.cloud/zns/guidelines/handle-error-code).
import { randomBytes } from 'node:crypto';
import { header, startHttpPeer, type HttpPeer, type PeerReply } from './http-peer.js';

interface ZaloNotification {
  msgId: string;
  phone: string;
  templateId: string;
  templateData: Record<string, string>;
  trackingId: string | undefined;
}

export interface ZaloPeer extends HttpPeer {
  accessToken: string;
  /** Template ids this OA may send. */
  templates: Set<string>;
  /** Notifications ZNS accepted, in order. */
  notifications: ZaloNotification[];
}

/** A ZNS error answer: HTTP 200, the error in the body. */
export function zaloError(error: number, message: string): PeerReply {
  return { status: 200, body: { error, message } };
}

/** ZNS takes Vietnamese numbers as 84…, 0… (or the 0 lost to a spreadsheet); retain sends 84…. */
const phone = /^84\d{9,10}$/;

export async function startZaloPeer(
  options: { accessToken?: string; templates?: string[] } = {},
): Promise<ZaloPeer> {
  const accessToken = options.accessToken ?? randomBytes(24).toString('base64url');
  const templates = new Set(options.templates ?? ['231001']);
  const notifications: ZaloNotification[] = [];

  const peer = await startHttpPeer((request) => {
    if (header(request, 'access_token') !== accessToken) return zaloError(-124, 'Access token invalid');
    if (request.method === 'GET' && request.path === '/template/all') {
      const all = [...templates].map((templateId) => ({
        templateId,
        templateName: templateId,
        status: 'ENABLE',
      }));
      const offset = Number(request.query.get('offset') ?? 0);
      const limit = Number(request.query.get('limit') ?? 100);
      return {
        status: 200,
        body: {
          error: 0,
          message: 'Success',
          data: all.slice(offset, offset + limit),
          metadata: { total: all.length },
        },
      };
    }
    if (request.method !== 'POST' || request.path !== '/message/template') {
      return zaloError(-106, 'Method unsupported');
    }
    const body = (request.body ?? {}) as {
      phone?: unknown;
      template_id?: unknown;
      template_data?: unknown;
      tracking_id?: unknown;
    };
    if (typeof body.phone !== 'string' || !phone.test(body.phone))
      return zaloError(-108, 'Phone number invalid');
    if (typeof body.template_id !== 'string' || !templates.has(body.template_id)) {
      return zaloError(-109, 'Template ID invalid');
    }
    if (typeof body.template_data !== 'object' || body.template_data === null) {
      return zaloError(-111, 'Template data empty');
    }
    const msgId = randomBytes(16).toString('hex');
    notifications.push({
      msgId,
      phone: body.phone,
      templateId: body.template_id,
      templateData: body.template_data as Record<string, string>,
      trackingId: typeof body.tracking_id === 'string' ? body.tracking_id : undefined,
    });
    return {
      status: 200,
      body: {
        error: 0,
        message: 'Success',
        data: {
          msg_id: msgId,
          sent_time: String(Date.now()),
          sending_mode: '1',
          quota: { dailyQuota: '500', remainingQuota: String(500 - notifications.length) },
        },
      },
    };
  });
  return Object.assign(peer, { accessToken, templates, notifications });
}
