import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { exchange, retryAfterMs } from './http-answers.js';

describe('retryAfterMs', () => {
  const now = Date.parse('2026-12-06T10:00:00Z');
  const after = (value: string) => retryAfterMs(new Headers({ 'retry-after': value }), now);

  it('reads delay-seconds and HTTP-dates (RFC 9110 §10.2.3)', () => {
    expect(after('120')).toBe(120_000);
    expect(after('Sun, 06 Dec 2026 10:01:30 GMT')).toBe(90_000);
  });

  it('reads a date already past as now, and nothing readable as absent', () => {
    expect(after('Sun, 06 Dec 2026 09:00:00 GMT')).toBe(0);
    expect(after('soon')).toBeUndefined();
    expect(after('-5')).toBeUndefined();
    expect(retryAfterMs(new Headers(), now)).toBeUndefined();
  });
});

describe('exchange', () => {
  it('says unknown when the connection breaks after the request went out: it may have been acted on', async () => {
    const server = createServer((request) => request.on('end', () => request.socket.destroy()).resume());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const exchanged = await exchange(
        'Peer',
        `http://127.0.0.1:${port}/`,
        { method: 'POST', body: '{}' },
        2000,
      );
      expect(exchanged).toEqual({
        answered: false,
        result: {
          outcome: 'unknown',
          reason: expect.stringMatching(/^Peer: the connection broke before an answer/),
        },
      });
    } finally {
      server.close();
    }
  });

  it('reads an answer larger than it keeps only up to its cap, and still reports the status', async () => {
    const server = createServer((_request, response) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('x'.repeat(1024 * 1024));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const exchanged = await exchange('Peer', `http://127.0.0.1:${port}/`, { method: 'GET' }, 2000);
      expect(exchanged.answered && exchanged.answer.status).toBe(500);
      expect(exchanged.answered && exchanged.answer.text.length).toBe(64 * 1024);
    } finally {
      server.close();
    }
  });
});
