import pg from 'pg';
import { notificationReconnectMsMax } from '../core/limits.js';
import type { Database } from './connection.js';

export interface NotificationListener {
  stop(): Promise<void>;
}

export interface ListenHandlers {
  /** Each notification's payload, once its sending transaction has committed. */
  notified(payload: string): void;
  /** Called with true once listening, false as soon as the connection is lost (and again when back). */
  listening(on: boolean): void;
}

/**
 * LISTENs on `channel` over a connection of its own (a pooled one would be handed to others),
 * reconnecting with a growing pause after a loss. Notifications sent while disconnected are lost,
 * which is why `listening(false)` is said at once: what relies on them must stop trusting itself.
 */
export function listen(database: Database, channel: string, handlers: ListenHandlers): NotificationListener {
  let stopped = false;
  let client: pg.Client | undefined;
  let pauseMs = 100;
  let retry: NodeJS.Timeout | undefined;

  const lost = () => {
    client = undefined;
    if (stopped) return;
    handlers.listening(false);
    retry = setTimeout(() => void connect(), pauseMs);
    pauseMs = Math.min(pauseMs * 2, notificationReconnectMsMax);
  };
  const connect = async () => {
    const next = new pg.Client({
      connectionString: database.pool.options.connectionString,
      application_name: `retain-listen-${channel}`,
    });
    let gone = false;
    const goneOnce = () => {
      if (gone) return;
      gone = true;
      void next.end().catch(() => undefined);
      lost();
    };
    next.on('notification', (message) => handlers.notified(message.payload ?? ''));
    next.on('error', goneOnce);
    next.on('end', goneOnce);
    try {
      await next.connect();
      await next.query(`listen ${pg.escapeIdentifier(channel)}`);
    } catch {
      return goneOnce();
    }
    if (stopped) return void next.end();
    client = next;
    pauseMs = 100;
    handlers.listening(true);
  };
  void connect();
  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      handlers.listening(false);
      await client?.end();
    },
  };
}
