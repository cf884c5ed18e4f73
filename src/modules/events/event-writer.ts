import type { Database } from '../../db/connection.js';
import { sqlState } from '../../db/errors.js';
import { copyEventRows, insertEventRows, type EventInsertRow } from './queries.js';

/** Writes rows to the log, skipping messageIds already there; answers the ids it wrote. */
export type WriteEventRows = (rows: EventInsertRow[]) => Promise<string[]>;

const uniqueViolation = '23505';

/**
 * Ingestion's writer: COPY, the cheaper statement, and the INSERT that skips duplicates when COPY
 * meets one (a replayed batch, or a messageId twice in one flush).
 */
export function eventRowWriter(database: Database): WriteEventRows {
  const { db, pool } = database;
  return async (rows) => {
    try {
      await copyEventRows(pool, rows);
      return rows.map((row) => row.id);
    } catch (error) {
      if (sqlState(error) !== uniqueViolation) throw error;
      return insertEventRows(db, rows);
    }
  };
}
