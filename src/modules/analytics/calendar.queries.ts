// The workspace calendar in SQL: local dates read in the workspace time zone, and the database's
// clock.
import { sql } from 'drizzle-orm';
import { pgArray } from '../../db/arrays.js';
import { queryOne, queryRows, type Db } from '../../db/connection.js';

/** The instants at which local calendar dates (YYYY-MM-DD) begin in time zone `tz`. */
export async function localMidnights(db: Db, tz: string, dates: string[]): Promise<Date[]> {
  const rows = await queryRows<{ at: Date }>(
    db,
    sql`select (d::date::timestamp at time zone ${tz}) as at
        from unnest(${pgArray(dates, 'text')}) with ordinality as t(d, n) order by n`,
  );
  return rows.map((row) => new Date(row.at));
}

/** The local calendar date (YYYY-MM-DD) of an instant in time zone `tz`. */
export async function localDate(db: Db, tz: string, at: Date): Promise<string> {
  const row = await queryOne<{ day: string }>(
    db,
    sql`select to_char((${at.toISOString()}::timestamptz at time zone ${tz})::date, 'YYYY-MM-DD') as day`,
  );
  return row!.day;
}

export async function databaseNow(db: Db): Promise<Date> {
  const row = await queryOne<{ now: Date }>(db, sql`select clock_timestamp() as now`);
  return new Date(row!.now);
}
