import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { Analytics as SegmentAnalytics } from '@segment/analytics-node';
import RudderAnalytics from '@rudderstack/rudder-sdk-node';
import { fixedClock } from '../../core/clock.js';
import { queryRows, type Database } from '../../db/connection.js';
import {
  createTestApp,
  createTestShop,
  openTestDatabase,
  type TestApp,
  type TestShop,
} from '../../testing/index.js';

let database: Database;
let testApp: TestApp;
let baseUrl: string;
let wakes = 0;
// Requests are stamped with this clock: received times in assertions are exact.
const clock = fixedClock(new Date('2026-03-01T12:00:00.000Z'));

beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await createTestApp(database, { clock, wakeConsumers: () => (wakes += 1) });
  baseUrl = await testApp.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await testApp.app.close();
  await database.close();
});

interface StoredEvent {
  message_id: string;
  type: string;
  name: string | null;
  user_id: string | null;
  anonymous_id: string | null;
  previous_id: string | null;
  properties: Record<string, unknown>;
  traits: Record<string, unknown>;
  context: Record<string, unknown>;
  occurred_at: Date;
  received_at: Date;
  source: string;
}

async function eventsOf(shop: TestShop): Promise<StoredEvent[]> {
  const rows = await queryRows<StoredEvent>(
    database.db,
    sql`select message_id, type, name, user_id, anonymous_id, previous_id, properties, traits, context,
               occurred_at, received_at, source
        from events where workspace_id = ${shop.workspace.id} order by id`,
  );
  // Raw timestamptz arrives as a string through Drizzle's node-postgres session.
  return rows.map((row) => ({
    ...row,
    occurred_at: new Date(row.occurred_at),
    received_at: new Date(row.received_at),
  }));
}

const basic = (key: string) => `Basic ${Buffer.from(`${key}:`).toString('base64')}`;

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const track = (messageId: string, extra: Record<string, unknown> = {}) => ({
  type: 'track',
  messageId,
  userId: 'u1',
  event: 'Product Viewed',
  properties: { sku: 'A1' },
  ...extra,
});

