import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { fixedClock } from '../../core/clock.js';
import { eventBytesMax, importErrorsReportedMax, importRecordBytesMax } from '../../core/limits.js';
import { queryOne, queryRows, type Database } from '../../db/connection.js';
import { openTestDatabase } from '../../testing/index.js';
import { consumers } from '../../server/consumers.js';
import { drainConsumers } from '../events/index.js';
import { createWorkspace, type WorkspaceChanges } from '../workspaces/index.js';
import { importCsv, type ImportType } from './index.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

const clock = fixedClock(new Date('2026-11-01T00:00:00Z'));

async function shop(fields: WorkspaceChanges = {}) {
  return (await createWorkspace(database.db, fields)).id;
}

async function importText(workspaceId: string, type: ImportType, csv: string) {
  const report = await importCsv(database.db, workspaceId, { type, input: Readable.from([csv]), clock });
  await drainConsumers(database.db, consumers);
  return report;
}

/** Imports the file as a client would send it: bytes, in chunks that cut characters and line endings. */
async function importBytes(workspaceId: string, type: ImportType, bytes: Buffer) {
  const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) =>
    bytes.subarray(i * 7, i * 7 + 7),
  );
  const report = await importCsv(database.db, workspaceId, { type, input: Readable.from(chunks), clock });
  await drainConsumers(database.db, consumers);
  return report;
}

