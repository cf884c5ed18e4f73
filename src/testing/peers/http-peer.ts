// What every HTTP provider peer shares: a node:http server on 127.0.0.1 (port 0), a record of every
// request it received, and answers a test injects ahead of the provider's own (a 429, a 500, a hang).
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  /** The path without the query. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  rawBody: Buffer;
  /** JSON parsed, form fields as an object, or undefined for other bodies. */
  body: unknown;
}

/** A provider's answer: status, headers and a JSON body (a string body is sent as is). */
export interface PeerReply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/**
 * What a test injects: an answer given instead of the provider's own, or a hang that never answers
 * (`deliver`: the request is first handled as the provider would, so it counts as received: the
 * answer was lost, not the request).
 */
type InjectedAnswer = PeerReply | { hang: true; deliver?: boolean };

export interface HttpPeer {
  /** http://127.0.0.1:<port> */
  url: string;
  /** Every request received, injected answers included, in order. */
  requests: ReceivedRequest[];
  /** The next `count` requests get `answer` instead of the provider's. */
  failNext(count: number, answer: InjectedAnswer): void;
  close(): Promise<void>;
}

/** A provider's answer; a promise when the provider does something first (posts a callback). */
export type PeerHandler = (request: ReceivedRequest) => PeerReply | Promise<PeerReply>;

function parseBody(headers: IncomingHttpHeaders, raw: Buffer): unknown {
  const type = headers['content-type'] ?? '';
  if (raw.length === 0) return undefined;
  if (type.includes('application/json')) {
    try {
      return JSON.parse(raw.toString('utf8')) as unknown;
    } catch {
      return undefined;
    }
  }
  if (type.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
  }
  return undefined;
}

async function readRequest(request: IncomingMessage): Promise<ReceivedRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const rawBody = Buffer.concat(chunks);
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  return {
    method: request.method ?? 'GET',
    path: url.pathname,
    query: url.searchParams,
    headers: request.headers,
    rawBody,
    body: parseBody(request.headers, rawBody),
  };
}

function reply(response: ServerResponse, answer: PeerReply): void {
  const body =
    answer.body === undefined
      ? ''
      : typeof answer.body === 'string'
        ? answer.body
        : JSON.stringify(answer.body);
  const headers: Record<string, string> = { ...answer.headers };
  if (answer.body !== undefined && typeof answer.body !== 'string' && !hasHeader(headers, 'content-type')) {
    headers['content-type'] = 'application/json; charset=utf-8';
  }
  response.writeHead(answer.status, headers);
  response.end(body);
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name);
}

/** Starts a peer whose provider logic is `handle`; resolves once it listens. */
export async function startHttpPeer(handle: PeerHandler): Promise<HttpPeer> {
  const requests: ReceivedRequest[] = [];
  const injected: InjectedAnswer[] = [];
  const server = createServer((incoming, response) => {
    readRequest(incoming).then(
      (request) => {
        requests.push(request);
        const next = injected.shift();
        if (next === undefined)
          return Promise.resolve(handle(request)).then(
            (answer) => reply(response, answer),
            () => response.destroy(),
          );
        if ('hang' in next) {
          if (next.deliver) void handle(request);
          return;
        }
        reply(response, next);
      },
      () => response.destroy(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext(count, answer) {
      for (let i = 0; i < count; i += 1) injected.push(answer);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The value of a header that arrives once (node joins repeats with ", "). */
export function header(request: ReceivedRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The Bearer token of a request, if it has one. */
export function bearerToken(request: ReceivedRequest): string | undefined {
  const match = /^Bearer (.+)$/.exec(header(request, 'authorization') ?? '');
  return match?.[1];
}

/** A URL on which nothing listens: a peer started and closed again, its port free. */
export async function refusingUrl(): Promise<string> {
  const peer = await startHttpPeer(() => ({ status: 500 }));
  await peer.close();
  return peer.url;
}
