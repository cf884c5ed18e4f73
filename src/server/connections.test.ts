import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/connection.js';
import { createTestApp, createTestShop, openTestDatabase, type TestApp } from '../testing/index.js';
import { connectionLimits, type ConnectionLimits } from './connections.js';

// Real sockets against `listen` on 127.0.0.1: `inject` has no connection to time out or to count.
// The limits are the production ones shortened, so a stalled client is dropped within a second.

const short: ConnectionLimits = {
  ...connectionLimits,
  headersMs: 300,
  idleMs: 400,
  checkIntervalMs: 50,
};

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

async function listening(limits: ConnectionLimits): Promise<{ testApp: TestApp; port: number }> {
  const testApp = await createTestApp(database, { app: { connections: limits } });
  await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  const address = testApp.app.server.address() as net.AddressInfo;
  return { testApp, port: address.port };
}

interface Client {
  socket: net.Socket;
  /** Resolves once the server closes the connection: the time it took and what it answered. */
  closed: Promise<{ afterMs: number; received: string }>;
}

async function connect(port: number): Promise<Client> {
  const socket = net.connect(port, '127.0.0.1');
  const started = Date.now();
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
  const closed = new Promise<{ afterMs: number; received: string }>((resolve) => {
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ afterMs: Date.now() - started, received }));
  });
  await new Promise<void>((resolve) => socket.once('connect', resolve));
  return { socket, closed };
}

/** Writes the parts `gapMs` apart, as long as the connection stays open. */
async function trickle(client: Client, parts: string[], gapMs: number): Promise<void> {
  for (const part of parts) {
    if (client.socket.destroyed) return;
    client.socket.write(part);
    await sleep(gapMs);
  }
}

async function connectionsOpen(testApp: TestApp): Promise<number> {
  return new Promise((resolve, reject) =>
    testApp.app.server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
  );
}

describe('timeouts of a connection', () => {
  let testApp: TestApp;
  let port: number;
  beforeAll(async () => {
    ({ testApp, port } = await listening(short));
  });
  afterAll(async () => {
    await testApp.app.close();
  });

  it('drops a client that trickles its headers, though it is never idle', async () => {
    const client = await connect(port);
    const headers = Array.from({ length: 100 }, (_, i) => `X-Slow-${i}: 1\r\n`);
    void trickle(client, ['GET /healthz HTTP/1.1\r\nHost: localhost\r\n', ...headers], 50);
    const { afterMs } = await client.closed;
    expect(afterMs).toBeGreaterThanOrEqual(short.headersMs);
    expect(afterMs).toBeLessThan(short.headersMs + 1_000);
  });

  it('drops a client whose body stops coming', async () => {
    const client = await connect(port);
    client.socket.write(
      'POST /v1/track HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
        'Content-Length: 100\r\n\r\n{"type":',
    );
    const { afterMs, received } = await client.closed;
    expect(received).toBe('');
    expect(afterMs).toBeGreaterThanOrEqual(short.idleMs);
    expect(afterMs).toBeLessThan(short.idleMs + 1_000);
  });

  it('lets an import whose body keeps coming run past every short timeout', async () => {
    const shop = await createTestShop(testApp);
    const client = await connect(port);
    const rows = Array.from({ length: 8 }, (_, i) => `W${i},c${i},2026-01-01,10.50\n`);
    const chunk = (text: string) => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;
    await trickle(
      client,
      [
        'POST /v1/imports?type=orders HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n' +
          `Authorization: Bearer ${shop.secretKey}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n`,
        chunk('order_id,customer_id,date,total\n'),
        ...rows.map(chunk),
        '0\r\n\r\n',
      ],
      short.idleMs / 2,
    );
    const { afterMs, received } = await client.closed;
    expect(afterMs).toBeGreaterThan(short.idleMs * 2);
    expect(received).toMatch(/^HTTP\/1\.1 200 /);
    expect(received).toContain('"rows":8');
  });

  it('lets a handler work longer than the idle timeout once the request is in', async () => {
    const shop = await createTestShop(testApp);
    const applyPendingEvents = testApp.ctx.applyPendingEvents;
    testApp.ctx.applyPendingEvents = () => sleep(short.idleMs * 3);
    try {
      const answer = await fetch(`http://127.0.0.1:${port}/v1/imports?type=orders&wait=true`, {
        method: 'POST',
        headers: { authorization: `Bearer ${shop.secretKey}`, 'content-type': 'text/csv' },
        body: 'order_id,customer_id,date,total\nW1,c1,2026-01-01,10.50\n',
      });
      expect(answer.status).toBe(200);
    } finally {
      testApp.ctx.applyPendingEvents = applyPendingEvents;
    }
  });
});

describe('the cap on connections', () => {
  it('closes connections past the cap at once, and serves again once one is gone', async () => {
    const { testApp, port } = await listening({ ...connectionLimits, connectionsMax: 3 });
    try {
      const held = await Promise.all([connect(port), connect(port), connect(port)]);
      await expect.poll(() => connectionsOpen(testApp)).toBe(3);
      const refused = await connect(port);
      expect(await refused.closed).toMatchObject({ received: '' });

      held[0]!.socket.destroy();
      await expect.poll(() => connectionsOpen(testApp)).toBe(2);
      const answer = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(answer.status).toBe(200);
      for (const client of held) client.socket.destroy();
    } finally {
      await testApp.app.close();
    }
  });
});
