import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useTestApp } from '../testing/index.js';
import { withExamples } from './openapi-examples.js';

interface Media {
  example?: unknown;
  examples?: unknown;
}
interface Operation {
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { content?: Record<string, Media> }>;
}

const methods = ['get', 'post', 'put', 'patch', 'delete'];
const hasExample = (media: Media) => media.example !== undefined || media.examples !== undefined;

function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(numbersIn);
  return [];
}

describe('examples in the OpenAPI document', () => {
  const testApp = useTestApp();

  async function operations(): Promise<[string, Operation][]> {
    const response = await testApp().app.inject({ method: 'GET', url: '/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths: Record<string, Record<string, Operation>> = response.json().paths;
    return Object.entries(paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => methods.includes(method))
        .map(([method, operation]): [string, Operation] => [`${method.toUpperCase()} ${path}`, operation]),
    );
  }

  it('give every body and every success answer with content an example, and no amount of 2^53 − 1', async () => {
    const all = await operations();
    expect(all.length).toBeGreaterThan(90);
    const missing: string[] = [];
    const examples: unknown[] = [];
    for (const [name, operation] of all) {
      for (const [type, media] of Object.entries(operation.requestBody?.content ?? {})) {
        if (!hasExample(media)) missing.push(`${name} request (${type})`);
        examples.push(media.example);
      }
      for (const [status, answer] of Object.entries(operation.responses)) {
        if (!status.startsWith('2')) continue;
        for (const [type, media] of Object.entries(answer.content ?? {})) {
          if (!hasExample(media)) missing.push(`${name} ${status} (${type})`);
          examples.push(media.example);
        }
      }
    }
    expect(missing).toEqual([]);
    const extremes = numbersIn(examples).filter((n) => Math.abs(n) >= Number.MAX_SAFE_INTEGER);
    expect(extremes).toEqual([]);
  });

  it('show a VND order of 1,250,000 ₫ and a Thai customer', async () => {
    const byName = new Map(await operations());
    const track = byName.get('POST /v1/track')!.requestBody!.content['application/json']!.example;
    expect(track).toMatchObject({
      type: 'track',
      event: 'Order Completed',
      properties: { total: 1_250_000, currency: 'VND' },
    });
    const customer = byName.get('GET /v1/customers/{id}')!.responses['200']!.content!['application/json']!;
    expect(customer.example).toMatchObject({
      object: 'customer',
      id: expect.stringMatching(/^cus_/),
      locale: 'th-TH',
      timezone: 'Asia/Bangkok',
      erased_at: null,
    });
    const validate = byName.get('POST /v1/coupons/validate')!.requestBody!.content['application/json']!;
    expect(validate.example).toMatchObject({ order_total: 1_250_000 });
  });

  it('refuses to document an example the route’s own schema would refuse', () => {
    const body = z.object({ order_total: z.number().int().min(5_000_000) });
    const documented = { body: z.toJSONSchema(z.object({ order_total: z.number().int() })) };
    expect(() => withExamples(documented, { body }, 'POST /v1/example')).toThrow(
      'The OpenAPI example of POST /v1/example body does not fit its schema: order_total:',
    );
    expect(
      withExamples(documented, { body: z.object({ order_total: z.number() }) }, 'POST /v1/x').body,
    ).toEqual({
      ...documented.body,
      examples: [{ order_total: 1_250_000 }],
    });
  });
});
