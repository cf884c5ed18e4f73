import { describe, expect, it } from 'vitest';
import { pathParamLengthMax } from '../core/limits.js';
import { issueSetupToken } from '../modules/users/index.js';
import { createTestShop, useTestApp } from '../testing/index.js';

const testApp = useTestApp();

// Values a client sends by mistake (or on purpose) in a path or query parameter, percent-encoded.
const oddValues = [
  'x',
  '%20',
  '-1',
  '0',
  '99999999999999999999',
  'null',
  '..',
  'cus_',
  '%27%3B%20drop%20table%20events',
  '%F0%9F%8E%89',
  '%00',
  '%FF',
  'a'.repeat(300),
  'a'.repeat(pathParamLengthMax + 1),
];
const oddBodies = [{}, [], 'x', { id: null, limit: -1, name: 'a'.repeat(10_000) }];

interface Operation {
  parameters?: { name: string; in: string }[];
  responses: Record<string, unknown>;
}

type Send = (options: {
  method: 'GET';
  url: string;
  payload?: string;
  headers?: Record<string, string>;
}) => Promise<{ statusCode: number; body: string; json(): { error?: { code?: string } } }>;

/**
 * Sends every operation odd values and bodies; answers what came back as a 5xx, out of shape, or
 * with a status the OpenAPI document does not declare for the operation.
 */
async function sweep(send: Send, skip: string[] = []): Promise<string[]> {
  const document = (await testApp().app.inject({ url: '/v1/openapi.json' })).json() as {
    paths: Record<string, Record<string, Operation>>;
  };
  const failures: string[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    if (skip.includes(path)) continue;
    for (const [method, operation] of Object.entries(operations)) {
      const query = (operation.parameters ?? []).filter((parameter) => parameter.in === 'query');
      const mutates = method !== 'get' && method !== 'delete';
      for (const [index, value] of oddValues.entries()) {
        let url = path.replace(/\{\w+\}/g, value);
        if (query.length > 0) url += `?${query.map((parameter) => `${parameter.name}=${value}`).join('&')}`;
        const body = oddBodies[index % oddBodies.length];
        const answer = await send({
          method: method.toUpperCase() as 'GET',
          url,
          ...(mutates
            ? { payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } }
            : {}),
        });
        const where = `${method.toUpperCase()} ${url.slice(0, 80)} → ${answer.statusCode}`;
        if (answer.statusCode >= 500) failures.push(`${where} ${answer.body.slice(0, 120)}`);
        else if (answer.statusCode >= 400 && !answer.json().error?.code)
          failures.push(`${where} not in the error shape`);
        else if (answer.statusCode >= 400 && !(answer.statusCode in operation.responses))
          failures.push(`${where} not declared in the OpenAPI document`);
      }
    }
  }
  return failures;
}

describe('every route, given bad input', () => {
  it('answers a secret key in the error shape with a 4xx, never a 500', async () => {
    const shop = await createTestShop(testApp());
    expect(await sweep((options) => shop.request(options))).toEqual([]);
  }, 120_000);

  it('answers a signed-in owner the same way', async () => {
    const shop = await createTestShop(testApp());
    testApp().ctx.defaultWorkspaceId = shop.workspace.id;
    // Another address than the first sweep's, whose sign-in attempts used up its rate limit.
    const remoteAddress = '198.51.100.7';
    const signedUp = await testApp().app.inject({
      remoteAddress,
      method: 'POST',
      url: '/auth/sign-up-owner',
      payload: {
        email: `sweep.${shop.workspace.id}@example.com`,
        password: 'correct horse battery',
        name: 'Owner',
        setup_token: await issueSetupToken(testApp().ctx.db, shop.workspace.id, new Date()),
      },
    });
    expect(signedUp.statusCode).toBe(201);
    const session = {
      cookie: String(signedUp.headers['set-cookie']).split(';')[0]!,
      'x-retain-csrf': signedUp.json().csrf_token as string,
    };
    // Signing out would end the session the rest of the sweep runs in.
    const failures = await sweep(
      ({ headers, ...options }) =>
        testApp().app.inject({ ...options, remoteAddress, headers: { ...headers, ...session } }),
      ['/auth/sign-out'],
    );
    expect(failures).toEqual([]);
  }, 120_000);
});
