import fs from 'node:fs';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { fixedClock } from '../../core/clock.js';
import { queryOne, type Database } from '../../db/connection.js';
import { openTestDatabase } from '../../db/test-helpers.js';
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
});
