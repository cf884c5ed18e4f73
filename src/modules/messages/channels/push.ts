// Web push to a browser's subscription: the `web-push` library signs the VAPID JWT (RFC 8292) and
// encrypts the payload (aes128gcm, RFC 8291); the request itself goes out through fetch like every
// other channel's, so timeouts and answers read the same. The push service's 404 or 410 means the
// subscription is gone: `undeliverable`, and the dispatcher deletes it.
import { createECDH } from 'node:crypto';
import webpush from 'web-push';
import { z } from 'zod';
import type { ChannelAdapter, ChannelDefinition, OutgoingMessage, SendResult } from './channel.js';
import {
  bodyExcerpt,
  exchange,
  isTransientStatus,
  providerReason,
  redactSecrets,
  retryResult,
  stringField,
  type HttpAnswer,
  type HttpOptions,
} from './http-answers.js';
import { providerTimeoutMsDefault, pushTtlSeconds } from '../../../core/limits.js';

const base64url = /^[A-Za-z0-9_-]+$/;

const pushSettings = z.object({
  vapid_public_key: z
    .string()
    .regex(base64url)
    .refine((key) => Buffer.from(key, 'base64url').length === 65, 'a P-256 public key: 65 bytes, base64url'),
  vapid_private_key: z
    .string()
    .regex(base64url)
    .refine((key) => Buffer.from(key, 'base64url').length === 32, 'a P-256 private key: 32 bytes, base64url'),
  /** RFC 8292 §2.1: how the push service reaches the sender: a mailto: or https: URL. */
  subject: z.string().regex(/^(mailto:\S+@\S+|https:\/\/\S+)$/, 'a mailto: address or an https: URL'),
});
export type PushSettings = z.infer<typeof pushSettings>;

/** A new VAPID key pair for a workspace's push channel (base64url, as `vapid_*_key` take them). */
export function generateVapidKeys(): { vapid_public_key: string; vapid_private_key: string } {
  const keys = webpush.generateVAPIDKeys();
  return { vapid_public_key: keys.publicKey, vapid_private_key: keys.privateKey };
}

function pushReason(service: string, answer: HttpAnswer): string {
  return providerReason(
    `Push service ${service}`,
    answer.status,
    stringField(answer.json, 'message') ?? bodyExcerpt(answer),
  );
}

function outcome(service: string, answer: HttpAnswer): SendResult {
  if (answer.status >= 200 && answer.status < 300) {
    return { outcome: 'sent', providerMessageId: answer.headers.get('location') };
  }
  const reason = pushReason(service, answer);
  if (answer.status === 404 || answer.status === 410) {
    return {
      outcome: 'undeliverable',
      reason: `${reason} (the subscription is gone)`,
      providerCode: String(answer.status),
    };
  }
  if (isTransientStatus(answer.status)) return retryResult(answer, reason);
  return { outcome: 'failed', reason, providerCode: String(answer.status) };
}

export function openPush(settings: PushSettings, options: HttpOptions = {}): ChannelAdapter {
  const timeoutMs = options.timeoutMs ?? providerTimeoutMsDefault;
  const vapidDetails = {
    subject: settings.subject,
    publicKey: settings.vapid_public_key,
    privateKey: settings.vapid_private_key,
  };
  return {
    async send(message: OutgoingMessage): Promise<SendResult> {
      const subscription = message.to.pushSubscription;
      if (!subscription)
        return { outcome: 'failed', reason: 'The push message has no subscription to go to' };
      const { title, text, url } = message.content;
      let request: ReturnType<typeof webpush.generateRequestDetails>;
      try {
        request = webpush.generateRequestDetails(subscription, JSON.stringify({ title, body: text, url }), {
          vapidDetails,
          TTL: pushTtlSeconds,
          contentEncoding: 'aes128gcm',
          urgency: 'normal',
        });
      } catch (error) {
        // web-push refuses a subscription whose keys are not a P-256 point and a 16-byte secret.
        return {
          outcome: 'undeliverable',
          reason: `The push subscription cannot be used: ${(error as Error).message}`,
        };
      }
      const service = new URL(request.endpoint).host;
      const headers = Object.fromEntries(
        Object.entries(request.headers)
          .filter(([name]) => name.toLowerCase() !== 'content-length')
          .map(([name, value]) => [name, String(value)]),
      );
      const exchanged = await exchange(
        `Push service ${service}`,
        request.endpoint,
        { method: request.method, headers, body: request.body },
        timeoutMs,
      );
      return exchanged.answered ? outcome(service, exchanged.answer) : exchanged.result;
    },
    // VAPID has nothing to log in to; what can be wrong is a public key that is not the private
    // key's, which every push service would refuse.
    async verify() {
      const ecdh = createECDH('prime256v1');
      try {
        ecdh.setPrivateKey(Buffer.from(settings.vapid_private_key, 'base64url'));
      } catch {
        return { ok: false, reason: 'The VAPID private key is not a P-256 private key' };
      }
      return ecdh.getPublicKey().toString('base64url') === settings.vapid_public_key
        ? { ok: true }
        : { ok: false, reason: 'The VAPID public key is not the private key’s' };
    },
    async close() {},
  };
}

export const pushChannel: ChannelDefinition<PushSettings> = {
  kind: 'push',
  settings: pushSettings,
  secrets: ['vapid_private_key'],
  redact: (settings) => redactSecrets(settings, ['vapid_private_key']),
  open: (settings) => openPush(settings),
};
