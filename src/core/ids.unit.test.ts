import { describe, expect, it } from 'vitest';
import { hasPrefix, newId } from './ids.js';

describe('newId', () => {
  it('gives prefixed ids that sort by creation and never repeat, within and across milliseconds', () => {
    const ids: string[] = [];
    const started = Date.now();
    while (Date.now() - started < 30) ids.push(newId('customer'));
    expect(ids.every((id) => hasPrefix(id, 'customer') && /^cus_[0-9A-HJKMNP-TV-Z]{26}$/.test(id))).toBe(
      true,
    );
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws fresh randomness for each new millisecond, spread over the whole alphabet', () => {
    const randomParts = new Set<string>();
    const characters = new Set<string>();
    // 300 ids take 4,800 random bytes: more than one fill of the pool.
    for (let i = 0; i < 300; i++) {
      const at = Date.now();
      while (Date.now() === at);
      const random = newId('event').slice(-16);
      randomParts.add(random);
      for (const character of random) characters.add(character);
    }
    expect(randomParts.size).toBe(300);
    expect(characters.size).toBe(32);
  });
});
