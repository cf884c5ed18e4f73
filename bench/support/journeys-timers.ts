// The journeys worker as the server runs it (its loops each claiming again until nothing is due,
// then again when the next run falls due, or after the idle pause), remembering when each call
// committed: a run's step carries the worker's clock at the claim, and the commit comes after the
// whole claimed page, so lateness is taken both ways.
import { journeysWorkerIdleMs } from '../../src/core/limits.js';
import type { Db } from '../../src/db/connection.js';
import { dueRunsStepper, pauseBeforeNextDue } from '../../src/modules/journeys/worker.js';

export interface TimerWorker {
  /** The step moment (ISO) of each call that stepped runs → when that call committed (ms since epoch). */
  committedAt: Map<string, number>;
  calls: { runs: number; ms: number }[];
  errors: number;
  stop(): Promise<void>;
}

export function startTimerWorker(db: Db, loopCount: number): TimerWorker {
  const worker: TimerWorker = { committedAt: new Map(), calls: [], errors: 0, stop: async () => undefined };
  let stopped = false;
  const loop = async () => {
    const step = dueRunsStepper(db);
    while (!stopped) {
      const now = new Date();
      const started = performance.now();
      const runs = await step(now).catch(() => {
        worker.errors++;
        return 0;
      });
      if (runs > 0) {
        worker.committedAt.set(now.toISOString(), Date.now());
        worker.calls.push({ runs, ms: performance.now() - started });
      } else {
        const pause = await pauseBeforeNextDue(db, new Date()).catch(() => journeysWorkerIdleMs);
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  };
  const loops = Array.from({ length: loopCount }, loop);
  worker.stop = async () => {
    stopped = true;
    await Promise.all(loops);
  };
  return worker;
}