describe('Segment-compatible ingestion with real clients', () => {
  it('stores identify and track sent by @segment/analytics-node', async () => {
    const shop = await createTestShop(testApp);
    const analytics = new SegmentAnalytics({ writeKey: shop.secretKey, host: baseUrl, flushAt: 2 });
    analytics.identify({ userId: 'user-7', traits: { email: 'ann@example.com', plan: 'gold' } });
    analytics.track({
      userId: 'user-7',
      event: 'Order Completed',
      properties: { order_id: 'o-1', total: 42.5, currency: 'USD', products: [{ sku: 'A1', quantity: 2 }] },
    });
    await analytics.closeAndFlush();

    const stored = await eventsOf(shop);
    expect(stored.map((e) => [e.type, e.user_id, e.name])).toEqual([
      ['identify', 'user-7', null],
      ['track', 'user-7', 'Order Completed'],
    ]);
    expect(stored[0]!.traits).toEqual({ email: 'ann@example.com', plan: 'gold' });
    expect(stored[1]!.properties).toEqual({
      order_id: 'o-1',
      total: 42.5,
      currency: 'USD',
      products: [{ sku: 'A1', quantity: 2 }],
    });
    expect(stored[1]!.context.library).toMatchObject({ name: '@segment/analytics-node' });
    expect(stored[0]!.message_id).toMatch(/^node-next-/);
    expect(stored.every((e) => e.source === 'api')).toBe(true);
    // The client's clock is this machine's, ours is fixed: occurred_at is corrected onto ours.
    expect(stored.every((e) => e.occurred_at.getTime() <= clock.now().getTime())).toBe(true);
    expect(stored.every((e) => e.received_at.toISOString() === '2026-03-01T12:00:00.000Z')).toBe(true);
  });

  it('stores identify and track sent by @rudderstack/rudder-sdk-node (gzip, form-labelled)', async () => {
    const shop = await createTestShop(testApp);
    const errors: unknown[] = [];
    const rudder = new RudderAnalytics(shop.secretKey, {
      dataPlaneUrl: baseUrl,
      flushAt: 1,
      logLevel: 'error',
      retryCount: 0,
      errorHandler: (error) => errors.push(error),
    });
    // Each call's callback runs once the request carrying it has been answered.
    await new Promise<void>((resolve) =>
      rudder.identify({ userId: 'user-9', traits: { email: 'bo@example.com' } }, resolve),
    );
    await new Promise<void>((resolve) =>
      rudder.track({ anonymousId: 'anon-3', event: 'Cart Viewed', properties: { items: 3 } }, resolve),
    );

    expect(errors).toEqual([]);
    const stored = await eventsOf(shop);
    expect(stored.map((e) => [e.type, e.user_id, e.anonymous_id, e.name])).toEqual([
      ['identify', 'user-9', null, null],
      ['track', null, 'anon-3', 'Cart Viewed'],
    ]);
    expect(stored[0]!.traits).toEqual({ email: 'bo@example.com' });
    expect(stored[1]!.properties).toEqual({ items: 3 });
    expect(stored[0]!.message_id).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('batches', () => {
  it('drops a replayed batch by messageId and still answers 200', async () => {
    const shop = await createTestShop(testApp);
    const body = {
      batch: [track('m-1'), track('m-2'), { type: 'identify', messageId: 'm-3', userId: 'u1' }],
    };
    const auth = { authorization: `Bearer ${shop.secretKey}` };
    expect(await post('/v1/batch', body, auth)).toEqual({ status: 200, body: { success: true } });
    expect(await post('/v1/batch', body, auth)).toEqual({ status: 200, body: { success: true } });
    expect((await eventsOf(shop)).map((e) => e.message_id)).toEqual(['m-1', 'm-2', 'm-3']);
  });

  it('stores nothing of a batch with one invalid message, and names its index and field', async () => {
    const shop = await createTestShop(testApp);
    const body = { batch: [track('ok-1'), track('bad', { event: undefined }), track('ok-2')] };
    const answer = await post('/v1/batch', body, { authorization: basic(shop.secretKey) });
    expect(answer).toEqual({
      status: 400,
      body: {
        error: {
          type: 'invalid_request_error',
          code: 'parameter_invalid',
          message: 'batch[1].event is required',
          param: 'batch[1].event',
        },
      },
    });
    expect(await eventsOf(shop)).toEqual([]);
  });

  it('names the message without a user, an unknown type and a bad timestamp', async () => {
    const shop = await createTestShop(testApp);
    const auth = { authorization: basic(shop.secretKey) };
    const param = async (item: Record<string, unknown>) =>
      (
        (await post('/v1/batch', { batch: [track('a'), track('b'), item] }, auth)).body.error as {
          param: string;
        }
      ).param;
    expect(await param({ type: 'track', event: 'E' })).toBe('batch[2].userId');
    expect(await param({ type: 'purchase', userId: 'u' })).toBe('batch[2].type');
    expect(await param(track('c', { timestamp: 'yesterday' }))).toBe('batch[2].timestamp');
    expect(await param({ type: 'alias', userId: 'u' })).toBe('batch[2].previousId');
    expect(await eventsOf(shop)).toEqual([]);
  });

  it('refuses an event over 32 KB naming it, and a batch over 500 KB, storing nothing', async () => {
    const shop = await createTestShop(testApp);
    const auth = { authorization: basic(shop.secretKey) };
    const big = (id: string, kb: number) => track(id, { properties: { blob: 'x'.repeat(kb * 1024) } });

    const oneTooBig = await post(
      '/v1/batch',
      { batch: [track('a'), track('b'), track('c'), big('d', 33)] },
      auth,
    );
    expect(oneTooBig.status).toBe(400);
    expect(oneTooBig.body.error).toMatchObject({ code: 'event_too_large', param: 'batch[3]' });

    const batchTooBig = await post(
      '/v1/batch',
      { batch: Array.from({ length: 17 }, (_, i) => big(`e${i}`, 30)) },
      auth,
    );
    expect(batchTooBig.status).toBe(400);
    expect(batchTooBig.body.error).toMatchObject({ code: 'batch_too_large' });

    const singleTooBig = await post('/v1/track', big('s', 33), auth);
    expect(singleTooBig.status).toBe(400);
    expect(singleTooBig.body.error).toMatchObject({ code: 'event_too_large' });

    const justUnder = await post(
      '/v1/batch',
      { batch: Array.from({ length: 15 }, (_, i) => big(`f${i}`, 31)) },
      auth,
    );
    expect(justUnder.status).toBe(200);
    expect(await eventsOf(shop)).toHaveLength(15);
  });

  it('measures an event as the log keeps it: with the batch’s shared context, without integrations', async () => {
    const shop = await createTestShop(testApp);
    const auth = { authorization: basic(shop.secretKey) };
    const kb = (n: number) => 'x'.repeat(n * 1024);
    const withContext = await post(
      '/v1/batch',
      {
        context: { note: kb(20) },
        batch: [track('small'), track('grown', { properties: { blob: kb(13) } })],
      },
      auth,
    );
    expect(withContext.body.error).toMatchObject({ code: 'event_too_large', param: 'batch[1]' });
    const dropped = await post(
      '/v1/batch',
      { batch: [track('kept', { properties: { blob: kb(13) }, integrations: { All: kb(30) } })] },
      auth,
    );
    expect(dropped.status).toBe(200);
    expect((await eventsOf(shop)).map((e) => e.message_id)).toEqual(['kept']);
  });

  it('merges the batch context under each message’s own', async () => {
    const shop = await createTestShop(testApp);
    const body = {
      context: { ip: '203.0.113.9', library: { name: 'curl' } },
      batch: [track('c-1', { context: { library: { name: 'mine' }, locale: 'vi-VN' } }), track('c-2')],
    };
    expect((await post('/v1/batch', body, { authorization: basic(shop.secretKey) })).status).toBe(200);
    expect((await eventsOf(shop)).map((e) => e.context)).toEqual([
      { ip: '203.0.113.9', library: { name: 'mine' }, locale: 'vi-VN' },
      { ip: '203.0.113.9', library: { name: 'curl' } },
    ]);
  });
});

describe('timestamps', () => {
  it('corrects the client clock with sentAt and clamps the future to the receive time', async () => {
    const shop = await createTestShop(testApp);
    // The client's clock runs 1 h ahead: it sent at 13:00 "its time", 10 s after the event.
    const body = {
      sentAt: '2026-03-01T13:00:00.000Z',
      batch: [
        track('skewed', { timestamp: '2026-03-01T12:59:50.000Z' }),
        track('original', { originalTimestamp: '2026-03-01T12:59:30.000+00:00' }),
        track('own-sentAt', { timestamp: '2026-01-01T00:00:00Z', sentAt: '2026-01-01T00:00:05Z' }),
      ],
    };
    expect((await post('/v1/batch', body, { authorization: basic(shop.secretKey) })).status).toBe(200);
    const future = { userId: 'u1', event: 'From The Future', timestamp: '2027-01-01T00:00:00Z' };
    expect((await post('/v1/track', future, { authorization: basic(shop.secretKey) })).status).toBe(200);
    expect(
      await post('/v1/track', { userId: 'u1', event: 'No Time' }, { authorization: basic(shop.secretKey) }),
    ).toMatchObject({ status: 200 });
    expect((await eventsOf(shop)).map((e) => [e.message_id.length > 0, e.occurred_at.toISOString()])).toEqual(
      [
        [true, '2026-03-01T11:59:50.000Z'],
        [true, '2026-03-01T11:59:30.000Z'],
        [true, '2026-03-01T11:59:55.000Z'],
        [true, '2026-03-01T12:00:00.000Z'],
        [true, '2026-03-01T12:00:00.000Z'],
      ],
    );
  });
});

describe('every call type', () => {
  it('stores identify, track, page, screen, group and alias with their fields', async () => {
    const shop = await createTestShop(testApp);
    const auth = { authorization: basic(shop.secretKey) };
    const calls: [string, Record<string, unknown>][] = [
      ['identify', { anonymousId: 'a1', traits: { name: 'Ann' } }],
      ['track', { userId: 42, event: 'Signed Up', properties: { via: 'ad' } }],
      ['page', { userId: 'u1', name: 'Home', category: 'Docs', properties: { path: '/' } }],
      ['screen', { userId: 'u1', name: 'Cart' }],
      ['group', { userId: 'u1', groupId: 'g1', traits: { plan: 'team' } }],
      ['alias', { userId: 'u1', previousId: 'a1' }],
    ];
    for (const [type, body] of calls) {
      expect(await post(`/v1/${type}`, { ...body, messageId: type }, auth)).toEqual({
        status: 200,
        body: { success: true },
      });
    }
    const stored = await eventsOf(shop);
    expect(
      stored.map((e) => [e.type, e.name, e.user_id, e.anonymous_id, e.previous_id, e.properties, e.traits]),
    ).toEqual([
      ['identify', null, null, 'a1', null, {}, { name: 'Ann' }],
      ['track', 'Signed Up', '42', null, null, { via: 'ad' }, {}],
      ['page', 'Home', 'u1', null, null, { path: '/', category: 'Docs' }, {}],
      ['screen', 'Cart', 'u1', null, null, {}, {}],
      ['group', null, 'u1', null, null, { groupId: 'g1' }, { plan: 'team' }],
      ['alias', null, 'u1', null, 'a1', {}, {}],
    ]);
  });

  it('keeps each JSON part as the client wrote it, keys in their order', async () => {
    const shop = await createTestShop(testApp);
    const properties = { zeta: 1, alpha: { z: true, a: null }, b: [3, 1] };
    const body = { userId: 'u1', event: 'Ordered Keys', messageId: 'keys', properties };
    await post('/v1/track', body, { authorization: basic(shop.secretKey) });
    const [stored] = await eventsOf(shop);
    // jsonb would have sorted the keys, shortest first, then by their bytes: b, zeta, alpha; a, z.
    expect(JSON.stringify(stored!.properties)).toBe(JSON.stringify(properties));
  });

  it('wakes the consumers after an append commits', async () => {
    const shop = await createTestShop(testApp);
    const before = wakes;
    await post('/v1/track', { userId: 'u1', event: 'E' }, { authorization: basic(shop.secretKey) });
    expect(wakes).toBe(before + 1);
  });
});

describe('authentication and bodies', () => {
  it('takes the key as Basic user, as Bearer, or as writeKey in the body; 401 without', async () => {
    const shop = await createTestShop(testApp);
    const call = { userId: 'u1', event: 'E' };
    expect(
      (await post('/v1/track', { ...call, messageId: 'basic' }, { authorization: basic(shop.secretKey) }))
        .status,
    ).toBe(200);
    expect(
      (
        await post(
          '/v1/track',
          { ...call, messageId: 'bearer' },
          { authorization: `Bearer ${shop.secretKey}` },
        )
      ).status,
    ).toBe(200);
    expect((await post('/v1/batch', { writeKey: shop.secretKey, batch: [track('body-key')] })).status).toBe(
      200,
    );

    expect(await post('/v1/track', call)).toMatchObject({
      status: 401,
      body: { error: { code: 'api_key_missing' } },
    });
    expect(await post('/v1/track', call, { authorization: basic('sk_nope') })).toMatchObject({
      status: 401,
      body: { error: { code: 'api_key_invalid' } },
    });
    expect(await post('/v1/batch', { writeKey: 'sk_nope', batch: [track('x')] })).toMatchObject({
      status: 401,
    });
    expect((await eventsOf(shop)).map((e) => e.message_id)).toEqual(['basic', 'bearer', 'body-key']);
  });

  it('reads gzip JSON whatever its label, and refuses a gzip bomb and broken bodies', async () => {
    const shop = await createTestShop(testApp);
    const auth = { authorization: basic(shop.secretKey) };
    const gzipped = zlib.gzipSync(JSON.stringify({ batch: [track('gz-1')] }));
    const form = { 'content-type': 'application/x-www-form-urlencoded', 'content-encoding': 'gzip' };
    expect(await post('/v1/batch', gzipped, { ...auth, ...form })).toEqual({
      status: 200,
      body: { success: true },
    });
    expect(
      (await post('/v1/track', JSON.stringify(track('plain')), { ...auth, 'content-type': 'text/plain' }))
        .status,
    ).toBe(200);

    const bomb = zlib.gzipSync(
      JSON.stringify({ batch: [track('b', { properties: { x: ' '.repeat(600 * 1024) } })] }),
    );
    expect(bomb.length).toBeLessThan(10 * 1024);
    expect((await post('/v1/batch', bomb, { ...auth, ...form })).body.error).toMatchObject({
      code: 'batch_too_large',
    });
    expect((await post('/v1/batch', Buffer.from('not gzip'), { ...auth, ...form })).body.error).toMatchObject(
      {
        code: 'body_invalid',
      },
    );
    expect((await post('/v1/batch', '{"batch": [', auth)).body.error).toMatchObject({ code: 'body_invalid' });
    expect((await post('/v1/batch', gzipped, { ...auth, 'content-encoding': 'br' })).status).toBe(415);
    expect((await eventsOf(shop)).map((e) => e.message_id)).toEqual(['gz-1', 'plain']);
  });

  it('refuses text PostgreSQL cannot store with a 400, storing nothing of the batch', async () => {
    const shop = await createTestShop(testApp);
    const auth = { authorization: basic(shop.secretKey) };
    for (const text of ['nul \\u0000 byte', 'lone \\ud800 surrogate']) {
      const body = `{"batch":[{"type":"track","userId":"u1","event":"E","messageId":"ok"},
                             {"type":"track","userId":"u1","event":"E","properties":{"note":"${text}"}}]}`;
      const answer = await post('/v1/batch', body, auth);
      expect(answer).toMatchObject({
        status: 400,
        body: { error: { code: 'body_invalid', param: 'batch[1].properties' } },
      });
    }
    const single = await post('/v1/identify', '{"userId":"u1","traits":{"name":"nul \\u0000"}}', auth);
    expect(single).toMatchObject({ status: 400, body: { error: { code: 'body_invalid', param: 'traits' } } });
    expect(await eventsOf(shop)).toEqual([]);
  });

  it('leaves strict JSON parsing to the other routes', async () => {
    const shop = await createTestShop(testApp);
    const answer = await post('/v1/api_keys', 'kind=secret', {
      authorization: `Bearer ${shop.secretKey}`,
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(answer).toMatchObject({ status: 415, body: { error: { code: 'unsupported_media_type' } } });
  });
});

describe('the OpenAPI document', () => {
  it('describes the ingestion calls', async () => {
    const response = await testApp.app.inject({ url: '/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths = (response.json() as { paths: Record<string, unknown> }).paths;
    expect(
      Object.keys(paths).filter((path) =>
        /^\/v1\/(identify|track|page|screen|group|alias|batch)$/.test(path),
      ),
    ).toHaveLength(7);
  });
});
