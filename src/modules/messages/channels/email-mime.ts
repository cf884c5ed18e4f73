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

/** A message's text: a string, or a body encoded as base64 to be written in lines. */
type Piece = string | { base64: string };

const lineBreak = '\r\n';

/** Bytes a piece takes: base64 in lines of 76 (RFC 2045 §6.8), each ended by a line break. */
function pieceLength(piece: Piece): number {
  if (typeof piece === 'string') return Buffer.byteLength(piece, 'utf8');
  return piece.base64.length + Math.ceil(piece.base64.length / 76) * lineBreak.length;
}

/**
 * The pieces in one buffer of the exact size: the base64 bodies, a few kilobytes each, are written
 * line by line straight into it instead of being joined, concatenated and encoded again.
 */
function assemble(pieces: readonly Piece[]): Buffer {
  const buffer = Buffer.allocUnsafe(pieces.reduce((sum, piece) => sum + pieceLength(piece), 0));
  let at = 0;
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      at += buffer.write(piece, at, 'utf8');
      continue;
    }
    const { base64 } = piece;
    for (let from = 0; from < base64.length; from += 76) {
      at += buffer.write(base64.slice(from, from + 76), at, 'latin1');
      at += buffer.write(lineBreak, at, 'latin1');
    }
  }
  return buffer;
}

function base64Of(text: string): { base64: string } {
  return { base64: Buffer.from(text, 'utf8').toString('base64') };
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
  if (parts.html && parts.text) {
    headers.push(`Content-Type: multipart/alternative;\r\n boundary="${boundary}"`);
    return assemble([
      `${headers.join('\r\n')}\r\n\r\n--${boundary}\r\n${partHeaders('text/plain')}\r\n\r\n`,
      base64Of(parts.text),
      `--${boundary}\r\n${partHeaders('text/html')}\r\n\r\n`,
      base64Of(parts.html),
      `--${boundary}--\r\n`,
    ]);
  }
  headers.push(partHeaders(parts.html ? 'text/html' : 'text/plain'));
  return assemble([`${headers.join('\r\n')}\r\n\r\n`, base64Of(parts.html || parts.text || '')]);
}
