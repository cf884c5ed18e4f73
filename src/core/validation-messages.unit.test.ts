import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { firstIssueError, zodIssueMessage } from './validation-messages.js';

/** The words for the first issue zod finds, naming the field by its path unless told. */
const say = (schema: z.ZodType, value: unknown, param?: string) => {
  const issue = schema.safeParse(value).error!.issues[0]!;
  return zodIssueMessage(param ?? issue.path.join('.'), issue);
};

describe('validation messages in words', () => {
  const body = z.object({ order_total: z.number() });

  it('say what the body and each field must be, not what zod expected and received', () => {
    expect(say(body, null, 'body')).toBe('body must be a JSON object, not null');
    expect(say(body, [], 'body')).toBe('body must be a JSON object, not an array');
    expect(say(body, { order_total: '1.234.000' })).toBe('order_total must be a number, not text');
    expect(say(body, {})).toBe('order_total is required');
    expect(say(z.object({ points: z.number().int() }), { points: 1.5 })).toBe(
      'points must be a whole number',
    );
    expect(say(z.object({ active: z.boolean() }), { active: 'yes' })).toBe(
      'active must be true or false, not text',
    );
  });

  it('say the bound, the format or the choices a value missed', () => {
    expect(say(z.object({ name: z.string().min(1) }), { name: '' })).toBe('name must not be empty');
    expect(say(z.object({ code: z.string().max(64) }), { code: 'x'.repeat(65) })).toBe(
      'code must be at most 64 characters long',
    );
    expect(say(z.object({ batch: z.array(z.number()).max(2) }), { batch: [1, 2, 3] })).toBe(
      'batch must have at most 2 items',
    );
    expect(say(z.object({ percent_off: z.number().min(1).max(100) }), { percent_off: 120 })).toBe(
      'percent_off must be at most 100',
    );
    expect(say(z.object({ total: z.number().positive() }), { total: 0 })).toBe(
      'total must be greater than 0',
    );
    expect(say(z.object({ email: z.email() }), { email: 'somchai' })).toBe('email must be an email address');
    expect(say(z.object({ at: z.iso.datetime() }), { at: 'yesterday' })).toBe(
      'at must be a date and time in ISO 8601 with a time zone, e.g. 2026-03-14T09:30:00Z',
    );
    expect(say(z.object({ role: z.enum(['owner', 'admin']) }), { role: 'boss' })).toBe(
      'role must be one of "owner", "admin"',
    );
    expect(say(z.object({ type: z.literal('track') }), { type: 'page' })).toBe('type must be "track"');
    const event = z.discriminatedUnion('type', [
      z.object({ type: z.literal('track') }),
      z.object({ type: z.literal('identify') }),
    ]);
    expect(say(z.object({ event }), { event: { type: 'alias' } })).toBe(
      'event.type must be one of "track", "identify"',
    );
    expect(say(z.strictObject({ code: z.string() }), { code: 'A', codes: 1 }, 'body')).toBe(
      'body has a field this operation does not take: codes',
    );
  });

  it('keep the words a schema wrote itself, after the field', () => {
    const schema = z.object({
      currency: z.string().refine((c) => c === 'VND', 'must be the shop’s currency, VND'),
    });
    expect(say(schema, { currency: 'THB' })).toBe('currency: must be the shop’s currency, VND');
  });
});

describe('firstIssueError', () => {
  it('is parameter_invalid naming the first issue’s field by its path inside the given one', () => {
    const schema = z.object({ conditions: z.array(z.object({ path: z.string() })), points: z.number() });
    const found = schema.safeParse({ conditions: [{ path: 'plan' }, { path: true }], points: 'ten' });
    const error = firstIssueError(found.error!, ['definition']);
    expect(error.code).toBe('parameter_invalid');
    expect(error.param).toBe('definition.conditions[1].path');
    expect(error.message).toBe('definition.conditions[1].path must be text, not true or false');
  });

  it('names the whole value in its words and no param when the issue is about the value itself', () => {
    const error = firstIssueError(z.object({ name: z.string() }).safeParse([]).error!, [], 'body');
    expect(error.param).toBeUndefined();
    expect(error.message).toBe('body must be a JSON object, not an array');
    expect(firstIssueError(z.object({}).safeParse(null).error!).message).toBe(
      'the request must be a JSON object, not null',
    );
  });
});
