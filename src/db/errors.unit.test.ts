import { describe, expect, it } from 'vitest';
import { isTransientDatabaseError, sqlState } from './errors.js';

const pgError = (code: string) => Object.assign(new Error('database said no'), { code });
const wrapped = (cause: unknown) => Object.assign(new Error('Failed query: …'), { cause });

describe('database error classes', () => {
  it('finds the SQLSTATE inside the ORM wrapper', () => {
    expect(sqlState(wrapped(pgError('40P01')))).toBe('40P01');
    expect(sqlState(new Error('plain'))).toBeUndefined();
  });

  it('calls deadlocks, serialization failures, timeouts and lost connections transient', () => {
    for (const code of ['40001', '40P01', '57014', '57P01', '08006', '53300', '55P03']) {
      expect(isTransientDatabaseError(wrapped(pgError(code))), code).toBe(true);
    }
    expect(
      isTransientDatabaseError(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })),
    ).toBe(true);
    expect(isTransientDatabaseError(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('calls broken data and broken code permanent', () => {
    for (const code of ['23505', '22P02', '42703'])
      expect(isTransientDatabaseError(wrapped(pgError(code))), code).toBe(false);
    expect(isTransientDatabaseError(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(
      false,
    );
  });
});