const count = async (table: 'orders' | 'customers' | 'events', workspaceId: string) =>
  (await queryOne<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from ${sql.identifier(table)} where workspace_id = ${workspaceId}`,
  ))!.n;

const ordersOf = (workspaceId: string) =>
  queryRows<{
    order_id: string;
    external_id: string;
    total_minor: number;
    currency: string;
    placed_at: Date;
  }>(
    database.db,
    sql`select o.order_id, c.external_id, o.total_minor::int as total_minor, o.currency, o.placed_at
        from orders o join customers c on c.id = o.customer_id
        where o.workspace_id = ${workspaceId} order by o.order_id`,
  );

describe('importing orders, one row per order', () => {
  it('reads aliased headers, amounts as written and dates in the workspace zone; a second import changes nothing', async () => {
    const ws = await shop({ currency: 'VND', timezone: 'Asia/Ho_Chi_Minh' });
    const csv = [
      'Order ID,Customer,Order Date,Amount,Currency',
      'A1,c1,20260105,250000,',
      'A2,c1,2026-02-10T09:30:00Z,189000,VND',
      'A3,c2,2026-03-01 08:00,29.33,USD',
    ].join('\n');
    const report = await importText(ws, 'orders', csv);
    expect(report).toMatchObject({
      object: 'import',
      type: 'orders',
      rows: 3,
      imported: 3,
      unchanged: 0,
      failed: 0,
      errors: [],
    });
    const orders = await ordersOf(ws);
    expect(
      orders.map((o) => [
        o.order_id,
        o.external_id,
        o.total_minor,
        o.currency,
        new Date(o.placed_at).toISOString(),
      ]),
    ).toEqual([
      ['A1', 'c1', 250000, 'VND', '2026-01-04T17:00:00.000Z'],
      ['A2', 'c1', 189000, 'VND', '2026-02-10T09:30:00.000Z'],
      ['A3', 'c2', 2933, 'USD', '2026-03-01T01:00:00.000Z'],
    ]);
    const eventsBefore = await count('events', ws);
    const again = await importText(ws, 'orders', csv);
    expect(again).toMatchObject({ rows: 3, imported: 0, unchanged: 3, failed: 0 });
    expect(await count('events', ws)).toBe(eventsBefore);
    expect(await count('orders', ws)).toBe(3);
  });

  it('reports each bad row by line and reason and imports the good ones', async () => {
    const ws = await shop();
    const csv = [
      'order_id,customer_id,date,total',
      'B1,c1,2026-01-01,10.00',
      'B2,c1,01/02/2026,10.00',
      '',
      'B3,,2026-01-03,10.00',
      'B4,c2,2026-02-30,10.00',
      'B5,c2,2026-01-05,"1,234.50"',
      'B6,c3,2026-01-06,12.5',
      'B1,c9,2026-01-07,99',
    ].join('\n');
    const report = await importText(ws, 'orders', csv);
    expect(report).toMatchObject({ rows: 7, imported: 2, unchanged: 0, failed: 5, errors_omitted: 0 });
    expect(report.errors).toEqual([
      {
        line: 3,
        reason: "date '01/02/2026' is not a date in ISO 8601 (2024-03-05, 2024-03-05T14:30:00Z) or YYYYMMDD",
        code: 'date_invalid',
        field: 'date',
        params: { value: '01/02/2026' },
      },
      { line: 5, reason: 'customer_id is empty', code: 'empty', field: 'customer_id', params: {} },
      {
        line: 6,
        reason: "date '2026-02-30' is not a real calendar date and time",
        code: 'date_impossible',
        field: 'date',
        params: { value: '2026-02-30' },
      },
      {
        line: 7,
        reason:
          "total '1,234.50' is not a plain decimal number (write 1234.50, without separators or symbols)",
        code: 'amount_invalid',
        field: 'total',
        params: { value: '1,234.50' },
      },
      {
        line: 9,
        reason: "order_id 'B1' appears again (first on line 2): an order's rows must be consecutive",
        code: 'order_repeated',
        field: 'order_id',
        params: { value: 'B1', first_line: '2' },
      },
    ]);
    expect((await ordersOf(ws)).map((o) => [o.order_id, o.total_minor])).toEqual([
      ['B1', 1000],
      ['B6', 1250],
    ]);
  });

  it('fails a row whose event would pass the event limit, as the API would, and imports the rest', async () => {
    const ws = await shop();
    const note = 'n'.repeat(eventBytesMax);
    const csv = [
      'customer_id,email,note',
      'small,s@example.com,hello',
      `huge,h@example.com,${note}`,
      'after,a@example.com,x',
    ];
    const report = await importText(ws, 'customers', csv.join('\n'));
    expect(report).toMatchObject({ rows: 3, imported: 2, failed: 1 });
    expect(report.errors).toEqual([
      {
        line: 3,
        reason: `the row makes an event over ${eventBytesMax / 1024} KB, the limit for any event`,
        code: 'event_too_large',
        field: null,
        params: { max_kb: String(eventBytesMax / 1024) },
      },
    ]);
    const stored = await database.pool.query<{ n: number; largest: number }>(
      'select count(*)::int as n, max(length(traits::text))::int as largest from events where workspace_id = $1',
      [ws],
    );
    expect(stored.rows[0]!.n).toBe(2);
    expect(stored.rows[0]!.largest).toBeLessThan(eventBytesMax);
  });

  it('stops at a record over the record limit, saying where, instead of reading on out of step', async () => {
    const ws = await shop();
    const csv = [
      'customer_id,email',
      'c1,a@example.com',
      `c2,"${'x'.repeat(importRecordBytesMax)}`,
      'c3,c@example.com',
    ];
    await expect(importText(ws, 'customers', csv.join('\n'))).rejects.toMatchObject({
      code: 'import_record_too_large',
      message: expect.stringMatching(/^Line 3 starts a record over 1 MB; the import stopped there/),
    });
  });

  it('refuses years outside 1900–2999 instead of moving 0024 to 1924', async () => {
    const ws = await shop();
    const orders = [
      'order_id,customer_id,date,total',
      'Y1,c1,0024-05-01,10',
      'Y2,c1,00240502,10',
      'Y3,c1,3000-01-01T00:00:00Z,10',
      'Y4,c1,1997-01-01,10',
    ].join('\n');
    const report = await importText(ws, 'orders', orders);
    expect(report).toMatchObject({ rows: 4, imported: 1, failed: 3 });
    const yearError = (line: number, field: string, value: string) => ({
      line,
      reason: `${field} '${value}' is not between the years 1900 and 2999`,
      code: 'year_unsupported',
      field,
      params: { value, min: '1900', max: '2999' },
    });
    expect(report.errors).toEqual([
      yearError(2, 'date', '0024-05-01'),
      yearError(3, 'date', '00240502'),
      yearError(4, 'date', '3000-01-01T00:00:00Z'),
    ]);
    expect((await ordersOf(ws)).map((o) => o.order_id)).toEqual(['Y4']);
    const customers = await importText(ws, 'customers', 'customer_id,birthday\nc7,0099-12-31\n');
    expect(customers.errors).toEqual([yearError(2, 'birthday', '0099-12-31')]);
  });

  it('stops before writing anything when a required column is missing', async () => {
    const ws = await shop();
    await expect(importText(ws, 'orders', 'order_id,date,total\nX1,2026-01-01,5\n')).rejects.toMatchObject({
      code: 'import_columns_missing',
      param: 'customerId',
    });
    expect(await count('events', ws)).toBe(0);
  });

  it(`lists the first ${importErrorsReportedMax} errors and counts the rest`, async () => {
    const ws = await shop();
    const bad = Array.from({ length: importErrorsReportedMax + 5 }, (_, i) => `E${i},c1,never,1`);
    const report = await importText(
      ws,
      'orders',
      ['order_id,customer_id,date,total', 'G1,c1,2026-01-01,1', ...bad].join('\n'),
    );
    expect(report).toMatchObject({
      rows: importErrorsReportedMax + 6,
      imported: 1,
      failed: importErrorsReportedMax + 5,
    });
    expect(report.errors).toHaveLength(importErrorsReportedMax);
    expect(report.errors[0]!.line).toBe(3);
    expect(report.errors_omitted).toBe(5);
  });
});

