// An email's MIME text, built as one buffer. nodemailer's composer builds a tree of nodes per
// message and streams it in a dozen pieces through a dozen streams (each piped, each with its
// AbortController), which was most of the dispatcher's CPU per message (npm run bench -- messages);
// the dispatcher's emails have one shape — a subject, a plain-text and an HTML part, the sender and
// the list headers — which this writes directly. Header values go through nodemailer's own
// encoder (encoded words, punycode domains, the same folding), so the headers read as before.
import crypto from 'node:crypto';
import { foldLines } from 'nodemailer/lib/mime-funcs';
import MimeNode from 'nodemailer/lib/mime-node';
import type { Mailbox } from './channel.js';

export interface EmailParts {
  messageId: string;
  from: Mailbox;
  replyTo: Mailbox | null;
  to: string;
  subject: string;
  html?: string | undefined;
  text?: string | undefined;
  listId: string;
  unsubscribeUrl?: string | undefined;
  date: Date;
}

/** Encodes header values the way nodemailer's messages had them (B encoding, like the bodies). */
const headerEncoder = new MimeNode(false, { textEncoding: 'B' });

function header(key: string, value: string | { name: string; address: string }): string {
  return foldLines(`${key}: ${headerEncoder.encodeHeaderValue(key, value)}`, 76);
}

/** Mailboxes repeat (the channel's sender, a template's person): their header lines are kept. */
const mailboxLines = new Map<string, string>();
const mailboxLinesMax = 1000;

function mailboxHeader(key: 'From' | 'Reply-To', mailbox: Mailbox): string {
  const cacheKey = `${key}\n${mailbox.name ?? ''}\n${mailbox.address}`;
  let line = mailboxLines.get(cacheKey);
  if (line === undefined) {
    line = header(key, mailbox.name ? { name: mailbox.name, address: mailbox.address } : mailbox.address);
    if (mailboxLines.size >= mailboxLinesMax) mailboxLines.clear();
    mailboxLines.set(cacheKey, line);
  }
  return line;
}

/** A plain ASCII address needs none of the encoder's work (punycode, quoting). */
const plainAddress = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+$/;

/**
 * Base64 lines hold none of `_` or `-`, so no body line can be this boundary; one per process is
 * enough.
 */
const boundary = `--_retain_${crypto.randomBytes(8).toString('hex')}`;

/** Base64 in lines of 76 (RFC 2045 §6.8). */
function base64Lines(text: string): string {
  const encoded = Buffer.from(text, 'utf8').toString('base64');
  if (encoded.length <= 76) return encoded;
  const lines: string[] = [];
  for (let at = 0; at < encoded.length; at += 76) lines.push(encoded.slice(at, at + 76));
  return lines.join('\r\n');
}

function partHeaders(contentType: string): string {
  return `Content-Type: ${contentType}; charset=utf-8\r\nContent-Transfer-Encoding: base64`;
}

/** The whole message, CRLF line ends, ending in one. */
export function composeEmail(parts: EmailParts): Buffer {
  const headers = [mailboxHeader('From', parts.from)];
  if (parts.replyTo) headers.push(mailboxHeader('Reply-To', parts.replyTo));
  headers.push(
    plainAddress.test(parts.to) ? `To: ${parts.to}` : header('To', parts.to),
    header('Subject', parts.subject),
    header('Message-ID', parts.messageId),
    header('List-ID', `<${parts.listId}>`),
  );
  if (parts.unsubscribeUrl) {
    headers.push(
      header('List-Unsubscribe', `<${parts.unsubscribeUrl}>`),
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
  }
  headers.push(`Date: ${parts.date.toUTCString().replace(/GMT/, '+0000')}`, 'MIME-Version: 1.0');
  let body: string;
  if (parts.html && parts.text) {
    headers.push(`Content-Type: multipart/alternative;\r\n boundary="${boundary}"`);
    body =
      `--${boundary}\r\n${partHeaders('text/plain')}\r\n\r\n${base64Lines(parts.text)}` +
      `\r\n--${boundary}\r\n${partHeaders('text/html')}\r\n\r\n${base64Lines(parts.html)}` +
      `\r\n--${boundary}--\r\n`;
  } else {
    headers.push(partHeaders(parts.html ? 'text/html' : 'text/plain'));
    body = `${base64Lines(parts.html || parts.text || '')}\r\n`;
  }
  return Buffer.from(`${headers.join('\r\n')}\r\n\r\n${body}`, 'utf8');
}
