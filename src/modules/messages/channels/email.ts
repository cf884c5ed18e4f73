// Email over SMTP through nodemailer's pooled transport. The adapter keeps one Message-ID per
// message (`<msg_…@from-domain>`, the same on every attempt, so a receiver and a bounce can name
// it), adds the RFC 8058 one-click unsubscribe pair and the RFC 2919 List-ID, and reads nodemailer's
// errors (https://nodemailer.com/errors: `code`, `command`, `response`, `responseCode`) into
// the outcomes the dispatcher knows:
//
// | what the server or the network did                                 | outcome       |
// | ------------------------------------------------------------------ | ------------- |
// | 250 after the message                                              | sent          |
// | any 4xx (421, 450, 451, 452; 454 to AUTH), 503                     | retry         |
// | 550/551/553 to RCPT TO, enhanced status absent or 5.1.x/5.2.x      | undeliverable |
// | any other 5xx (554 to DATA, 552, 550 5.7.1 relaying denied…)       | failed        |
// | 535 and every other refused login                                  | failed        |
// | an address that is not one (never sent)                            | undeliverable |
// | refused connection, DNS, timeout or drop before the message went   | retry         |
// | a certificate refused while tls_reject_unauthorized is on          | failed        |
// | connection dropped or timed out once the message was going         | unknown       |
//
// "Once the message was going" is known exactly: the SMTP client reads the message stream only
// after the server answered DATA with 354, so a stream that was read is a message the server may
// hold (the pool itself uses the same test to requeue a message no byte of which was sent).
import { z } from 'zod';
import SMTPPool from 'nodemailer/lib/smtp-pool';
import type MailMessage from 'nodemailer/lib/mailer/mail-message';
import addressparser from 'nodemailer/lib/addressparser';
import { Readable } from 'node:stream';
import type { ChannelAdapter, ChannelDefinition, Mailbox, OutgoingMessage, SendResult } from './channel.js';
import { composeEmail } from './email-mime.js';
import { emailConnectionsDefault, emailConnectionsMax } from '../../../core/limits.js';

/**
 * Waits of the SMTP client. RFC 5321 §4.5.3.2 lets a client wait minutes for each reply; a
 * dispatcher holding a message that long holds every message behind it, so a server silent for
 * a minute is treated as gone (before the message went: retry; after: unknown).
 */
export interface SmtpTimeouts {
  connectionMs: number;
  greetingMs: number;
  socketMs: number;
}
const defaultTimeouts: SmtpTimeouts = { connectionMs: 30_000, greetingMs: 30_000, socketMs: 60_000 };

const emailAddress = z.email();

/** `"Shop <hi@shop.example>"` or `hi@shop.example` → a Mailbox, or why not. */
function parseMailbox(text: string): Mailbox | string {
  const parsed = addressparser(text, { flatten: true });
  if (parsed.length !== 1 || !parsed[0]) return 'must be one address, like "Shop <hi@shop.example>"';
  const { name, address } = parsed[0];
  if (!address || !emailAddress.safeParse(address).success) return `has no valid email address in "${text}"`;
  return { name: name || null, address };
}

interface SmtpServer {
  secure: boolean;
  host: string;
  port: number;
  user: string | null;
  pass: string | null;
}

function parseSmtpUrl(text: string): SmtpServer | string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'must be a URL like smtp://user:password@host:587 or smtps://user:password@host:465';
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    return `must start with smtp:// or smtps:// (smtps for TLS from the first byte), not ${url.protocol}//`;
  }
  if (!url.hostname) return 'has no host';
  if ((url.pathname !== '' && url.pathname !== '/') || url.search || url.hash) {
    return 'takes no path or query: smtp://user:password@host:port';
  }
  if (url.username && !url.password) return 'has a user but no password';
  const secure = url.protocol === 'smtps:';
  return {
    secure,
    // URL keeps an IPv6 host in brackets; sockets want it bare.
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    // 465 is implicit TLS, 587 submission with STARTTLS (RFC 8314 §3.3).
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    user: url.username ? decodeURIComponent(url.username) : null,
    pass: url.password ? decodeURIComponent(url.password) : null,
  };
}

