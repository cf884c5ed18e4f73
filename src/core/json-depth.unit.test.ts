import { describe, expect, it } from 'vitest';
import { tooDeepPath } from './json-depth.js';

const nested = (levels: number): unknown => JSON.parse('['.repeat(levels) + ']'.repeat(levels));

describe('tooDeepPath', () => {
  it('accepts values up to the limit, counting the value itself as level 1', () => {
    expect(tooDeepPath({ a: { b: [1, { c: 'x' }] } }, 4)).toBeNull();
    expect(tooDeepPath(nested(32), 32)).toBeNull();
    expect(tooDeepPath('text', 1)).toBeNull();
  });

  it('answers the path of the first container past the limit, in document order', () => {
    expect(tooDeepPath({ a: { b: [1, { c: 'x' }] } }, 3)).toEqual(['a', 'b', 1]);
    expect(tooDeepPath({ ok: [[]], deep: [[[]]] }, 3)).toEqual(['deep', 0, 0]);
    expect(tooDeepPath(nested(33), 32)).toEqual(new Array(32).fill(0));
  });

  it('walks a million levels without overflowing the stack', () => {
    expect(tooDeepPath(nested(1_000_000), 32)).toHaveLength(32);
  });
});
