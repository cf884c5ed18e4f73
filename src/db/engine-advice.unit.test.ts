import { describe, expect, it } from 'vitest';
import { engineAdvice, type JudgedSettings } from './engine-advice.js';

const sound: JudgedSettings = {
  shared_buffers: '4GB',
  synchronous_commit: 'on',
  fsync: 'on',
  autovacuum: 'on',
};
const gib = 1024 ** 3;

describe('engineAdvice', () => {
  it('has nothing to say of a sound server', () => {
    expect(engineAdvice(sound, { sharedBufferBytes: 4 * gib, databaseBytes: 13 * gib })).toEqual([]);
  });

  it('names each setting that costs a promise or speed', () => {
    const advice = engineAdvice(
      { shared_buffers: '128MB', synchronous_commit: 'off', fsync: 'off', autovacuum: 'off' },
      { sharedBufferBytes: 128 * 1024 ** 2, databaseBytes: 13 * gib },
    );
    expect(advice.map((line) => line.split(' ')[0])).toEqual([
      'fsync',
      'synchronous_commit',
      'autovacuum',
      'shared_buffers',
    ]);
    expect(advice[3]).toContain('13.0 GB');
    expect(advice[3]).toContain('128MB');
  });

  it('judges the buffers against the database only once it outgrows any cache', () => {
    const small = { sharedBufferBytes: 128 * 1024 ** 2 };
    expect(engineAdvice(sound, { ...small, databaseBytes: 0.9 * gib })).toEqual([]);
    expect(engineAdvice(sound, { ...small, databaseBytes: 1.1 * gib })).toHaveLength(1);
    // An eighth of the database in buffers is enough.
    expect(engineAdvice(sound, { sharedBufferBytes: 2 * gib, databaseBytes: 16 * gib })).toEqual([]);
    expect(engineAdvice(sound, { sharedBufferBytes: 2 * gib - 1, databaseBytes: 16 * gib })).toHaveLength(1);
  });
});
