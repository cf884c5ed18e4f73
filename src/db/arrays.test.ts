// pgArray must hand PostgreSQL every value back exactly, whatever characters a text holds.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgArray } from './arrays.js';
import { queryRows, type Database } from './connection.js';
import { openTestDatabase } from '../testing/index.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database?.close());

const roundTrip = async (values: (string | number | null)[], type: 'text' | 'int' | 'float8') =>
  (
    await queryRows<{ value: string | number | null }>(
      database.db,
      sql`select value from unnest(${pgArray(values, type)}) with ordinality as a(value, n) order by n`,
    )
  ).map((row) => row.value);

describe('pgArray', () => {
  it('keeps texts with quotes, backslashes, separators and the word NULL as they are', async () => {
    const texts = [
      'cus_01',
      'say "hi"',
      'C:\\path\\',
      '{a,b}',
      ' padded ',
      '',
      'NULL',
      'Phở – ร้าน – 店',
      null,
    ];
    expect(await roundTrip(texts, 'text')).toEqual(texts);
  });

  it('sends numbers as they are and every non-finite one as null', async () => {
    expect(await roundTrip([1, -2, 0, Number.NaN], 'int')).toEqual([1, -2, 0, null]);
    expect(await roundTrip([0.1, 1e-7, 1795414065231.206, Number.POSITIVE_INFINITY], 'float8')).toEqual([
      0.1,
      1e-7,
      1795414065231.206,
      null,
    ]);
  });
});
