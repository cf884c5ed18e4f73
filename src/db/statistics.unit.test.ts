import { describe, expect, it } from 'vitest';
import { plannerStatisticsBeside } from './statistics.js';

/** A refresh that waits to be released, counting how many ran and how many at once. */
function gatedRefresh() {
  const state = { started: 0, running: 0, mostAtOnce: 0, releases: [] as (() => void)[] };
  const refresh = () =>
    new Promise<void>((resolve) => {
      state.started += 1;
      state.running += 1;
      state.mostAtOnce = Math.max(state.mostAtOnce, state.running);
      state.releases.push(() => {
        state.running -= 1;
        resolve();
      });
    });
  const releaseNext = async () => {
    state.releases.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { state, refresh, releaseNext };
}

describe('planner statistics refreshed beside the consumers', () => {
  it('refreshes once the applied events first reach 5,000 and then each time they double', async () => {
    const { state, refresh, releaseNext } = gatedRefresh();
    const statistics = plannerStatisticsBeside(refresh, () => {});
    statistics.applied(4_999);
    expect(state.started).toBe(0);
    statistics.applied(1);
    expect(state.started).toBe(1);
    await releaseNext();
    statistics.applied(4_999);
    expect(state.started).toBe(1);
    statistics.applied(1);
    expect(state.started).toBe(2);
    await releaseNext();
    await statistics.settled();
  });

  it('runs one refresh at a time, and again after it when the events doubled meanwhile', async () => {
    const { state, refresh, releaseNext } = gatedRefresh();
    const statistics = plannerStatisticsBeside(refresh, () => {});
    statistics.applied(5_000);
    // A catch-up doubles the tables while the first refresh runs: its statistics would be stale.
    statistics.applied(5_000);
    statistics.applied(10_000);
    expect(state.started).toBe(1);
    await releaseNext();
    expect(state.started).toBe(2);
    await releaseNext();
    await statistics.settled();
    expect(state.started).toBe(2);
    expect(state.mostAtOnce).toBe(1);
  });

  it('reports a failed refresh and refreshes again at the next doubling', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const statistics = plannerStatisticsBeside(
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('analyze failed');
      },
      (error) => errors.push(error),
    );
    statistics.applied(5_000);
    await statistics.settled();
    expect(errors).toEqual([new Error('analyze failed')]);
    statistics.applied(5_000);
    await statistics.settled();
    expect(calls).toBe(2);
  });
});
