import { catchUpPageEvents } from '../../core/limits.js';
import type { Db } from '../../db/connection.js';
import { plannerStatistics } from '../../db/statistics.js';
import { drainConsumers, stepConsumer, type Consumer } from '../events/index.js';

/**
 * Runs the consumers until they have applied everything in the log, reporting as it goes the
 * running count of events passed (summed over consumers, each counting the events it reads and the
 * ones it skips), so a command can show progress. Ends with `drainConsumers`, which also waits out
 * consumers another process holds at that moment.
 */
export async function catchUpConsumers(
  db: Db,
  consumers: Consumer[],
  onProgress?: (passed: number) => void,
): Promise<number> {
  let passed = 0;
  const statistics = plannerStatistics(db);
  for (let progressed = true; progressed;) {
    progressed = false;
    for (const consumer of consumers) {
      const result = await stepConsumer(db, consumer, catchUpPageEvents);
      if ('passed' in result && result.passed > 0) {
        passed += result.passed;
        progressed = true;
        await statistics.applied(result.passed);
        onProgress?.(passed);
      }
    }
  }
  passed += await drainConsumers(db, consumers);
  onProgress?.(passed);
  return passed;
}
