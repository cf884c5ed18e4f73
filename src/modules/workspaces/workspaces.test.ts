import { describe, expect, it } from 'vitest';
import { createTestShop, useTestApp } from '../../testing/index.js';

const testApp = useTestApp();

describe('GET/PATCH /v1/workspace', () => {
  it('answers the workspace with the defaults of a new shop', async () => {
    const shop = await createTestShop(testApp());
    const response = await shop.request({ method: 'GET', url: '/v1/workspace' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      object: 'workspace',
      id: shop.workspace.id,
      currency: 'USD',
      timezone: 'UTC',
      locale: 'en',
    });
  });

  it('changes currency, time zone and locale', async () => {
    const shop = await createTestShop(testApp());
    const response = await shop.request({
      method: 'PATCH',
      url: '/v1/workspace',
      payload: { currency: 'vnd', timezone: 'Asia/Ho_Chi_Minh', locale: 'vi-vn', name: 'Cửa hàng' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      currency: 'VND',
      timezone: 'Asia/Ho_Chi_Minh',
      locale: 'vi-VN',
      name: 'Cửa hàng',
    });
  });

  it('names the bad field and changes nothing', async () => {
    const shop = await createTestShop(testApp());
    const response = await shop.request({
      method: 'PATCH',
      url: '/v1/workspace',
      payload: { timezone: 'Mars/Olympus', currency: 'JPY' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: {
        type: 'invalid_request_error',
        code: 'parameter_invalid',
        message: "'Mars/Olympus' is not an IANA time zone (e.g. Asia/Ho_Chi_Minh).",
        param: 'timezone',
      },
    });
    const after = await shop.request({ method: 'GET', url: '/v1/workspace' });
    expect(after.json().currency).toBe('USD');
  });

  it('keeps allowed_origins as browsers spell them, and names the bad one', async () => {
    const shop = await createTestShop(testApp());
    const patch = (origins: unknown) =>
      shop.request({ method: 'PATCH', url: '/v1/workspace', payload: { allowed_origins: origins } });
    const set = await patch(['https://shop.example', 'http://localhost:5173', 'https://shop.example']);
    expect(set.json()).toMatchObject({ allowed_origins: ['https://shop.example', 'http://localhost:5173'] });
    expect(set.json().settings).toEqual({});
    const refusals = [
      [['https://shop.example', 'https://shop.example/'], 'allowed_origins[1]'],
      [['http://shop.example'], 'allowed_origins[0]'],
      [['https://shop.example:443'], 'allowed_origins[0]'],
      [['shop.example'], 'allowed_origins[0]'],
      [Array.from({ length: 21 }, (_, i) => `https://s${i}.example`), 'allowed_origins'],
    ] as const;
    for (const [origins, param] of refusals) {
      const answer = await patch(origins);
      expect(answer.statusCode).toBe(400);
      expect(answer.json().error).toMatchObject({ code: 'parameter_invalid', param });
    }
    const after = await shop.request({ method: 'GET', url: '/v1/workspace' });
    expect(after.json().allowed_origins).toEqual(['https://shop.example', 'http://localhost:5173']);
  });

  it('rejects unknown fields by name', async () => {
    const shop = await createTestShop(testApp());
    const response = await shop.request({
      method: 'PATCH',
      url: '/v1/workspace',
      payload: { colour: 'red' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('parameter_invalid');
  });
});

describe('authentication', () => {
  it('answers 401 in the error shape without a key, and with a wrong key', async () => {
    const missing = await testApp().app.inject({ method: 'GET', url: '/v1/workspace' });
    expect(missing.statusCode).toBe(401);
    expect(missing.json()).toEqual({
      error: {
        type: 'authentication_error',
        code: 'api_key_missing',
        message: 'No API key: send `Authorization: Bearer sk_…`.',
      },
    });
    const wrong = await testApp().app.inject({
      method: 'GET',
      url: '/v1/workspace',
      headers: { authorization: 'Bearer sk_not_a_key' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('api_key_invalid');
  });

  it('keeps publishable keys off secret endpoints', async () => {
    const shop = await createTestShop(testApp());
    const response = await testApp().app.inject({
      method: 'GET',
      url: '/v1/workspace',
      headers: { authorization: `Bearer ${shop.publishableKey}` },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('secret_key_required');
  });

  it('stops accepting a revoked key', async () => {
    const shop = await createTestShop(testApp());
    const created = await shop.request({ method: 'POST', url: '/v1/api_keys', payload: { name: 'temp' } });
    expect(created.statusCode).toBe(201);
    const { id, key } = created.json();
    expect(key).toMatch(/^sk_[A-Za-z0-9_-]{32}$/);
    const revoked = await shop.request({ method: 'DELETE', url: `/v1/api_keys/${id}` });
    expect(revoked.statusCode).toBe(200);
    const after = await testApp().app.inject({
      method: 'GET',
      url: '/v1/workspace',
      headers: { authorization: `Bearer ${key}` },
    });
    expect(after.statusCode).toBe(401);
  });

  it('answers unknown routes with 404 in the error shape', async () => {
    const shop = await createTestShop(testApp());
    const response = await shop.request({ method: 'GET', url: '/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('route_not_found');
  });
});

describe('Idempotency-Key', () => {
  it('replays the first answer and refuses the key for another request', async () => {
    const shop = await createTestShop(testApp());
    const first = await shop.request({
      method: 'POST',
      url: '/v1/api_keys',
      payload: { name: 'once' },
      headers: { 'idempotency-key': 'k-1' },
    });
    const replay = await shop.request({
      method: 'POST',
      url: '/v1/api_keys',
      payload: { name: 'once' },
      headers: { 'idempotency-key': 'k-1' },
    });
    expect(replay.statusCode).toBe(201);
    // The replay answers the same key without its secret (src/server/replayed-secrets.test.ts).
    expect(replay.json()).toEqual({ ...first.json(), key: null });
    expect(replay.headers['idempotent-replayed']).toBe('true');
    const keys = (await shop.request({ method: 'GET', url: '/v1/api_keys' })).json();
    expect(keys.data.filter((k: { name: string }) => k.name === 'once')).toHaveLength(1);

    const reused = await shop.request({
      method: 'POST',
      url: '/v1/api_keys',
      payload: { name: 'other' },
      headers: { 'idempotency-key': 'k-1' },
    });
    expect(reused.statusCode).toBe(422);
    expect(reused.json().error.code).toBe('idempotency_key_reused');
  });
});
