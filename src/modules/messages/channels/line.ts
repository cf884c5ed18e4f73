// LINE through the Messaging API's push message
// (https://developers.line.biz/en/reference/messaging-api/#send-push-message). Every attempt carries
// the message's idempotency key as X-Line-Retry-Key, so a retry after a lost answer is deduplicated
// by LINE itself: it answers 409 with the first request's id, and the message is sent once.
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

const lineSettings = z.object({
  channel_access_token: z.string().min(1),
  base_url: z.url({ protocol: /^https?$/ }).default('https://api.line.me'),
});
export type LineSettings = z.infer<typeof lineSettings>;

/** LINE's `{message, details: [{message, property}]}` as one line. */
function lineReason(answer: HttpAnswer): string {
  const message = stringField(answer.json, 'message');
  if (message === undefined) return providerReason('LINE', answer.status, bodyExcerpt(answer));
  const details = field(answer.json, 'details');
  const parts = Array.isArray(details)
    ? details.map((d) => [stringField(d, 'property'), stringField(d, 'message')].filter(Boolean).join(': '))
    : [];
  return providerReason('LINE', answer.status, parts.length ? `${message} (${parts.join('; ')})` : message);
}

function outcome(answer: HttpAnswer): SendResult {
  if (answer.status === 200) {
    return { outcome: 'sent', providerMessageId: answer.headers.get('x-line-request-id') };
  }
  // The retry key was accepted by an earlier attempt whose answer we did not get.
  if (answer.status === 409 && answer.headers.has('x-line-accepted-request-id')) {
    return { outcome: 'sent', providerMessageId: answer.headers.get('x-line-accepted-request-id') };
  }
  const reason = lineReason(answer);
  if (isTransientStatus(answer.status)) return retryResult(answer, reason);
  return { outcome: 'failed', reason, providerCode: String(answer.status) };
}

export function openLine(settings: LineSettings, options: HttpOptions = {}): ChannelAdapter {
  const timeoutMs = options.timeoutMs ?? providerTimeoutMsDefault;
  const authorization = `Bearer ${settings.channel_access_token}`;
  return {
    async send(message: OutgoingMessage): Promise<SendResult> {
      const text = message.content.text;
      if (!text) return { outcome: 'failed', reason: 'The LINE message has no text to send' };
      const exchanged = await exchange(
        'LINE',
        joinUrl(settings.base_url, '/v2/bot/message/push'),
        {
          method: 'POST',
          headers: {
            authorization,
            'content-type': 'application/json',
            'x-line-retry-key': message.idempotencyKey,
          },
          body: JSON.stringify({ to: message.to.address, messages: [{ type: 'text', text }] }),
        },
        timeoutMs,
      );
      return exchanged.answered ? outcome(exchanged.answer) : exchanged.result;
    },
    async verify() {
      const exchanged = await exchange(
        'LINE',
        joinUrl(settings.base_url, '/v2/bot/info'),
        { method: 'GET', headers: { authorization } },
        timeoutMs,
      );
      return verifyAnswer(exchanged, lineReason);
    },
    async close() {},
  };
}

export const lineChannel: ChannelDefinition<LineSettings> = {
  kind: 'line',
  settings: lineSettings,
  secrets: ['channel_access_token'],
  redact: (settings) => redactSecrets(settings, ['channel_access_token']),
  open: (settings) => openLine(settings),
};
