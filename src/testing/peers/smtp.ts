// A local SMTP server that speaks the real protocol (smtp-server) and keeps what it accepted, parsed
// (mailparser), for the email channel's tests: the headers as a receiver sees them, how many
// connections the client opened, and answers a test scripts — a refused recipient, a 4xx or 5xx to
// DATA, a connection dropped after the message, a slow answer.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export interface SmtpPeerOptions {
  /** Require this login (PLAIN or LOGIN); a wrong one gets 535. Without it the server takes no AUTH. */
  auth?: { user: string; pass: string };
  /** `implicit`: TLS from the first byte (smtps://), on a self-signed certificate made at start. */
  tls?: 'implicit';
}

interface PeerMailbox {
  name: string;
  address: string;
}

/** One message the peer answered 250 to. */
interface ReceivedMail {
  envelope: { from: string; to: string[] };
  /** Every header as received, by lower-case name, unfolded (the first one where a name repeats). */
  headers: Record<string, string>;
  messageId: string | null;
  subject: string | null;
  from: PeerMailbox | null;
  replyTo: PeerMailbox | null;
  html: string | null;
  text: string | null;
  rawSize: number;
  /** The login the client used, null without AUTH. */
  user: string | null;
  secure: boolean;
}

interface SmtpReply {
  code: number;
  text: string;
}

export interface SmtpPeer {
  /** `smtp://user:pass@127.0.0.1:port` (or `smtps://`), the password as the peer was started with. */
  url: string;
  port: number;
  received: ReceivedMail[];
  /** Connections opened since the start (a pooled client opens few). */
  connections(): number;
  /** Answer the next `times` RCPT TO for `address` with `reply` (default 550 5.1.1 user unknown). */
  refuseRecipient(address: string, times?: number, reply?: SmtpReply): void;
  /** Close the connection at the next `times` RCPT TO for `address`, before any message. */
  dropAtRecipient(address: string, times?: number): void;
  /** Answer the next `times` messages with `reply` instead of 250 (e.g. 451 4.3.0 or 554 5.7.1). */
  answerData(reply: SmtpReply, times?: number): void;
  /** Read the next `times` messages to the end, then close the connection without answering. */
  dropAfterData(times?: number): void;
  /** Wait `ms` before answering the next `times` messages with 250. */
  delayData(ms: number, times?: number): void;
  close(): Promise<void>;
}

type DataAction = { kind: 'reply'; reply: SmtpReply } | { kind: 'drop' } | { kind: 'delay'; ms: number };

const run = promisify(execFile);

