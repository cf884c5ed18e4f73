import fs from 'node:fs';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { fixedClock } from '../../core/clock.js';
import { queryOne, type Database } from '../../db/connection.js';
import { openTestDatabase } from '../../testing/index.js';
import { createWorkspace } from '../workspaces/index.js';
import { importCsv } from './index.js';
import { cdnowSamplePath } from '../../../test/fixtures/cdnow/index.js';

// The CDNOW 1/10 sample (test/fixtures/cdnow, see its README): whitespace-separated
// `master_id sample_id YYYYMMDD cds dollars`, no header. Converted here to the CSV a shop would
// export, one row per transaction, keyed by its line number.
const sampleFile = cdnowSamplePath;

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

describe('importing the CDNOW sample', () => {
  it('holds its 6,919 transactions of 2,357 customers, dated 1997-01-01 to 1998-06-30, with their dollars', async () => {
    const rows = fs
      .readFileSync(sampleFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/));
    const csv = ['order_id,customer_id,date,quantity_of_cds,dollar_value']
      .concat(
        rows.map(
          ([customer, , date, cds, dollars], index) =>
            `cdnow-${index + 1},${customer},${date},${cds},${dollars}`,
        ),
      )
      .join('\n');
    const cents = rows.reduce((sum, row) => sum + Math.round(Number(row[4]) * 100), 0);
    const { id: ws } = await createWorkspace(database.db, { currency: 'USD', timezone: 'America/New_York' });
    const report = await importCsv(database.db, ws, {
      type: 'orders',
      input: Readable.from([csv]),
      clock: fixedClock(new Date('2026-01-01T00:00:00Z')),
    });
    expect(report).toMatchObject({ rows: 6919, imported: 6919, unchanged: 0, failed: 0 });
    const log = await queryOne<{ orders: number; customers: number; cents: number; first: Date; last: Date }>(
      database.db,
      sql`select count(*)::int as orders, count(distinct user_id)::int as customers,
                 sum(round((properties->>'total')::numeric * 100))::int as cents,
                 min(occurred_at) as first, max(occurred_at) as last
          from events where workspace_id = ${ws} and name = 'Order Completed'`,
    );
    expect({
      ...log,
      first: new Date(log!.first).toISOString(),
      last: new Date(log!.last).toISOString(),
    }).toEqual({
      orders: 6919,
      customers: 2357,
      cents,
      first: '1997-01-01T05:00:00.000Z',
      last: '1998-06-30T04:00:00.000Z',
    });
    expect(cents).toBe(24_409_194);
  });

  it('reports bad rows at the lines an editor shows in the file awk makes of it', async () => {
    // awk '{ print "cdnow-" NR "," $1 "," $3 "," $5 "," $4 }' on the CRLF file: awk's fields split
    // on blanks only, so the dollars keep the line's \r, now before the last column.
    const awk = fs
      .readFileSync(sampleFile, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, index) => {
        const [customer, , date, cds, dollars] = line.replace(/^[ \t]+/, '').split(/[ \t]+/);
        return `cdnow-${index + 1},${customer},${date},${dollars},${cds}`;
      });
    expect(awk[0]).toBe('cdnow-1,00004,19970101,29.33\r,2');
    const bad = [
      'cdnow-6920,99999,19980631,1.00\r,1',
      'cdnow-6921,,19980601,1.00\r,1',
      'cdnow-6922,1,19980601,n/a\r,1',
    ];
    const csv = ['order_id,customer_id,date,dollar_value,cds', ...awk, ...bad].join('\n') + '\n';
    const { id: ws } = await createWorkspace(database.db, { currency: 'USD', timezone: 'America/New_York' });
    const report = await importCsv(database.db, ws, {
      type: 'orders',
      input: Readable.from([csv]),
      clock: fixedClock(new Date('2026-01-01T00:00:00Z')),
    });
    expect(report).toMatchObject({ rows: 6922, imported: 6919, failed: 3 });
    expect(report.errors.map((error) => error.line)).toEqual([6921, 6922, 6923]);
  });
});
