// A zod issue in plain words that name the field: "order_total must be a number, not text", not
// zod's "Invalid input: expected number, received string". A message a schema wrote itself (a
// refine, a custom message) is kept as it is, after the field's name. The server says it for the
// routes' schemas, modules for the schemas they parse themselves.
import type { z } from 'zod';
import { paramOf, RetainError } from './errors.js';

/** A zod issue as fastify-type-provider-zod hands it over: the code, zod's message, the rest. */
export interface ValidationIssue {
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

const kinds: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  bigint: 'a whole number',
  boolean: 'true or false',
  object: 'a JSON object',
  array: 'an array',
  null: 'null',
  date: 'a date',
  nan: 'not a number',
};

const formats: Record<string, string> = {
  email: 'an email address',
  datetime: 'a date and time in ISO 8601 with a time zone, e.g. 2026-03-14T09:30:00Z',
  date: 'a date in ISO 8601, e.g. 2026-03-14',
  time: 'a time in ISO 8601, e.g. 09:30:00',
  url: 'a URL',
  uuid: 'a UUID',
  ulid: 'a ULID',
};

/** zod's own wording; anything else a schema wrote on purpose. */
const zodWording = /^(Invalid|Too small|Too big|Unrecognized key)/;

const quoted = (values: unknown[]) => values.map((value) => JSON.stringify(value)).join(', ');

function received(message: string | undefined): string | undefined {
  return message?.match(/received (\w+)$/)?.[1];
}

function bound(issue: ValidationIssue, word: 'least' | 'most'): string {
  const { origin, inclusive } = issue.params;
  const limit = Number(word === 'least' ? issue.params.minimum : issue.params.maximum);
  if (origin === 'string') {
    if (word === 'least' && limit === 1) return 'must not be empty';
    return `must be at ${word} ${limit} character${limit === 1 ? '' : 's'} long`;
  }
  if (origin === 'array' || origin === 'set') {
    if (word === 'least' && limit === 1) return 'must not be empty';
    return `must have at ${word} ${limit} item${limit === 1 ? '' : 's'}`;
  }
  if (inclusive === false) return `must be ${word === 'least' ? 'greater' : 'less'} than ${limit}`;
  return `must be at ${word} ${limit}`;
}

/** What is wrong, after the field's name: "must be a number, not text". */
function problem(issue: ValidationIssue): string | undefined {
  const { params } = issue;
  switch (issue.keyword) {
    case 'invalid_type': {
      const got = received(issue.message);
      if (got === 'undefined') return 'is required';
      const expected = kinds[String(params.expected)] ?? String(params.expected);
      const gotKind = got ? (kinds[got] ?? got) : undefined;
      return gotKind && gotKind !== expected && got !== 'number'
        ? `must be ${expected}, not ${gotKind}`
        : `must be ${expected}`;
    }
    case 'too_small':
      return bound(issue, 'least');
    case 'too_big':
      return bound(issue, 'most');
    case 'invalid_format':
      if (params.format === 'regex') return `must match the pattern ${String(params.pattern)}`;
      return `must be ${formats[String(params.format)] ?? `a valid ${String(params.format)}`}`;
    case 'invalid_value': {
      const values = Array.isArray(params.values) ? params.values : [];
      return values.length === 1 ? `must be ${quoted(values)}` : `must be one of ${quoted(values)}`;
    }
    case 'invalid_union':
      if (Array.isArray(params.options)) return `must be one of ${quoted(params.options)}`;
      return 'matches none of the accepted forms';
    case 'not_multiple_of':
      return `must be a multiple of ${String(params.divisor)}`;
    case 'unrecognized_keys': {
      const keys = Array.isArray(params.keys) ? params.keys.map(String) : [];
      return `has ${keys.length === 1 ? 'a field' : 'fields'} this operation does not take: ${keys.join(', ')}`;
    }
    default:
      return undefined;
  }
}

/** "order_total must be a number, not text"; `param` names the field, or the part of the request. */
export function validationMessage(param: string, issue: ValidationIssue): string {
  const subject = param || 'the request';
  const ownWords = issue.message !== undefined && !zodWording.test(issue.message);
  const words = ownWords ? undefined : problem(issue);
  if (words) return `${subject} ${words}`;
  return `${subject}: ${issue.message ?? 'is not valid'}`;
}

/** A zod issue a module's own safeParse found, in the same words, naming `param`. */
export function zodIssueMessage(param: string, issue: z.core.$ZodIssue): string {
  const { path: _path, code, message, ...params } = issue;
  return validationMessage(param, { keyword: code, message, params });
}

/**
 * A failed safeParse as the error a caller answers: its first issue in these words, naming the
 * field by its path (inside `under`, e.g. definition.conditions[1].path). An issue about the whole
 * value names `whole` in the message and no param.
 */
export function firstIssueError(
  error: z.ZodError,
  under: readonly PropertyKey[] = [],
  whole = 'the request',
): RetainError {
  const issue = error.issues[0]!;
  const param = paramOf([...under, ...issue.path]);
  return new RetainError('parameter_invalid', zodIssueMessage(param || whole, issue), param ? { param } : {});
}
