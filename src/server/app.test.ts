import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/connection.js';
import { createTestApp, createTestShop, openTestDatabase, type TestApp } from '../testing/index.js';

let database: Database;
let testApp: TestApp;
beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await createTestApp(database);
});
afterAll(async () => {
  await testApp.app.close();
  await database.close();
});

describe('service basics', () => {
  it('answers health and readiness without a key', async () => {
    expect((await testApp.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await testApp.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'current' } });
  });

  it('serves the OpenAPI document generated from the validating schemas, and readable docs', async () => {
    const response = await testApp.app.inject({ url: '/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    const patch = document.paths['/v1/workspace'].patch;
    expect(Object.keys(patch.requestBody.content['application/json'].schema.properties)).toEqual([
      'name',
      'currency',
      'timezone',
      'locale',
      'allowed_origins',
    ]);
    const docs = await testApp.app.inject({ url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('<html');
  });
});

describe('JSON bodies', () => {
  it('refuses text PostgreSQL cannot store, naming the parameter, and changes nothing', async () => {
    const shop = await createTestShop(testApp);
    const patch = (payload: string) =>
      shop.request({
        method: 'PATCH',
        url: '/v1/workspace',
        payload,
        headers: { 'content-type': 'application/json' },
      });
    for (const name of ['a\\u0000b', 'lone \\uD800 high']) {
      const refused = await patch(`{"currency":"JPY","name":"${name}"}`);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error).toMatchObject({ code: 'parameter_invalid', param: 'name' });
    }
    expect((await shop.request({ method: 'GET', url: '/v1/workspace' })).json()).toMatchObject({
      currency: 'USD',
    });
    // A pair of escapes is one character, which any text can hold.
    const paired = await patch('{"name":"\\uD83C\\uDF89 shop"}');
    expect(paired.json()).toMatchObject({ name: '\u{1F389} shop' });
  });

  it('refuses a NUL in path and query parameters, naming them', async () => {
    const shop = await createTestShop(testApp);
    const get = async (url: string) => (await shop.request({ method: 'GET', url })).json().error;
    expect(await get('/v1/customers?query=a%00b')).toMatchObject({
      code: 'parameter_invalid',
      param: 'query',
    });
    expect(await get('/v1/customers/a%00b/events')).toMatchObject({ code: 'parameter_invalid', param: 'id' });
    expect(await get('/v1/customers/a%00b')).toMatchObject({ code: 'parameter_invalid', param: 'id' });
    // Text any PostgreSQL can hold goes on to the route: an unknown customer.
    expect(await get('/v1/customers/a%C3%A9b')).toMatchObject({ code: 'resource_missing' });
  });

  it('answers a URL that is not UTF-8 in the error shape of every other error', async () => {
    const response = await testApp.app.inject({ url: '/v1/customers/%ED%A0%80' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: {
        type: 'invalid_request_error',
        code: 'url_invalid',
        message: "'/v1/customers/%ED%A0%80' is not a valid url component.",
      },
    });
  });
});

describe('the OpenAPI document’s responses', () => {
  type Response = { description: string; content?: Record<string, { schema?: { $ref?: string } }> };
  type Operations = Record<string, Record<string, { responses: Record<string, Response> }>>;
  const inErrorShape = (response: Response) =>
    response.content?.['application/json']?.schema?.$ref === '#/components/schemas/Error';

  async function openApi(): Promise<{ paths: Operations; components: { schemas: Record<string, unknown> } }> {
    return (await testApp.app.inject({ url: '/v1/openapi.json' })).json();
  }

  // The dashboard's types are generated from these schemas (npm run api:types).
  it('declares, for every operation, its success responses, each with the schema of its body', async () => {
    const { paths } = await openApi();
    const undeclared: string[] = [];
    for (const [path, operations] of Object.entries(paths)) {
      for (const [method, { responses }] of Object.entries(operations)) {
        const successes = Object.entries(responses).filter(([status]) => status.startsWith('2'));
        const described = successes.every(([status, { content }]) =>
          // A 204 has no body; every other success names its content and that content's schema.
          status === '204' ? content === undefined : Object.values(content ?? {}).some((c) => c.schema),
        );
        if (successes.length === 0 || !described) undeclared.push(`${method} ${path}`);
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('declares, for every operation, the 4xx it can answer, each in the one error shape', async () => {
    const { paths, components } = await openApi();
    const undeclared: string[] = [];
    for (const [path, operations] of Object.entries(paths)) {
      for (const [method, { responses }] of Object.entries(operations)) {
        const errors = Object.entries(responses).filter(([status]) => Number(status) >= 400);
        if (errors.length === 0 || !errors.every(([, response]) => inErrorShape(response)))
          undeclared.push(`${method} ${path}`);
      }
    }
    expect(undeclared).toEqual([]);
    expect(components.schemas.Error).toMatchObject({
      required: ['error'],
      properties: { error: { required: ['type', 'code', 'message'] } },
    });
  });

  it('declares statuses from the route’s auth, path and body, and the ones its code names', async () => {
    const { paths } = await openApi();
    const statuses = (path: string, method: string) => Object.keys(paths[path]![method]!.responses);
    expect(statuses('/v1/customers/{id}', 'get')).toEqual(['200', '400', '401', '403', '404', '414', '429']);
    expect(statuses('/v1/customers/{id}/redemptions', 'post')).toEqual(
      expect.arrayContaining(['400', '401', '403', '404', '409', '413', '415', '422']),
    );
    expect(statuses('/v1/customers/{id}/predictions', 'get')).toContain('422');
    expect(statuses('/auth/sign-in', 'post')).toEqual(['200', '400', '401', '413', '415', '429']);
  });
});
