import { describe, expect, it } from 'vitest';
import { catchUpPageEvents, consumerStepTargetMs } from '../../core/limits.js';
import { nextPageSize } from './consumers.js';

describe('nextPageSize', () => {
  it('shrinks in proportion after a slow step, doubles after a fast one, within 1 and the catch-up size', () => {
    expect(nextPageSize(1_000, consumerStepTargetMs * 4)).toBe(250);
    expect(nextPageSize(1, consumerStepTargetMs * 10)).toBe(1);
    expect(nextPageSize(250, consumerStepTargetMs / 4)).toBe(500);
    expect(nextPageSize(catchUpPageEvents, 0)).toBe(catchUpPageEvents);
    expect(nextPageSize(catchUpPageEvents / 2 + 1, 0)).toBe(catchUpPageEvents);
    expect(nextPageSize(300, consumerStepTargetMs * 0.75)).toBe(300);
    expect(nextPageSize(4_000, consumerStepTargetMs * 2)).toBe(2_000);
  });
});