describe('amounts past the bound', () => {
  it('fails the row naming the column, for a cell or a total of lines past one amount’s bound', async () => {
    const ws = await shop({ currency: 'VND' });
    const csv = [
      'order_id,customer_id,date,sku,price,quantity,total,tax',
      'V1,c1,2026-01-01,TEA,10000000000001,1,,',
      'V2,c1,2026-01-02,TEA,5000000000000,3,,',
      'V3,c1,2026-01-03,TEA,1000,1,10000000000000,10000000000001',
      'V4,c1,2026-01-04,TEA,5000,2,9000,',
    ].join('\n');
    const report = await importText(ws, 'orders', csv);
    expect(report).toMatchObject({ rows: 4, imported: 1, failed: 3 });
    expect(report.errors).toEqual([
      {
        line: 2,
        reason: "price '10000000000001' is above the largest amount, 10000000000000 minor units",
        code: 'amount_too_large',
        field: 'price',
        params: { value: '10000000000001', max: '10000000000000', currency: 'VND' },
      },
      {
        line: 3,
        reason: "the lines' total, 15000000000000 minor units, is above the largest amount, 10000000000000",
        code: 'lines_total_too_large',
        field: 'total',
        params: { sum: '15000000000000', max: '10000000000000', currency: 'VND' },
      },
      {
        line: 4,
        reason: "tax '10000000000001' is above the largest amount, 10000000000000 minor units",
        code: 'amount_too_large',
        field: 'tax',
        params: { value: '10000000000001', max: '10000000000000', currency: 'VND' },
      },
    ]);
    expect((await ordersOf(ws)).map((o) => o.order_id)).toEqual(['V4']);
  });
});

