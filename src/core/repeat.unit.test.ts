import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { repeatEvery, repeatPausing } from './repeat.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('repeatPausing', () => {
  it('runs again after the pause each run answers, and after the error pause when one fails', async () => {
    const pauses = [50, 10];
    const errors: unknown[] = [];
    let runs = 0;
    const repeating = repeatPausing(
      async () => {
        runs += 1;
        if (runs === 3) throw new Error('no database');
        return pauses[runs - 1] ?? 1_000;
      },
      200,
      (error) => errors.push(error),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(49);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toBe(2);
    await vi.advanceTimersByTimeAsync(10);
    expect(runs).toBe(3);
    expect(errors).toEqual([new Error('no database')]);
    await vi.advanceTimersByTimeAsync(199);
    expect(runs).toBe(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toBe(4);
    await repeating.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(runs).toBe(4);
  });

  it('repeatEvery runs again the interval after each run ends', async () => {
    let runs = 0;
    const repeating = repeatEvery(
      100,
      async () => {
        runs += 1;
      },
      () => {},
    );
    await vi.advanceTimersByTimeAsync(99);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toBe(2);
    await repeating.stop();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toBe(2);
  });
});