/** A fresh self-signed certificate for 127.0.0.1 and localhost, valid for a day. */
async function selfSignedCertificate(): Promise<{ key: Buffer; cert: Buffer }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'retain-smtp-peer-'));
  try {
    const keyPath = path.join(dir, 'key.pem');
    const certPath = path.join(dir, 'cert.pem');
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout',
      keyPath,
      '-out',
      certPath,
    ]);
    return { key: await readFile(keyPath), cert: await readFile(certPath) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function smtpError(reply: SmtpReply): Error & { responseCode: number } {
  return Object.assign(new Error(reply.text), { responseCode: reply.code });
}

function firstMailbox(field: AddressObject | AddressObject[] | undefined): PeerMailbox | null {
  const object = Array.isArray(field) ? field[0] : field;
  const mailbox = object?.value[0];
  return mailbox ? { name: mailbox.name, address: mailbox.address ?? '' } : null;
}

export async function startSmtpPeer(options: SmtpPeerOptions = {}): Promise<SmtpPeer> {
  const received: ReceivedMail[] = [];
  const refusals = new Map<string, { reply: SmtpReply | 'drop'; left: number }>();
  const dataActions: DataAction[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let connections = 0;

  const secure = options.tls === 'implicit';
  const serverOptions: SMTPServerOptions = {
    logger: false,
    disableReverseLookup: true,
    closeTimeout: 100,
    // STARTTLS stays off: a plain peer is plain, a TLS peer is TLS from the first byte.
    disabledCommands: options.auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    allowInsecureAuth: true,
    authOptional: !options.auth,
    ...(secure ? { secure: true, ...(await selfSignedCertificate()) } : {}),
    onConnect(_session, callback) {
      connections += 1;
      callback();
    },
    onAuth(auth, _session, callback) {
      if (auth.username === options.auth?.user && auth.password === options.auth?.pass) {
        callback(null, { user: auth.username });
        return;
      }
      callback(smtpError({ code: 535, text: '5.7.8 Authentication credentials invalid' }));
    },
    onRcptTo(address, session, callback) {
      const refusal = refusals.get(address.address.toLowerCase());
      if (refusal && refusal.left > 0) {
        refusal.left -= 1;
        if (refusal.reply === 'drop') dropSession(session.id);
        else callback(smtpError(refusal.reply));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const action = dataActions.shift();
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (action?.kind === 'drop') {
          dropSession(session.id);
          return;
        }
        if (action?.kind === 'reply') {
          callback(smtpError(action.reply));
          return;
        }
        const raw = Buffer.concat(chunks);
        const accept = () =>
          simpleParser(raw).then(
            (parsed) => {
              const headers: Record<string, string> = {};
              for (const { key, line } of parsed.headerLines) {
                const unfolded = line.replace(/\r?\n(?=[ \t])/g, '');
                headers[key] ??= unfolded.slice(unfolded.indexOf(':') + 1).trim();
              }
              received.push({
                envelope: {
                  from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                  to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
                },
                headers,
                messageId: parsed.messageId ?? null,
                subject: parsed.subject ?? null,
                from: firstMailbox(parsed.from),
                replyTo: firstMailbox(parsed.replyTo),
                html: parsed.html || null,
                text: parsed.text ?? null,
                rawSize: raw.length,
                user: typeof session.user === 'string' ? session.user : null,
                secure: session.secure,
              });
              callback();
            },
            (error: Error) =>
              callback(smtpError({ code: 554, text: `5.6.0 unreadable message: ${error.message}` })),
          );
        if (action?.kind === 'delay') {
          const timer = setTimeout(() => {
            timers.delete(timer);
            void accept();
          }, action.ms);
          timers.add(timer);
          return;
        }
        void accept();
      });
    },
  };

  const server = new SMTPServer(serverOptions);
  // The session's own socket, the TLS one on smtps: tearing a TLS socket down from below crashes
  // Node, and close() would first answer what is pending (a 451), which is no drop.
  const dropSession = (id: string) =>
    [...server.connections].find((connection) => connection.session.id === id)?._socket.destroy();
  // A client that goes away mid-session is what some tests do on purpose.
  server.on('error', () => {});
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  if (address === null || typeof address === 'string') throw new Error('the SMTP peer did not get a port');
  const login = options.auth
    ? `${encodeURIComponent(options.auth.user)}:${encodeURIComponent(options.auth.pass)}@`
    : '';

  return {
    url: `${secure ? 'smtps' : 'smtp'}://${login}127.0.0.1:${address.port}`,
    port: address.port,
    received,
    connections: () => connections,
    refuseRecipient(recipient, times = 1, reply = { code: 550, text: `5.1.1 <${recipient}>: user unknown` }) {
      refusals.set(recipient.toLowerCase(), { reply, left: times });
    },
    dropAtRecipient(recipient, times = 1) {
      refusals.set(recipient.toLowerCase(), { reply: 'drop', left: times });
    },
    answerData(reply, times = 1) {
      for (let i = 0; i < times; i++) dataActions.push({ kind: 'reply', reply });
    },
    dropAfterData(times = 1) {
      for (let i = 0; i < times; i++) dataActions.push({ kind: 'drop' });
    },
    delayData(ms, times = 1) {
      for (let i = 0; i < times; i++) dataActions.push({ kind: 'delay', ms });
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
