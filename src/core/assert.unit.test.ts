import { describe, expect, it } from 'vitest';
import { assert, InvariantViolation } from './assert.js';
import { RetainError } from './errors.js';

function thrownBy(run: () => void): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('assert', () => {
  it('passes a condition that holds and narrows its type', () => {
    const lot: { remaining: number | null } = { remaining: 3 };
    assert(lot.remaining !== null, 'a posted lot has a remainder');
    expect(lot.remaining + 1).toBe(4);
  });

  it('throws an InvariantViolation naming the invariant, never a RetainError', () => {
    const remaining = -1;
    const thrown = thrownBy(() => assert(remaining >= 0, `lot lot_1 holds ${remaining} points`));
    expect(thrown).toBeInstanceOf(InvariantViolation);
    expect(thrown).not.toBeInstanceOf(RetainError);
    expect(thrown).toMatchObject({
      name: 'InvariantViolation',
      message: 'invariant violated: lot lot_1 holds -1 points',
    });
  });
});
