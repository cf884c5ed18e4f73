// Zalo through ZNS (Zalo Notification Service) template messages: an approved template id and its
// data, to a Vietnamese phone number. ZNS answers HTTP 200 to almost everything and says what
// happened in the body's `error` (0 = sent); the message id goes as `tracking_id`, so the shop's
// ZNS delivery reports name retain's message.
import { z } from 'zod';
import type { ChannelAdapter, ChannelDefinition, OutgoingMessage, SendResult } from './channel.js';
import {
  bodyExcerpt,
  exchange,
  field,
  isTransientStatus,
  joinUrl,
  providerReason,
  redactSecrets,
  retryResult,
  stringField,
  type HttpAnswer,
  type HttpOptions,
} from './http-answers.js';
import { providerTimeoutMsDefault } from '../../../core/limits.js';

const zaloSettings = z.object({
  access_token: z.string().min(1),
  base_url: z.url({ protocol: /^https?$/ }).default('https://business.openapi.zalo.me'),
});
export type ZaloSettings = z.infer<typeof zaloSettings>;

// ZNS error codes, from Zalo's table "Cách xử lý mã lỗi"
// (https://zalo.cloud/zns/guidelines/handle-error-code) and, for -216 and -32, the Official Account
// API's common errors that the same gateway returns.
/** The OA's token is wrong or expired: nothing sends until the shop reconnects Zalo. */
const tokenCodes = new Set([-124, -216]);
/** -108 phone number invalid, -118 no Zalo account for it, -119 the account cannot receive ZNS. */
const undeliverableCodes = new Set([-108, -118, -119]);
/** -100 unknown error ("try again later"), -32 request rate exceeded. */
const retryCodes = new Set([-100, -32]);

function outcome(answer: HttpAnswer): SendResult {
  const error = field(answer.json, 'error');
  if (typeof error !== 'number') {
    const reason = providerReason('Zalo', answer.status, bodyExcerpt(answer));
    if (isTransientStatus(answer.status)) return retryResult(answer, reason);
    return { outcome: 'failed', reason, providerCode: String(answer.status) };
  }
  if (error === 0) {
    return { outcome: 'sent', providerMessageId: stringField(field(answer.json, 'data'), 'msg_id') ?? null };
  }
  const reason = providerReason('Zalo', error, stringField(answer.json, 'message'));
  if (retryCodes.has(error) || isTransientStatus(answer.status)) return retryResult(answer, reason);
  const providerCode = String(error);
  if (undeliverableCodes.has(error)) return { outcome: 'undeliverable', reason, providerCode };
  if (tokenCodes.has(error)) {
    return { outcome: 'failed', reason: `${reason} (reconnect the Zalo Official Account)`, providerCode };
  }
  return { outcome: 'failed', reason, providerCode };
}

/** ZNS takes the number as 84…, without the plus of E.164. */
function znsPhone(address: string): string {
  return address.replace(/^\+/, '');
}

export function openZalo(settings: ZaloSettings, options: HttpOptions = {}): ChannelAdapter {
  const timeoutMs = options.timeoutMs ?? providerTimeoutMsDefault;
  const headers = { access_token: settings.access_token };
  return {
    async send(message: OutgoingMessage): Promise<SendResult> {
      const templateId = message.content.providerTemplate;
      if (!templateId) return { outcome: 'failed', reason: 'The Zalo message names no ZNS template' };
      const exchanged = await exchange(
        'Zalo',
        joinUrl(settings.base_url, '/message/template'),
        {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({
            phone: znsPhone(message.to.address),
            template_id: templateId,
            template_data: message.content.providerParams ?? {},
            tracking_id: message.id,
          }),
        },
        timeoutMs,
      );
      return exchanged.answered ? outcome(exchanged.answer) : exchanged.result;
    },
    async verify() {
      const exchanged = await exchange(
        'Zalo',
        joinUrl(settings.base_url, '/template/all?offset=0&limit=1'),
        { method: 'GET', headers },
        timeoutMs,
      );
      if (!exchanged.answered) return { ok: false, reason: exchanged.result.reason };
      const result = outcome(exchanged.answer);
      return result.outcome === 'sent' ? { ok: true } : { ok: false, reason: result.reason };
    },
    async close() {},
  };
}

export const zaloChannel: ChannelDefinition<ZaloSettings> = {
  kind: 'zalo',
  settings: zaloSettings,
  secrets: ['access_token'],
  redact: (settings) => redactSecrets(settings, ['access_token']),
  open: (settings) => openZalo(settings),
};
