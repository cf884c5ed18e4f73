// SMS through Twilio's Messages REST API, or any gateway that speaks it (many Vietnamese and Thai
// SMS gateways do; hence the base URL). https://www.twilio.com/docs/messaging/api/message-resource
import { z } from 'zod';
import type { ChannelAdapter, ChannelDefinition, OutgoingMessage, SendResult } from './channel.js';
import {
  basicAuth,
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

const smsSettings = z.object({
  account_sid: z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'a Twilio Account SID: AC and 32 hex digits'),
  auth_token: z.string().min(1),
  /** A number in E.164, a messaging service SID (MG…) or an alphanumeric sender id. */
  from: z.string().min(1),
  base_url: z.url({ protocol: /^https?$/ }).default('https://api.twilio.com'),
});
export type SmsSettings = z.infer<typeof smsSettings>;

/**
 * Twilio error codes that say the recipient cannot get an SMS at this number
 * (https://www.twilio.com/docs/api/errors): 21211 invalid 'To', 21614 not a mobile number,
 * 21610 the recipient replied STOP.
 */
const undeliverableCodes = new Set([21211, 21614, 21610]);
/** 20429: Twilio's own "Too Many Requests", sometimes sent with another status. */
const rateLimitCode = 20429;

function twilioReason(answer: HttpAnswer): { code: number | undefined; reason: string } {
  const code = field(answer.json, 'code');
  const message = stringField(answer.json, 'message');
  if (typeof code === 'number') return { code, reason: providerReason('Twilio', code, message) };
  return { code: undefined, reason: providerReason('Twilio', answer.status, bodyExcerpt(answer)) };
}

function outcome(answer: HttpAnswer): SendResult {
  if (answer.status === 201 || answer.status === 200) {
    return { outcome: 'sent', providerMessageId: stringField(answer.json, 'sid') ?? null };
  }
  const { code, reason } = twilioReason(answer);
  if (code === rateLimitCode || isTransientStatus(answer.status)) return retryResult(answer, reason);
  const providerCode = String(code ?? answer.status);
  if (code !== undefined && undeliverableCodes.has(code))
    return { outcome: 'undeliverable', reason, providerCode };
  return { outcome: 'failed', reason, providerCode };
}

export function openSms(settings: SmsSettings, options: HttpOptions = {}): ChannelAdapter {
  const timeoutMs = options.timeoutMs ?? providerTimeoutMsDefault;
  const account = joinUrl(settings.base_url, `/2010-04-01/Accounts/${settings.account_sid}`);
  const authorization = basicAuth(settings.account_sid, settings.auth_token);
  return {
    async send(message: OutgoingMessage): Promise<SendResult> {
      const text = message.content.text;
      if (!text) return { outcome: 'failed', reason: 'The SMS has no text to send' };
      const form = new URLSearchParams({ To: message.to.address, From: settings.from, Body: text });
      // Twilio posts the message's later statuses (delivered, undelivered) here, signed.
      if (message.receiptUrl) form.set('StatusCallback', message.receiptUrl);
      const exchanged = await exchange(
        'Twilio',
        `${account}/Messages.json`,
        {
          method: 'POST',
          headers: {
            authorization,
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json',
          },
          body: form.toString(),
        },
        timeoutMs,
      );
      return exchanged.answered ? outcome(exchanged.answer) : exchanged.result;
    },
    async verify() {
      const exchanged = await exchange(
        'Twilio',
        `${account}.json`,
        { method: 'GET', headers: { authorization, accept: 'application/json' } },
        timeoutMs,
      );
      const checked = verifyAnswer(exchanged, (answer) => twilioReason(answer).reason);
      if (!checked.ok || !exchanged.answered) return checked;
      const status = stringField(exchanged.answer.json, 'status');
      return status === 'active'
        ? checked
        : { ok: false, reason: `The Twilio account is ${status ?? 'not active'}` };
    },
    async close() {},
  };
}

export const smsChannel: ChannelDefinition<SmsSettings> = {
  kind: 'sms',
  settings: smsSettings,
  secrets: ['auth_token'],
  redact: (settings) => redactSecrets(settings, ['auth_token']),
  open: (settings) => openSms(settings),
};
