// Delivery receipts as providers send them, read into one shape, and their signatures checked.
// Pure: the routes find the workspace's credentials, check, and record what these return.
//
// - Twilio's status callback (https://www.twilio.com/docs/messaging/guides/track-outbound-message-status):
//   a form-encoded POST to the StatusCallback URL given with the message, with `MessageSid` and
//   `MessageStatus` (queued, sent, delivered, undelivered, failed, …) and, on failure, `ErrorCode`.
//   `X-Twilio-Signature` is the base64 HMAC-SHA1, under the account's auth token, of the full URL
//   followed by every POST parameter's name and value, sorted by name
//   (https://www.twilio.com/docs/usage/webhooks/webhooks-security).
// - WhatsApp Cloud API's webhook (https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/components):
//   `entry[].changes[].value.statuses[]` with `id` (the wamid the send answered), `status` (sent,
//   delivered, read, failed) and `errors[]`; `X-Hub-Signature-256` is `sha256=` and the hex HMAC-SHA256
//   of the raw body under the app secret.
import crypto from 'node:crypto';
import { z } from 'zod';
import { invalidParameter, paramOf } from '../../../core/errors.js';
import { zodIssueMessage } from '../../../core/validation-messages.js';

/** What a provider says became of one message it took. */
export interface DeliveryReceipt {
  /** The provider's id of the message, as its send answered (Twilio's SM…, WhatsApp's wamid…). */
  providerMessageId: string;
  status: 'delivered' | 'failed';
  /** Why it failed, as the provider says it; null when delivered. */
  detail: string | null;
  /** The parameter that named the message, for an error about it. */
  param: string;
}

function read<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const param = paramOf(issue.path) || 'body';
  throw invalidParameter(param, zodIssueMessage(param, issue));
}

/** Compares two signatures in constant time; a different length is simply a mismatch. */
function sameSignature(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function twilioSignature(authToken: string, url: string, params: Record<string, string>): string {
  const data =
    url +
    Object.keys(params)
      .sort()
      .map((name) => name + params[name])
      .join('');
  return crypto.createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

export function twilioSignatureValid(
  authToken: string,
  url: string,
  params: Record<string, string>,
  given: string | undefined,
): boolean {
  return given !== undefined && sameSignature(given, twilioSignature(authToken, url, params));
}

export function hubSignatureValid(appSecret: string, rawBody: string, given: string | undefined): boolean {
  const expected = `sha256=${crypto.createHmac('sha256', appSecret).update(rawBody, 'utf8').digest('hex')}`;
  return given !== undefined && sameSignature(given, expected);
}

const twilioStatus = z.object({
  MessageSid: z.string().min(1),
  MessageStatus: z.string().min(1),
  ErrorCode: z.string().optional(),
});

/**
 * A Twilio status callback → its receipt, or null for a status that is not an outcome (queued,
 * sending, sent, read…: the message is still on its way, or was delivered already).
 */
export function twilioReceipt(form: Record<string, string>): DeliveryReceipt | null {
  const status = read(twilioStatus, form);
  const receipt = { providerMessageId: status.MessageSid, param: 'MessageSid' };
  if (status.MessageStatus === 'delivered') return { ...receipt, status: 'delivered', detail: null };
  if (status.MessageStatus === 'undelivered' || status.MessageStatus === 'failed') {
    const code = status.ErrorCode ? ` (Twilio ${status.ErrorCode})` : '';
    return { ...receipt, status: 'failed', detail: `${status.MessageStatus}${code}` };
  }
  return null;
}

const whatsAppWebhook = z.object({
  object: z.string().optional(),
  entry: z.array(
    z.object({
      changes: z.array(
        z.object({
          value: z.object({
            statuses: z
              .array(
                z.object({
                  id: z.string().min(1),
                  status: z.string().min(1),
                  errors: z
                    .array(z.object({ code: z.number().optional(), title: z.string().optional() }))
                    .optional(),
                }),
              )
              .optional(),
          }),
        }),
      ),
    }),
  ),
});

/**
 * A WhatsApp webhook → the receipts of its statuses that are outcomes (delivered, failed); sent and
 * read, and messages (the customer writing to the shop), are not receipts.
 */
export function whatsAppReceipts(body: unknown): DeliveryReceipt[] {
  const webhook = read(whatsAppWebhook, body);
  return webhook.entry.flatMap((entry, e) =>
    entry.changes.flatMap((change, c) =>
      (change.value.statuses ?? []).flatMap((status, s): DeliveryReceipt[] => {
        const param = paramOf(['entry', e, 'changes', c, 'value', 'statuses', s, 'id']);
        const receipt = { providerMessageId: status.id, param };
        if (status.status === 'delivered') return [{ ...receipt, status: 'delivered', detail: null }];
        if (status.status !== 'failed') return [];
        const error = status.errors?.[0];
        const why = error
          ? `failed (WhatsApp ${error.code ?? ''}${error.title ? `: ${error.title}` : ''})`
          : 'failed';
        return [{ ...receipt, status: 'failed', detail: why }];
      }),
    ),
  );
}