describe('importing orders, one row per order line', () => {
  it('makes consecutive rows of one order_id one order with its products, totalled from the lines', async () => {
    const ws = await shop({ currency: 'JPY', timezone: 'Asia/Tokyo' });
    const csv = [
      'OrderId;User ID;created_at;SKU;Product Name;Category;Unit Price;Qty;Email',
      'J1;u1;2026-04-01;TEA-1;Sencha;Tea;2480;2;Taro@Example.com',
      'J1;u1;2026-04-01;CUP-1;Cup;Ware;1280;1;taro@example.com',
      'J2;u2;2026-04-02;TEA-1;Sencha;Tea;2480;1;',
      'J3;u2;2026-04-03;TEA-1;Sencha;Tea;abc;1;',
      'J3;u2;2026-04-03;CUP-1;Cup;Ware;1280;1;',
      'J1;u1;2026-04-04;CUP-1;Cup;Ware;1280;1;',
    ].join('\n');
    const report = await importCsv(database.db, ws, {
      type: 'orders',
      input: Readable.from([csv]),
      delimiter: ';',
      clock,
    });
    await drainConsumers(database.db, consumers);
    expect(report).toMatchObject({ rows: 6, imported: 3, failed: 3 });
    expect(report.errors).toEqual([
      {
        line: 5,
        reason: "price 'abc' is not a plain decimal number (write 1234.50, without separators or symbols)",
        code: 'amount_invalid',
        field: 'price',
        params: { value: 'abc' },
      },
      {
        line: 6,
        reason: "not imported: line 5 of order 'J3' is invalid",
        code: 'order_line_invalid',
        field: null,
        params: { line: '5', order_id: 'J3' },
      },
      {
        line: 7,
        reason: "order_id 'J1' appears again (first on line 2): an order's rows must be consecutive",
        code: 'order_repeated',
        field: 'order_id',
        params: { value: 'J1', first_line: '2' },
      },
    ]);
    expect((await ordersOf(ws)).map((o) => [o.order_id, o.total_minor])).toEqual([
      ['J1', 2480 * 2 + 1280],
      ['J2', 2480],
    ]);
    const lines = await queryRows<{
      sku: string;
      name: string;
      category: string;
      price_minor: number;
      quantity: number;
    }>(
      database.db,
      sql`select l.sku, l.name, l.category, l.price_minor::int as price_minor, l.quantity from order_lines l
          join orders o on o.id = l.order_id where o.workspace_id = ${ws} and o.order_id = 'J1' order by l.sku`,
    );
    expect(lines).toEqual([
      { sku: 'CUP-1', name: 'Cup', category: 'Ware', price_minor: 1280, quantity: 1 },
      { sku: 'TEA-1', name: 'Sencha', category: 'Tea', price_minor: 2480, quantity: 2 },
    ]);
    const customer = await queryOne<{ email: string }>(
      database.db,
      sql`select email from customers where workspace_id = ${ws} and external_id = 'u1'`,
    );
    expect(customer!.email).toBe('taro@example.com');
  });
});

describe('cells no PostgreSQL text can hold', () => {
  it('fails the row with a NUL character, and the other lines of its order, and imports the rest', async () => {
    const ws = await shop();
    const customers = [
      'customer_id,email,name',
      'c1,a@example.com,Ann',
      'c2,b@example.com,B\u0000ob',
      'c3,,Cat',
    ];
    expect(await importText(ws, 'customers', customers.join('\n'))).toMatchObject({
      rows: 3,
      imported: 2,
      failed: 1,
      errors: [
        {
          line: 3,
          reason: 'column 3 holds a NUL character, which PostgreSQL cannot store',
          code: 'nul_character',
          field: null,
          params: { column: '3' },
        },
      ],
    });
    const orders = [
      'order_id,customer_id,date,sku,price',
      'N1,c1,2026-04-01,TEA-1,10',
      'N2,c3,2026-04-02,TEA-1,10',
      'N2,c3,2026-04-02,CUP\u0000,5',
    ];
    expect(await importText(ws, 'orders', orders.join('\n'))).toMatchObject({
      rows: 3,
      imported: 1,
      failed: 2,
      errors: [
        { line: 3, reason: "not imported: line 4 of order 'N2' is invalid" },
        {
          line: 4,
          reason: 'column 4 holds a NUL character, which PostgreSQL cannot store',
          code: 'nul_character',
          params: { column: '4' },
        },
      ],
    });
    expect((await ordersOf(ws)).map((o) => o.order_id)).toEqual(['N1']);
    expect(await count('customers', ws)).toBe(2);
  });
});

