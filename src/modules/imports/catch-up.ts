import type { Db } from '../../db/connection.js';
import { plannerStatistics } from '../../db/statistics.js';
import { drainConsumers, stepConsumer, type Consumer } from '../events/index.js';

/**
 * Runs the consumers until they have applied everything in the log, reporting the running count
 * of events applied (summed over consumers) as it goes, so a command can show progress. Ends with
 * `drainConsumers`, which also waits out consumers another process holds at that moment.
 */
export async function catchUpConsumers(
  db: Db,
  consumers: Consumer[],
  onProgress?: (applied: number) => void,
): Promise<number> {
  let applied = 0;
  const statistics = plannerStatistics(db);
  for (let progressed = true; progressed;) {
    progressed = false;
    for (const consumer of consumers) {
      const result = await stepConsumer(db, consumer);
      if ('applied' in result && result.applied > 0) {
        applied += result.applied;
        progressed = true;
        await statistics.applied(result.applied);
        onProgress?.(applied);
      }
    }
  }
  applied += await drainConsumers(db, consumers);
  onProgress?.(applied);
  return applied;
}
