// The dispatcher running in a server: a loop that dispatches while there is work, then waits for a
// NOTIFY from an enqueuing transaction (any process) or the next poll — deferred messages become
// due by the clock, with nobody to notify.
import type { Clock } from '../../../core/clock.js';
import type { Database } from '../../../db/connection.js';
import { listen } from '../../../db/notifications.js';
import { ChannelAdapters } from '../channel-store.js';
import { dispatcherChannel } from '../outbox.js';
import { Dispatcher } from './dispatcher.js';
import { dispatchIdlePollMs, dispatchLoopsPerProcess } from '../../../core/limits.js';

export interface RunningDispatcher {
  wake(): void;
  stop(): Promise<void>;
}

export function startDispatcher(
  database: Database,
  options: {
    clock: Clock;
    secretKey: Buffer | undefined;
    publicUrl: string;
    sendLeaseMs?: number | undefined;
    onError: (error: unknown) => void;
  },
): RunningDispatcher {
  const adapters = new ChannelAdapters(options.secretKey);
  const dispatcher = new Dispatcher(database.db, adapters, {
    clock: options.clock,
    publicUrl: options.publicUrl,
    ...(options.sendLeaseMs ? { sendLeaseMs: options.sendLeaseMs } : {}),
  });
  let stopped = false;
  const sleepers = new Set<() => void>();
  const wake = () => {
    for (const resume of sleepers) resume();
  };
  const listener = listen(database, dispatcherChannel, { notified: wake, listening: () => undefined });
  const loop = async () => {
    while (!stopped) {
      let claimed = 0;
      try {
        claimed = (await dispatcher.dispatchOnce()).claimed;
      } catch (error) {
        options.onError(error);
      }
      if (claimed > 0 || stopped) continue;
      await new Promise<void>((resolve) => {
        const resume = () => {
          clearTimeout(timer);
          sleepers.delete(resume);
          resolve();
        };
        const timer = setTimeout(resume, dispatchIdlePollMs);
        sleepers.add(resume);
      });
    }
  };
  // Several loops, each claiming its own batch: a provider that hangs holds one batch until its
  // timeout, not every channel of every shop.
  const loops = Array.from({ length: dispatchLoopsPerProcess }, loop);
  return {
    wake,
    async stop() {
      stopped = true;
      wake();
      await Promise.all(loops);
      await listener.stop();
      await adapters.close();
    },
  };
}