/** RFC 2919 list-id: `label.namespace`, dot-atom text with at least one dot, written without `<>`. */
const listIdPattern = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+(\.[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+)+$/;

function bareListId(text: string): string {
  return text.trim().replace(/^<(.*)>$/, '$1');
}

function refineWith(parse: (text: string) => unknown) {
  return (text: string, ctx: z.core.$RefinementCtx<string>) => {
    const problem = parse(text);
    if (typeof problem === 'string') ctx.addIssue({ code: 'custom', message: problem });
  };
}

export const emailSettingsSchema = z
  .object({
    smtp_url: z.string().superRefine(refineWith(parseSmtpUrl)),
    from: z.string().superRefine(refineWith(parseMailbox)),
    reply_to: z.string().superRefine(refineWith(parseMailbox)).optional(),
    list_id: z
      .string()
      .refine((text) => listIdPattern.test(bareListId(text)), {
        message: 'must be an RFC 2919 list id like newsletter.shop.example',
      })
      .optional(),
    tls_reject_unauthorized: z.boolean().default(true),
    max_connections: z.number().int().min(1).max(emailConnectionsMax).default(emailConnectionsDefault),
  })
  .strict();

/** Settings as stored: strings as given (so they round-trip through the API), defaults filled. */
export type EmailSettings = z.output<typeof emailSettingsSchema>;

function redactUrl(text: string): string {
  const url = new URL(text);
  if (url.password) url.password = '***';
  return url.toString().replace(/\/$/, '');
}

function mailboxOf(text: string): Mailbox {
  const mailbox = parseMailbox(text);
  if (typeof mailbox === 'string') throw new Error(`email settings were not validated: from ${mailbox}`);
  return mailbox;
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/** The list id when the settings name none: the sender's local part under its domain. */
function defaultListId(from: Mailbox): string {
  const label = from.address
    .slice(0, from.address.lastIndexOf('@'))
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${label || 'mail'}.${domainOf(from.address)}`;
}

/** What nodemailer puts on the errors it hands back (its `NodemailerError`). */
interface SmtpError {
  message: string;
  code?: string;
  originalCode?: string;
  command?: string;
  response?: string;
  responseCode?: number;
}

const certificateErrors = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

function serverReply(error: SmtpError): string {
  return `SMTP ${error.response ?? error.responseCode}`;
}

/** Enhanced status (RFC 3463) of a reply, `5.1.1` out of `550 5.1.1 …`, when the server sent one. */
function enhancedStatus(response: string | undefined): string | null {
  return response?.match(/^\d{3}[ -]([245]\.\d{1,3}\.\d{1,3})\b/)?.[1] ?? null;
}

/**
 * An SMTP error as one of the dispatcher's outcomes. `messageWentOut`: the server had started
 * receiving the message itself (after its 354 to DATA).
 */
export function resultOfSmtpError(error: SmtpError, messageWentOut: boolean): SendResult {
  const code = error.responseCode;
  const providerCode = code === undefined ? undefined : String(code);
  if (error.code === 'EAUTH' || error.code === 'ENOAUTH') {
    // RFC 4954 §6: 454 is a temporary authentication failure; 535 and the rest are the credentials.
    if (code !== undefined && code >= 400 && code < 500)
      return { outcome: 'retry', reason: serverReply(error) };
    const reason = error.response ? serverReply(error) : error.message;
    return { outcome: 'failed', reason: `SMTP authentication failed: ${reason}`, providerCode };
  }
  if (code !== undefined && code >= 400) {
    // 503 (bad sequence of commands) is the session's state, not the message: a new connection
    // can take it (nodemailer's isPermanentResponseCode reads it the same way).
    if (code < 500 || code === 503) return { outcome: 'retry', reason: serverReply(error) };
    const status = enhancedStatus(error.response);
    const aboutTheMailbox = status === null || /^5\.[12]\./.test(status);
    if (error.command === 'RCPT TO' && [550, 551, 553].includes(code) && aboutTheMailbox) {
      return { outcome: 'undeliverable', reason: serverReply(error), providerCode };
    }
    return { outcome: 'failed', reason: serverReply(error), providerCode };
  }
  const systemCode = error.originalCode ?? error.code ?? 'unknown';
  if (certificateErrors.has(systemCode)) {
    return { outcome: 'failed', reason: `the SMTP server's TLS certificate was refused: ${error.message}` };
  }
  if (messageWentOut) {
    return {
      outcome: 'unknown',
      reason: `no answer after the message was sent (${systemCode}): ${error.message}`,
    };
  }
  if (['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EPROTOCOL'].includes(error.code ?? '')) {
    return { outcome: 'retry', reason: `SMTP connection failed (${systemCode}): ${error.message}` };
  }
  return { outcome: 'failed', reason: error.message };
}

function asSmtpError(error: unknown): SmtpError {
  if (error instanceof Error) return error as SmtpError;
  return { message: String(error) };
}

/** A stream of one buffer, read at most once. */
function bufferStream(buffer: Buffer): Readable {
  return new Readable({
    read() {
      this.push(buffer);
      this.push(null);
    },
  });
}

/**
 * Hands a composed message to nodemailer's pool. The pool reads only these members of a mail
 * (pool-resource.js): the envelope, the Message-ID, a new stream of the message for every
 * connection that tries it, and `data`'s optional signal, DSN and REQUIRETLS, none of which the
 * adapter uses. Going past nodemailer's Mailer and its composer is what composing the message
 * in one buffer saves (email-mime.ts).
 */
function poolSend(
  pool: SMTPPool,
  envelope: { from: string; to: string },
  messageId: string,
  createReadStream: () => Readable,
): Promise<void> {
  const mail = {
    data: {},
    message: {
      getEnvelope: () => ({ from: envelope.from, to: [envelope.to] }),
      messageId: () => messageId,
      getHeader: (key: string) => (key.toLowerCase() === 'message-id' ? messageId : undefined),
      createReadStream,
    },
  };
  return new Promise((resolve, reject) => {
    pool.send(mail as unknown as MailMessage<SMTPPool.SentMessageInfo>, (error) =>
      error ? reject(error) : resolve(),
    );
  });
}

/** An adapter on validated settings; tests pass shorter timeouts. */
export function openEmail(settings: EmailSettings, timeouts: SmtpTimeouts = defaultTimeouts): ChannelAdapter {
  const server = parseSmtpUrl(settings.smtp_url);
  if (typeof server === 'string') throw new Error(`email settings were not validated: smtp_url ${server}`);
  const from = mailboxOf(settings.from);
  const replyTo = settings.reply_to === undefined ? null : mailboxOf(settings.reply_to);
  const fromDomain = domainOf(from.address);
  const listId = settings.list_id === undefined ? defaultListId(from) : bareListId(settings.list_id);

  const pool = new SMTPPool({
    maxConnections: settings.max_connections,
    host: server.host,
    port: server.port,
    secure: server.secure,
    auth: server.user !== null ? { user: server.user, pass: server.pass ?? '' } : undefined,
    tls: { rejectUnauthorized: settings.tls_reject_unauthorized },
    connectionTimeout: timeouts.connectionMs,
    greetingTimeout: timeouts.greetingMs,
    socketTimeout: timeouts.socketMs,
  });

  async function send(message: OutgoingMessage): Promise<SendResult> {
    const { content, to } = message;
    if (!emailAddress.safeParse(to.address).success) {
      return { outcome: 'undeliverable', reason: `"${to.address}" is not an email address` };
    }
    if (!content.subject) return { outcome: 'failed', reason: 'the rendered email has no subject' };
    if (!content.html && !content.text)
      return { outcome: 'failed', reason: 'the rendered email has no body' };
    const messageId = `<${message.id}@${fromDomain}>`;
    const mime = composeEmail({
      messageId,
      from: content.from ?? from,
      replyTo: content.replyTo === undefined ? replyTo : content.replyTo,
      to: to.address,
      subject: content.subject,
      html: content.html,
      text: content.text,
      listId: message.listId === undefined ? listId : bareListId(message.listId),
      unsubscribeUrl: message.unsubscribeUrl,
      date: new Date(),
    });
    // Each stream the pool took (a message requeued after a connection closed gets a new one);
    // one the SMTP client read decides between retry and unknown when the connection goes.
    const streams: Readable[] = [];
    try {
      // Bounces go to the channel's verified sender whoever signs the message.
      await poolSend(pool, { from: from.address, to: to.address }, messageId, () => {
        const stream = bufferStream(mime);
        streams.push(stream);
        return stream;
      });
      return { outcome: 'sent', providerMessageId: messageId };
    } catch (error) {
      return resultOfSmtpError(
        asSmtpError(error),
        streams.some((stream) => stream.readableDidRead),
      );
    }
  }

  return {
    send,
    async verify() {
      try {
        await pool.verify();
        return { ok: true };
      } catch (error) {
        const result = resultOfSmtpError(asSmtpError(error), false);
        return { ok: false, reason: 'reason' in result ? result.reason : 'the SMTP server did not answer' };
      }
    },
    async close() {
      pool.close();
    },
  };
}

export const emailChannel: ChannelDefinition<EmailSettings> = {
  kind: 'email',
  settings: emailSettingsSchema,
  // The URL carries the password, so the whole URL is stored encrypted; redact shows it without.
  secrets: ['smtp_url'],
  redact: (settings) => ({ ...settings, smtp_url: redactUrl(settings.smtp_url) }),
  open: (settings) => openEmail(settings),
};