describe('importing customers', () => {
  it('sets standard traits and keeps other columns; the same file again changes nothing, a changed row updates', async () => {
    const ws = await shop({ timezone: 'Asia/Bangkok' });
    const csv = [
      'external_id,Email,First Name,Last Name,Phone,Birthday,Signup Date,Plan',
      'k1,Ann@Example.com,Ann,Lee,+66811111111,19900215,2025-06-01,gold',
      'k2,bob@example.com,Bob,,,,2025-07-01,',
      'k3,not-an-email,Cy,,,,,',
    ].join('\n');
    const report = await importText(ws, 'customers', csv);
    expect(report).toMatchObject({
      rows: 3,
      imported: 2,
      failed: 1,
      errors: [{ line: 4, reason: "email 'not-an-email' is not an email address" }],
    });
    const rows = await queryRows<Record<string, unknown>>(
      database.db,
      sql`select external_id, email, first_name, last_name, phone, birthday, traits->>'Plan' as plan, first_seen_at
          from customers where workspace_id = ${ws} order by external_id`,
    );
    expect(
      rows.map((r) => ({ ...r, first_seen_at: new Date(r.first_seen_at as string).toISOString() })),
    ).toEqual([
      {
        external_id: 'k1',
        email: 'ann@example.com',
        first_name: 'Ann',
        last_name: 'Lee',
        phone: '+66811111111',
        birthday: '1990-02-15',
        plan: 'gold',
        first_seen_at: '2025-05-31T17:00:00.000Z',
      },
      {
        external_id: 'k2',
        email: 'bob@example.com',
        first_name: 'Bob',
        last_name: null,
        phone: null,
        birthday: null,
        plan: null,
        first_seen_at: '2025-06-30T17:00:00.000Z',
      },
    ]);
    expect(await importText(ws, 'customers', csv)).toMatchObject({ imported: 0, unchanged: 2, failed: 1 });
    const changed = await importText(ws, 'customers', csv.replace('gold', 'platinum'));
    expect(changed).toMatchObject({ imported: 1, unchanged: 1, failed: 1 });
    const plan = await queryOne<{ plan: string }>(
      database.db,
      sql`select traits->>'Plan' as plan from customers where workspace_id = ${ws} and external_id = 'k1'`,
    );
    expect(plan!.plan).toBe('platinum');
  });
});

describe('line numbers in the report', () => {
  // The lines an editor shows: `\n` ends a line, a `\r` before it or in the middle of one does not.
  const badRows = ['L41,c41,2026-13-01,10', 'L42,,2026-01-02,10', 'L43,c43,2026-01-03,ten'];
  const badReasons = [
    "date '2026-13-01' is not a real calendar date and time",
    'customer_id is empty',
    "total 'ten' is not a plain decimal number (write 1234.50, without separators or symbols)",
  ];

  it('does not count a stray carriage return inside a row as a line', async () => {
    const ws = await shop();
    // What awk makes of a CRLF file when it moves the last column: the `\r` stays with its value.
    const good = Array.from({ length: 40 }, (_, i) => `L${i + 1},c${i + 1},2026-01-01\r,10`);
    const bad = badRows.map((row) => row.replace(/,(\w*)$/, '\r,$1'));
    // And `\r` elsewhere: CRLF under a header ending in LF, one at the start of a cell.
    const odd = ['L98,c98,2026-01-01,10\r', 'L99,c99,\r2026-01-01,\r10'];
    const csv = ['order_id,customer_id,date,total', ...good, ...odd, ...bad].join('\n');
    const report = await importBytes(ws, 'orders', Buffer.from(`${csv}\n`));
    expect(report).toMatchObject({ rows: 45, imported: 42, failed: 3 });
    expect(report.errors).toMatchObject(badRows.map((_, i) => ({ line: 44 + i, reason: badReasons[i] })));
  });

  it("counts a CRLF file's lines, a quoted cell over two lines as two, and skipped blank lines", async () => {
    const ws = await shop();
    const csv = [
      'order_id,customer_id,date,total,note',
      'L1,c1,2026-01-01,10,"gift wrap,',
      'please"',
      '',
      'L2,c2,2026-01-01,10,',
      badRows[0],
      '',
      '',
      'L"3,c3,2026-01-01,10,',
      'L4,c4,2026-01-01,10,5" screen',
      ...badRows.slice(1),
    ].join('\r\n');
    const report = await importBytes(ws, 'orders', Buffer.from(`${csv}\r\n`));
    expect(report).toMatchObject({ rows: 7, imported: 2, failed: 5 });
    const quote = (field: number, value: string) =>
      `Invalid Opening Quote: a quote is found on field ${field}, value is "${value}"`;
    expect(report.errors).toMatchObject([
      { line: 6, reason: badReasons[0] },
      // The parser's problem as a code and the column counted from 1 (its field 4 is the fifth), its
      // English sentence kept as the detail.
      {
        line: 9,
        reason: `not valid CSV: ${quote(0, 'L')}`,
        code: 'csv_invalid',
        field: null,
        params: { problem: 'quote_in_value', column: '1', detail: quote(0, 'L') },
      },
      {
        line: 10,
        reason: `not valid CSV: ${quote(4, '5')}`,
        code: 'csv_invalid',
        params: { problem: 'quote_in_value', column: '5', detail: quote(4, '5') },
      },
      { line: 11, reason: badReasons[1] },
      { line: 12, reason: badReasons[2] },
    ]);
  });

  it('names what is wrong with a line that is not CSV, and in which column', async () => {
    const header = 'order_id,customer_id,date,total\nT1,c1,2026-01-01,10';
    const firstError = async (line: string) => {
      const csv = `${header}\n${line}\nT3,c3,2026-01-01,10\n`;
      const report = await importBytes(await shop(), 'orders', Buffer.from(csv));
      expect(report).toMatchObject({ rows: 3, imported: 2, failed: 1 });
      const { code, params } = report.errors[0]!;
      return { line: report.errors[0]!.line, code, ...params };
    };
    expect(await firstError('T2,c2,2026-01-01,"10" 0')).toEqual({
      line: 3,
      code: 'csv_invalid',
      problem: 'text_after_quote',
      column: '4',
      detail: 'Invalid Closing Quote: found non trimable byte after quote',
    });
    expect(await firstError('T2,c2,"2026-01-01,10')).toMatchObject({
      line: 3,
      problem: 'quote_not_closed',
      column: '3',
    });
  });

  it('counts the lines of a classic Mac OS file (CR alone) and of a UTF-16 file', async () => {
    const ws = await shop();
    const notEmail = (value: string) => ({
      reason: `email '${value}' is not an email address`,
      code: 'email_invalid',
      field: 'email',
      params: { value },
    });
    const mac = ['customer_id,email', 'k1,a@example.com', 'k2,nope', '', 'k3,b@example.com', 'k4,nix'];
    expect((await importBytes(ws, 'customers', Buffer.from(mac.join('\r')))).errors).toEqual([
      { line: 3, ...notEmail('nope') },
      { line: 6, ...notEmail('nix') },
    ]);
    // Њ (U+040A) is the bytes 0A 04, ਅ (U+0A05) 05 0A: neither holds a line break.
    const utf16 = [
      'customer_id,name,email',
      'u1,Његош,c@example.com',
      'u2,ਅਮਨ,nope',
      'u3,"Ċ\r\nЊ",d@example.com',
      'u4,Ана,nix',
    ];
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16.join('\r\n'), 'utf16le')]);
    const report = await importBytes(ws, 'customers', bytes);
    expect(report).toMatchObject({ rows: 4, imported: 2, failed: 2 });
    expect(report.errors).toEqual([
      { line: 3, ...notEmail('nope') },
      { line: 6, ...notEmail('nix') },
    ]);
  });
});

