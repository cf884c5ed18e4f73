export interface Repeating {
  /** Stops the timer and waits for a run in progress to end. */
  stop(): Promise<void>;
}

/**
 * Runs `work` now and again `intervalMs` after each run ends, until stopped. Runs never overlap,
 * and a failed run goes to `onError` without ending the repetition: scheduled sweeps pick up next
 * time what one pass could not finish.
 */
export function repeatEvery(
  intervalMs: number,
  work: () => Promise<unknown>,
  onError: (error: unknown) => void,
): Repeating {
  return repeatPausing(
    async () => {
      await work();
      return intervalMs;
    },
    intervalMs,
    onError,
  );
}

/**
 * Runs `work` now and again after the pause each run answers, until stopped; a failed run goes to
 * `onError` and the next comes `pauseAfterErrorMs` later. Runs never overlap.
 */
export function repeatPausing(
  work: () => Promise<number>,
  pauseAfterErrorMs: number,
  onError: (error: unknown) => void,
): Repeating {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = work()
      .catch((error: unknown) => {
        onError(error);
        return pauseAfterErrorMs;
      })
      .then((pauseMs) => {
        if (!stopped) timer = setTimeout(tick, pauseMs);
      });
  };
  tick();
  return {
    stop: async () => {
      stopped = true;
      await running;
      if (timer) clearTimeout(timer);
    },
  };
}
