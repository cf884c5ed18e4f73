import { sql } from 'drizzle-orm';
import { doctorBacklogCountMax } from '../../core/limits.js';
import { queryRows, type Db } from '../../db/connection.js';

export interface ConsumerStatus {
  consumer: string;
  /** Events in the log beyond the cursor, counted up to `doctorBacklogCountMax`. */
  eventsBehind: number;
  /** Events this consumer could not apply and skipped (see consumer_failures). */
  failures: number;
  updatedAt: string;
}

/** Where each consumer stands: its backlog and the events it had to skip. */
export async function consumerStatuses(db: Db): Promise<ConsumerStatus[]> {
  const rows = await queryRows<{
    consumer: string;
    behind: number;
    failures: number;
    updated_at: Date | string;
  }>(
    db,
    sql`select c.consumer, c.updated_at,
               (select count(*)::int from (
                  select 1 from events e where (e.tx_id, e.id) > (c.tx_id, c.event_id) limit ${doctorBacklogCountMax}
                ) backlog) as behind,
               (select count(*)::int from consumer_failures f where f.consumer = c.consumer) as failures
        from consumer_cursors c order by c.consumer`,
  );
  return rows.map((row) => ({
    consumer: row.consumer,
    eventsBehind: row.behind,
    failures: row.failures,
    updatedAt: new Date(row.updated_at).toISOString(),
  }));
}
