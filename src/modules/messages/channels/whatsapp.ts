// WhatsApp through the Cloud API: an approved template, its language and its body parameters, sent
// from the shop's business phone number
// (https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages).
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
  verifyAnswer,
  type HttpAnswer,
  type HttpOptions,
} from './http-answers.js';
import { providerTimeoutMsDefault } from '../../../core/limits.js';

const whatsAppSettings = z.object({
  access_token: z.string().min(1),
  phone_number_id: z.string().regex(/^\d+$/, 'the numeric id of the business phone number'),
  /** The Meta app's secret, which signs the webhook's delivery receipts (X-Hub-Signature-256). */
  app_secret: z.string().min(1).optional(),
  /**
   * The token typed in the Meta app's webhook settings, which Meta sends back when it verifies the
   * webhook's URL (GET with hub.verify_token). Whitespace around it is a paste mistake Meta would not
   * repeat, so none is taken.
   */
  verify_token: z
    .string()
    .min(1)
    .max(200)
    .regex(/^\S+$/, 'the token typed in the Meta app’s webhook settings, without spaces')
    .optional(),
  base_url: z.url({ protocol: /^https?$/ }).default('https://graph.facebook.com/v21.0'),
});
export type WhatsAppSettings = z.infer<typeof whatsAppSettings>;

// Cloud API error codes (https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes).
/**
 * Not now: 130429 throughput, 131048 spam rate, 131056 pair rate and 80007 account rate limits,
 * 4 the app's call limit; 1, 2, 131000 and 131016 the service's own trouble.
 */
const retryCodes = new Set([130429, 131048, 131056, 80007, 4, 1, 2, 131000, 131016]);
/** 131026: the number is not on WhatsApp or cannot receive the message. */
const undeliverableCodes = new Set([131026]);
/** 190: the access token expired or was revoked. */
const tokenCode = 190;

function whatsAppReason(answer: HttpAnswer): { code: number | undefined; reason: string } {
  const error = field(answer.json, 'error');
  const code = field(error, 'code');
  if (typeof code !== 'number') {
    return { code: undefined, reason: providerReason('WhatsApp', answer.status, bodyExcerpt(answer)) };
  }
  // Graph API messages start with "(#code) "; the reason says the code once.
  const message = stringField(error, 'message')?.replace(/^\(#\d+\)\s*/, '');
  const details = stringField(field(error, 'error_data'), 'details');
  const text = details && details !== message ? `${message ?? ''} (${details})` : message;
  return { code, reason: providerReason('WhatsApp', code, text) };
}

function outcome(answer: HttpAnswer): SendResult {
  if (answer.status >= 200 && answer.status < 300) {
    const messages = field(answer.json, 'messages');
    const id = Array.isArray(messages) ? stringField(messages[0], 'id') : undefined;
    return { outcome: 'sent', providerMessageId: id ?? null };
  }
  const { code, reason } = whatsAppReason(answer);
  if ((code !== undefined && retryCodes.has(code)) || isTransientStatus(answer.status)) {
    return retryResult(answer, reason);
  }
  const providerCode = String(code ?? answer.status);
  if (code !== undefined && undeliverableCodes.has(code))
    return { outcome: 'undeliverable', reason, providerCode };
  if (code === tokenCode)
    return { outcome: 'failed', reason: `${reason} (renew the access token)`, providerCode };
  return { outcome: 'failed', reason, providerCode };
}

/** Template body parameters in their order: the keys "1", "2", … of providerParams. */
function bodyParameters(params: Record<string, string>): { type: 'text'; text: string }[] {
  return Object.keys(params)
    .sort((a, b) => Number(a) - Number(b))
    .map((key) => ({ type: 'text', text: params[key]! }));
}

export function openWhatsApp(settings: WhatsAppSettings, options: HttpOptions = {}): ChannelAdapter {
  const timeoutMs = options.timeoutMs ?? providerTimeoutMsDefault;
  const authorization = `Bearer ${settings.access_token}`;
  const node = joinUrl(settings.base_url, `/${settings.phone_number_id}`);
  return {
    async send(message: OutgoingMessage): Promise<SendResult> {
      const { providerTemplate: name, providerLanguage: language, providerParams } = message.content;
      if (!name || !language) {
        return { outcome: 'failed', reason: 'The WhatsApp message names no approved template and language' };
      }
      const parameters = bodyParameters(providerParams ?? {});
      const exchanged = await exchange(
        'WhatsApp',
        `${node}/messages`,
        {
          method: 'POST',
          headers: { authorization, 'content-type': 'application/json' },
          body: JSON.stringify({
            messaging_product: 'whatsapp',
            recipient_type: 'individual',
            to: message.to.address.replace(/^\+/, ''),
            type: 'template',
            template: {
              name,
              language: { code: language },
              components: parameters.length ? [{ type: 'body', parameters }] : [],
            },
          }),
        },
        timeoutMs,
      );
      return exchanged.answered ? outcome(exchanged.answer) : exchanged.result;
    },
    async verify() {
      const exchanged = await exchange(
        'WhatsApp',
        node,
        { method: 'GET', headers: { authorization } },
        timeoutMs,
      );
      return verifyAnswer(exchanged, (answer) => whatsAppReason(answer).reason);
    },
    async close() {},
  };
}

export const whatsAppChannel: ChannelDefinition<WhatsAppSettings> = {
  kind: 'whatsapp',
  settings: whatsAppSettings,
  secrets: ['access_token', 'app_secret', 'verify_token'],
  redact: (settings) => redactSecrets(settings, ['access_token', 'app_secret', 'verify_token']),
  open: (settings) => openWhatsApp(settings),
};
