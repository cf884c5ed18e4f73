import { describe, expect, it } from 'vitest';
import { jsonDepthMax } from '../core/limits.js';
import { createTestShop, type TestShop, useTestApp } from '../testing/index.js';

// Input that reached a recursion or PostgreSQL's date range and answered 500: each is refused with
// 400, the parameter named, and nothing written.
const testApp = useTestApp();

const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
const json = { 'content-type': 'application/json' };

async function eventCount(shop: TestShop): Promise<number> {
  const response = await shop.request({ method: 'GET', url: '/v1/doctor' });
  expect(response.statusCode).toBe(200);
  const rows = await testApp().ctx.database.pool.query<{ n: number }>(
    'select count(*)::int as n from events where workspace_id = $1',
    [shop.workspace.id],
  );
  return rows.rows[0]!.n;
}

function expectRefused(
  response: { statusCode: number; json(): unknown },
  param: string | undefined,
  message: RegExp,
): void {
  expect(response.statusCode).toBe(400);
  const { error } = response.json() as { error: { code: string; param?: string; message: string } };
  expect(error.code).toBe('parameter_invalid');
  expect(error.param).toBe(param);
  expect(error.message).toMatch(message);
}

describe('JSON nested too deep', () => {
  it('is refused in /v1/track (4,500 levels) and /v1/batch (200,000), naming where, with nothing logged', async () => {
    const shop = await createTestShop(testApp());
    const track = await shop.request({
      method: 'POST',
      url: '/v1/track',
      headers: json,
      payload: `{"userId":"u1","event":"Deep","properties":{"a":${nested(4_500)}}}`,
    });
    expectRefused(track, `properties.a${'[0]'.repeat(jsonDepthMax - 2)}`, /nests deeper than 32 levels/);
    const batch = await shop.request({
      method: 'POST',
      url: '/v1/batch',
      headers: json,
      payload: `{"batch":[{"type":"track","userId":"u1","event":"Deep","properties":{"a":${nested(200_000)}}}]}`,
    });
    expectRefused(batch, `batch[0].properties.a${'[0]'.repeat(jsonDepthMax - 4)}`, /nests deeper/);
    expect(await eventCount(shop)).toBe(0);
  });

  it('is refused in any API body, with an Idempotency-Key too, and that key stays unused', async () => {
    const shop = await createTestShop(testApp());
    const deep = `{"name":"Deep","percent_off":10,"metadata":${nested(50_000)}}`;
    const headers = { ...json, 'idempotency-key': 'deep-1' };
    const refused = await shop.request({ method: 'POST', url: '/v1/coupons', headers, payload: deep });
    expectRefused(refused, `metadata${'[0]'.repeat(jsonDepthMax - 1)}`, /nests deeper/);
    const stored = await testApp().ctx.database.pool.query(
      `select 1 from idempotency_keys where workspace_id = $1`,
      [shop.workspace.id],
    );
    expect(stored.rowCount).toBe(0);
  });

  it('accepts the deepest body allowed', async () => {
    const shop = await createTestShop(testApp());
    const response = await shop.request({
      method: 'POST',
      url: '/v1/track',
      headers: json,
      payload: `{"userId":"u1","event":"Deep enough","properties":{"a":${nested(jsonDepthMax - 2)}}}`,
    });
    expect(response.statusCode).toBe(200);
    expect(await eventCount(shop)).toBe(1);
  });
});

describe('dates outside the supported years', () => {
  it('refuses a timestamp in year 0 and a sentAt that moves the corrected time out of range', async () => {
    const shop = await createTestShop(testApp());
    const yearZero = await shop.request({
      method: 'POST',
      url: '/v1/track',
      headers: json,
      payload: { userId: 'u1', event: 'Old', timestamp: '0000-01-01T00:00:00Z' },
    });
    expectRefused(yearZero, 'timestamp', /between the years 1900 and 2999/);
    const skewed = await shop.request({
      method: 'POST',
      url: '/v1/batch',
      headers: json,
      payload: {
        sentAt: '2999-12-31T00:00:00Z',
        batch: [{ type: 'track', userId: 'u1', event: 'Skewed', timestamp: '1901-01-01T00:00:00Z' }],
      },
    });
    expectRefused(skewed, 'sentAt', /corrected timestamp is not between the years 1900 and 2999/);
    const ownSentAt = await shop.request({
      method: 'POST',
      url: '/v1/batch',
      headers: json,
      payload: {
        batch: [
          { type: 'track', userId: 'u1', event: 'Fine' },
          {
            type: 'track',
            userId: 'u1',
            event: 'Skewed',
            timestamp: '1901-01-01T00:00:00Z',
            sentAt: '2999-01-01T00:00:00Z',
          },
        ],
      },
    });
    expectRefused(ownSentAt, 'batch[1].sentAt', /corrected timestamp/);
    expect(await eventCount(shop)).toBe(0);
  });

  it('refuses expiry dates and report bounds outside the years (coupons, the points liability)', async () => {
    const shop = await createTestShop(testApp());
    const coupon = await shop.request({
      method: 'POST',
      url: '/v1/coupons',
      headers: json,
      payload: { name: 'Old', kind: 'percent_off', percent_off: 10, expires_at: '0000-01-01T00:00:00Z' },
    });
    expectRefused(coupon, 'expires_at', /between the years 1900 and 2999/);
    const liability = await shop.request({
      method: 'GET',
      url: '/v1/loyalty/liability?from=9999-12-31T00:00:00Z',
    });
    expectRefused(liability, 'from', /between the years 1900 and 2999/);
    const listed = await shop.request({ method: 'GET', url: '/v1/coupons' });
    expect(listed.json()).toMatchObject({ data: [] });
  });

  it('refuses a report period in year 9999, naming the parameter', async () => {
    const shop = await createTestShop(testApp());
    const summary = await shop.request({
      method: 'GET',
      url: '/v1/analytics/summary?from=9999-12-01&to=9999-12-31',
    });
    expectRefused(summary, 'to', /to must be between the years 1900 and 2999/);
    const asOf = await shop.request({
      method: 'GET',
      url: '/v1/analytics/summary?as_of=0001-01-01T00:00:00Z',
    });
    expectRefused(asOf, 'as_of', /as_of must be between the years 1900 and 2999/);
  });
});
