import { sql, type SQL } from 'drizzle-orm';

// Arrays are the way to pass many rows to a statement and keep the planner honest: PostgreSQL
// estimates `unnest($1::text[])` and `= any($1::text[])` from the array it is given, while
// json_to_recordset is always guessed at 100 rows, which turns a join on a few keys into a scan of
// the whole table.

const needsEscape = /["\\]/;

/** A JS array as one PostgreSQL array literal parameter (drizzle would expand a JS array). */
export function pgArray(
  values: ArrayLike<string | number | null>,
  type: 'text' | 'int' | 'bigint' | 'float8' | 'timestamptz',
): SQL {
  const items: string[] = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) {
      items[i] = 'NULL';
    } else if (typeof value === 'number') {
      items[i] = String(value);
    } else {
      // Most values (ids, names of stages) need no escaping: testing first is half the cost.
      items[i] = needsEscape.test(value)
        ? `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`
        : `"${value}"`;
    }
  }
  const literal = `{${items.join(',')}}`;
  return sql`${literal}::${sql.raw(type)}[]`;
}
