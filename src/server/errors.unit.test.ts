import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { InvariantViolation } from '../core/assert.js';
import { RetainError } from '../core/errors.js';
import { registerErrorHandling } from './errors.js';

/** An app whose one route throws `error`, and the lines it logs at level error. */
async function throwingApp(error: Error, strictCatalog: boolean) {
  const logged: { msg: string; err?: { message: string } }[] = [];
  const stream = new Writable({
    write(line: Buffer, _encoding, done) {
      logged.push(JSON.parse(line.toString()));
      done();
    },
  });
  const app = Fastify({ logger: { level: 'error', stream } });
  registerErrorHandling(app, { strictCatalog });
  app.get('/throws', async () => {
    throw error;
  });
  await app.ready();
  return { answer: await app.inject({ url: '/throws' }), logged };
}

describe('answering a RetainError', () => {
  it('answers a catalogued code with its status and type', async () => {
    const refused = await throwingApp(new RetainError('insufficient_points', 'Not enough.'), true);
    expect(refused.answer.statusCode).toBe(422);
    expect(refused.answer.json()).toEqual({
      error: { type: 'business_rule_error', code: 'insufficient_points', message: 'Not enough.' },
    });
    const tooLong = await throwingApp(new RetainError('url_too_long', 'Too long.', { param: 'id' }), true);
    expect(tooLong.answer.statusCode).toBe(414);
    expect(tooLong.answer.json().error).toMatchObject({ type: 'invalid_request_error', param: 'id' });
  });

  it('fails loudly in tests when the code is in no catalog, naming the code and where to add it', async () => {
    const { answer } = await throwingApp(new RetainError('no_such_code', 'Refused.'), true);
    expect(answer.statusCode).toBe(500);
    expect(answer.json().error).not.toHaveProperty('code');
    expect(answer.json().message).toBe(
      "Error code 'no_such_code' is in no catalog (src/server/error-catalog.ts).",
    );
  });

  it('answers a production 500 in the error shape, and logs the missing code as a bug', async () => {
    const { answer, logged } = await throwingApp(new RetainError('no_such_code', 'Refused.'), false);
    expect(answer.statusCode).toBe(500);
    expect(answer.json()).toEqual({
      error: { type: 'api_error', code: 'internal_error', message: 'Something went wrong on our side.' },
    });
    expect(logged).toEqual([
      expect.objectContaining({
        msg: 'bug: an error code is missing from the catalog',
        err: expect.objectContaining({ message: expect.stringContaining("'no_such_code'") }),
      }),
    ]);
  });
});

describe('answering a broken invariant', () => {
  const violation = () => new InvariantViolation('lot lot_1 holds -1 points');

  it('answers a 500 in the error shape and logs it as a bug, unlike a business error', async () => {
    const bug = await throwingApp(violation(), false);
    expect(bug.answer.statusCode).toBe(500);
    expect(bug.answer.json()).toEqual({
      error: { type: 'api_error', code: 'internal_error', message: 'Something went wrong on our side.' },
    });
    expect(bug.logged).toEqual([
      expect.objectContaining({
        msg: 'bug: invariant violated',
        err: expect.objectContaining({
          type: 'InvariantViolation',
          message: 'invariant violated: lot lot_1 holds -1 points',
        }),
      }),
    ]);

    const refused = await throwingApp(new RetainError('insufficient_points', 'Not enough.'), false);
    expect(refused.answer.statusCode).toBe(422);
    expect(refused.logged).toEqual([]);
  });

  it('fails loudly in tests, naming the invariant', async () => {
    const { answer, logged } = await throwingApp(violation(), true);
    expect(answer.statusCode).toBe(500);
    expect(answer.json().error).not.toHaveProperty('code');
    expect(answer.json().message).toBe('invariant violated: lot lot_1 holds -1 points');
    expect(logged).toContainEqual(expect.objectContaining({ msg: 'bug: invariant violated' }));
  });
});
