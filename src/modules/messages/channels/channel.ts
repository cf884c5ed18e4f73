// The one interface every channel (email, SMS, LINE, Zalo, WhatsApp, web push, webhook) speaks to
// the dispatcher. An adapter turns a rendered message into its provider's request and the
// provider's answer into one of four outcomes; it never touches the database: the dispatcher
// records what the adapter reports.
import type { z } from 'zod';

export const channelKinds = [
  'email',
  'sms',
  'line',
  'zalo',
  'whatsapp',
  'push',
  'webhook',
  'in_app',
] as const;
export type ChannelKind = (typeof channelKinds)[number];

/** Where one message goes, in the channel's own terms. */
export interface Recipient {
  /** email: the address; sms/zalo/whatsapp: E.164 phone (+84…); line: the LINE userId; webhook: the customer id. */
  address: string;
  /** push: the browser's subscription (address is its endpoint). */
  pushSubscription?: { endpoint: string; keys: { p256dh: string; auth: string } };
}

/** A person as an email's From/Reply-To shows them. */
export interface Mailbox {
  name: string | null;
  address: string;
}

/** What a template rendered into, per channel. Only the fields of the message's channel are set. */
export interface RenderedContent {
  /** email */
  subject?: string;
  preheader?: string;
  html?: string;
  /** email's plain-text part; the whole message for sms, line, push body, in_app body. */
  text?: string;
  from?: Mailbox;
  replyTo?: Mailbox | null;
  /** push and in_app: a title above the text; push: where a click opens. */
  title?: string;
  url?: string;
  /** zalo (ZNS template id) and whatsapp (approved template name). */
  providerTemplate?: string;
  /** whatsapp: the template's language code (vi, th, ja, en_US). */
  providerLanguage?: string;
  /** zalo: template_data; whatsapp: body parameters in order (keys "1", "2", …). */
  providerParams?: Record<string, string>;
  /** webhook: the JSON the shop's URL receives. */
  payload?: Record<string, unknown>;
}

/** One message handed to an adapter. */
export interface OutgoingMessage {
  /** msg_…: the Message-ID's left part, LINE's X-Line-Retry-Key (as a UUID), Zalo's tracking_id. */
  id: string;
  /** A UUID derived from the id (LINE wants a UUID); the same on every attempt. */
  idempotencyKey: string;
  workspaceId: string;
  customerId: string;
  to: Recipient;
  content: RenderedContent;
  /** email: RFC 8058 one-click unsubscribe (HTTPS) and the List-ID (RFC 2919). */
  unsubscribeUrl?: string;
  listId?: string;
  /** sms: where the provider posts the message's delivery receipts (Twilio's StatusCallback). */
  receiptUrl?: string;
  /** 1 on the first try. */
  attempt: number;
}

/**
 * What the provider said. `retry`: try again later (SMTP 4xx, HTTP 429/5xx, Twilio 20429,
 * WhatsApp 130429, a refused connection); `unknown`: the request may have reached the provider and
 * no answer came (a timeout after sending); `failed`: permanent, never retried; `undeliverable`:
 * the address itself is bad (SMTP 550 user unknown, push 404/410) and should be suppressed.
 */
export type SendResult =
  | { outcome: 'sent'; providerMessageId: string | null }
  | { outcome: 'retry'; reason: string; retryAfterMs?: number }
  | { outcome: 'unknown'; reason: string }
  | { outcome: 'failed'; reason: string; providerCode?: string }
  | { outcome: 'undeliverable'; reason: string; providerCode?: string };

export interface ChannelAdapter {
  send(message: OutgoingMessage): Promise<SendResult>;
  /** Checks the credentials with the provider without sending (SMTP: connect and authenticate). */
  verify(): Promise<{ ok: true } | { ok: false; reason: string }>;
  /** Closes pooled connections. */
  close(): Promise<void>;
}

/**
 * A channel's settings as `PUT /v1/channels/{kind}` takes them, which of them are secrets (stored
 * encrypted, never returned), and how to open an adapter on them.
 */
export interface ChannelDefinition<Settings extends Record<string, unknown>> {
  kind: Exclude<ChannelKind, 'in_app'>;
  settings: z.ZodType<Settings>;
  /** Keys of Settings that are secrets; the API answers `"…set"` in their place. */
  secrets: readonly (keyof Settings & string)[];
  /** What the API may show of the settings (secrets and URL passwords removed). */
  redact(settings: Settings): Record<string, unknown>;
  open(settings: Settings): ChannelAdapter;
}