describe('reading on after a line that is not CSV', () => {
  const customersOf = async (workspaceId: string) =>
    (
      await queryRows<{ external_id: string; name: string | null }>(
        database.db,
        sql`select external_id, name from customers where workspace_id = ${workspaceId}
            order by length(external_id), external_id`,
      )
    ).map((c) => [c.external_id, c.name]);
  const notCsv = (line: number, problem: string, column: string) => ({
    line,
    code: 'csv_invalid',
    field: null,
    params: { problem, column },
  });

  for (const eol of ['\n', '\r\n']) {
    it(`reports each bad quote's line alone and imports every good row after it (${JSON.stringify(eol)} line ends)`, async () => {
      const ws = await shop();
      const csv = [
        'customer_id,name,email', //                                             line 1
        'k1,Trần Thị Mai,k1@example.com', //                                     2
        'k2,"Nguyễn" Văn An,k2@example.com', //    text after the closing quote  3
        'k3,สมชาย ใจดี,k3@example.com', //                                        4
        'k4,"Lê"Văn Bình,k4@example.com', //       text right after it           5
        'k5,"山田 太郎",k5@example.com', //                                        6
        // Never closed: the parser reads on to line 9's first quote and only there finds a fault.
        'k6,"สมหญิง รักดี,k6@example.com', //                                      7
        'k7,Phạm Minh Đức,k7@example.com', //                                    8
        'k8,"佐藤 花子",k8@example.com', //                                        9
        'k9,田中"太郎,k9@example.com', //            a quote inside a value       10
        `k10,"Ngô${eol}Bảo Châu",k10@example.com`, // a good cell over two lines   11-12
        'k11,ทองดี มีสุข,k11@example.com', //                                       13
        '', //                                                                   14
        'k12,"鈴木 一郎,k12@example.com', //          never closed, to the end    15
        'k13,Vũ Thị Lan,k13@example.com', //                                      16
        'k14,"Đỗ ""Tí"" Hùng",k14@example.com', //                                17
        'k15,Hồ Xuân,nope', //                     a bad value, counted after it all  18
      ].join(eol);
      const report = await importBytes(ws, 'customers', Buffer.from(`${csv}${eol}`));
      expect(report).toMatchObject({ rows: 15, imported: 9, failed: 6 });
      expect(report.errors).toMatchObject([
        notCsv(3, 'text_after_quote', '2'),
        notCsv(5, 'text_after_quote', '2'),
        notCsv(7, 'quote_not_closed', '2'),
        notCsv(10, 'quote_in_value', '2'),
        notCsv(15, 'quote_not_closed', '2'),
        { line: 18, code: 'email_invalid', field: 'email' },
      ]);
      expect(await customersOf(ws)).toEqual([
        ['k1', 'Trần Thị Mai'],
        ['k3', 'สมชาย ใจดี'],
        ['k5', '山田 太郎'],
        ['k7', 'Phạm Minh Đức'],
        ['k8', '佐藤 花子'],
        ['k10', `Ngô${eol}Bảo Châu`],
        ['k11', 'ทองดี มีสุข'],
        ['k13', 'Vũ Thị Lan'],
        ['k14', 'Đỗ "Tí" Hùng'],
      ]);
    });
  }

  it('reads on in the encoding the first line break and byte-order mark set (UTF-16)', async () => {
    const ws = await shop();
    const utf16 = [
      'customer_id,name',
      'u1,"Њего" ш', // text after the closing quote
      'u2,ਅਮਨ',
      'u3,"Ана',
      'u4,Ċ',
    ];
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16.join('\r\n'), 'utf16le')]);
    const report = await importBytes(ws, 'customers', bytes);
    expect(report).toMatchObject({ rows: 4, imported: 2, failed: 2 });
    expect(report.errors).toMatchObject([
      notCsv(2, 'text_after_quote', '2'),
      notCsv(4, 'quote_not_closed', '2'),
    ]);
    expect(await customersOf(ws)).toEqual([
      ['u2', 'ਅਮਨ'],
      ['u4', 'Ċ'],
    ]);
  });
});

