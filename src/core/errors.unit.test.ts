import { describe, expect, it } from 'vitest';
import { paramOf } from './errors.js';

describe('paramOf', () => {
  it('names nested parameters the way errors do', () => {
    expect(paramOf(['batch', 2, 'event'])).toBe('batch[2].event');
    expect(paramOf(['batch', 0, 'context', 'traits'])).toBe('batch[0].context.traits');
    expect(paramOf(['userId'])).toBe('userId');
    expect(paramOf([])).toBe('');
  });
});
