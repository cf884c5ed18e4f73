// The webhook channel: the rendered payload POSTed as JSON to a URL of the shop's, signed per
// Standard Webhooks (https://github.com/standard-webhooks/standard-webhooks, spec/standard-webhooks.md):
// `webhook-id` (the message id, the receiver's idempotency key), `webhook-timestamp` (unix seconds)
// and `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">` with the `whsec_` secret.
import { createHmac } from 'node:crypto';
import { z } from 'zod';
import type { ChannelAdapter, ChannelDefinition, OutgoingMessage, SendResult } from './channel.js';
import {
  bodyExcerpt,
  exchange,
  isTransientStatus,
  providerReason,
  redactSecrets,
  retryResult,
  type HttpOptions,
} from './http-answers.js';
import { webhookTimeoutMsDefault } from '../../../core/limits.js';

/** Plain http only to this machine (a test receiver, a local bridge); anything else must be https. */
const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

const secretPattern = /^whsec_[A-Za-z0-9+/]+={0,2}$/;

const webhookSettings = z.object({
  url: z.url({ protocol: /^https?$/ }).refine((url) => {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' || localHosts.has(hostname);
  }, 'an https URL (plain http only to localhost)'),
  // The spec's symmetric secrets are 24 to 64 random bytes, base64, after `whsec_`.
  secret: z
    .string()
    .regex(secretPattern, 'whsec_ followed by base64')
    .refine((secret) => {
      const bytes = Buffer.from(secret.slice('whsec_'.length), 'base64').length;
      return bytes >= 24 && bytes <= 64;
    }, 'a secret of 24 to 64 bytes'),
});
export type WebhookSettings = z.infer<typeof webhookSettings>;

/** The `webhook-signature` value for one request (the spec's `v1` symmetric scheme). */
export function signWebhook(secret: string, id: string, timestampSeconds: number, body: string): string {
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const signature = createHmac('sha256', key).update(`${id}.${timestampSeconds}.${body}`).digest('base64');
  return `v1,${signature}`;
}

export function openWebhook(
  settings: WebhookSettings,
  options: HttpOptions & { nowMs?: () => number } = {},
): ChannelAdapter {
  const timeoutMs = options.timeoutMs ?? webhookTimeoutMsDefault;
  const nowMs = options.nowMs ?? Date.now;
  return {
    async send(message: OutgoingMessage): Promise<SendResult> {
      const payload = message.content.payload;
      if (!payload) return { outcome: 'failed', reason: 'The webhook message has no payload' };
      const body = JSON.stringify(payload);
      const timestamp = Math.floor(nowMs() / 1000);
      const exchanged = await exchange(
        'Webhook',
        settings.url,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'webhook-id': message.id,
            'webhook-timestamp': String(timestamp),
            'webhook-signature': signWebhook(settings.secret, message.id, timestamp, body),
          },
          body,
        },
        timeoutMs,
      );
      if (!exchanged.answered) return exchanged.result;
      const { answer } = exchanged;
      if (answer.status >= 200 && answer.status < 300) return { outcome: 'sent', providerMessageId: null };
      const reason = providerReason('Webhook', answer.status, bodyExcerpt(answer));
      if (isTransientStatus(answer.status)) return retryResult(answer, reason);
      if (answer.status >= 300 && answer.status < 400) {
        return {
          outcome: 'failed',
          reason: `${reason} (redirects are not followed: set the URL it redirects to)`,
          providerCode: String(answer.status),
        };
      }
      return { outcome: 'failed', reason, providerCode: String(answer.status) };
    },
    // A webhook has no credentials to check without sending one; the settings' checks are all.
    async verify() {
      return { ok: true };
    },
    async close() {},
  };
}

export const webhookChannel: ChannelDefinition<WebhookSettings> = {
  kind: 'webhook',
  settings: webhookSettings,
  secrets: ['secret'],
  redact: (settings) => redactSecrets(settings, ['secret']),
  open: (settings) => openWebhook(settings),
};