describe('each bad row as a code and the column at fault', () => {
  it('answers the code, field and quoted value of a bad quantity, currency, amount or birthday', async () => {
    const ws = await shop();
    const orders = [
      'order_id,customer_id,date,currency,price,qty,discount',
      'Q1,c1,2026-01-01,USD,5,0,',
      'Q2,c1,2026-01-01,DOLLARS,5,1,',
      'Q3,c1,2026-01-01,USD,5,1,-2',
      'Q4,c1,2026-01-01,USD,5,1,',
    ].join('\n');
    const report = await importText(ws, 'orders', orders);
    expect(report).toMatchObject({ rows: 4, imported: 1, failed: 3 });
    expect(report.errors.map(({ line, code, field, params }) => ({ line, code, field, params }))).toEqual([
      { line: 2, code: 'quantity_invalid', field: 'quantity', params: { value: '0' } },
      { line: 3, code: 'currency_invalid', field: 'currency', params: { value: 'DOLLARS' } },
      { line: 4, code: 'amount_negative', field: 'discount', params: { value: '-2' } },
    ]);
    const customers = await importText(ws, 'customers', 'customer_id,birthday\nk1,1990-02-30\n,1990-01-01\n');
    expect(customers.errors).toEqual([
      {
        line: 2,
        reason: "birthday '1990-02-30' is not a date as YYYY-MM-DD or YYYYMMDD",
        code: 'calendar_date_invalid',
        field: 'birthday',
        params: { value: '1990-02-30' },
      },
      { line: 3, reason: 'customer_id is empty', code: 'empty', field: 'customer_id', params: {} },
    ]);
  });
});
