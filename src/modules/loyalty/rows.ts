// Raw rows differ by how they are read: through Drizzle's node-postgres session, int8 and
// timestamptz arrive as strings (its per-query type parsers replace the pool's); straight from the
// pool, as numbers (connection.ts) and Dates. Every raw row loyalty reads passes through these.

export function int(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

export function intOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : int(value);
}

export function date(value: unknown): Date {
  return value instanceof Date ? value : new Date(value as string);
}

export function dateOrNull(value: unknown): Date | null {
  return value === null || value === undefined ? null : date(value);
}

/** Converts the named fields of each row in place and answers the rows typed. */
export function typed<Row>(
  rows: unknown[],
  fields: {
    ints?: readonly string[];
    intsOrNull?: readonly string[];
    dates?: readonly string[];
    datesOrNull?: readonly string[];
  },
): Row[] {
  for (const row of rows as Record<string, unknown>[]) {
    for (const key of fields.ints ?? []) row[key] = int(row[key]);
    for (const key of fields.intsOrNull ?? []) row[key] = intOrNull(row[key]);
    for (const key of fields.dates ?? []) row[key] = date(row[key]);
    for (const key of fields.datesOrNull ?? []) row[key] = dateOrNull(row[key]);
  }
  return rows as Row[];
}
