import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../db/connection.js';
import { createTestApp, createTestShop, openTestDatabase, type TestApp } from '../../testing/index.js';

let database: Database;
let testApp: TestApp;
beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await createTestApp(database);
});
afterAll(async () => {
  await testApp.app.close();
  await database.close();
});

const ordersCsv = ['order_id,customer_id,date,total', 'W1,c1,2026-01-01,10.50', 'W2,c2,2026-01-02,x'].join(
  '\n',
);

describe('POST /v1/imports', () => {
  it('imports the CSV body and answers the report; with wait=true the orders are visible when it answers', async () => {
    const shop = await createTestShop(testApp);
    const response = await shop.request({
      method: 'POST',
      url: '/v1/imports?type=orders&wait=true',
      headers: { 'content-type': 'text/csv' },
      payload: ordersCsv,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      object: 'import',
      id: expect.stringMatching(/^imp_/),
      type: 'orders',
      rows: 2,
      imported: 1,
      unchanged: 0,
      failed: 1,
      errors: [
        {
          line: 3,
          reason: "total 'x' is not a plain decimal number (write 1234.50, without separators or symbols)",
          code: 'amount_invalid',
          field: 'total',
          params: { value: 'x' },
        },
      ],
      errors_omitted: 0,
    });
    const orders = await queryRows<{ order_id: string; total_minor: number }>(
      database.db,
      sql`select order_id, total_minor::int as total_minor from orders where workspace_id = ${shop.workspace.id}`,
    );
    expect(orders).toEqual([{ order_id: 'W1', total_minor: 1050 }]);
  });

  it('reports a line with a bad quote alone and imports the rows after it', async () => {
    const shop = await createTestShop(testApp);
    const csv = [
      'order_id,customer_id,date,total',
      'T1,c1,2026-01-01,10',
      'T2,"Nguyễn" Văn,2026-01-02,20',
      'T3,c3,2026-01-03,30',
      'T4,"c4,2026-01-04,40',
      'T5,c5,2026-01-05,50',
    ].join('\r\n');
    const response = await shop.request({
      method: 'POST',
      url: '/v1/imports?type=orders&wait=true',
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      rows: 5,
      imported: 3,
      failed: 2,
      errors: [
        { line: 3, code: 'csv_invalid', field: null, params: { problem: 'text_after_quote', column: '2' } },
        { line: 5, code: 'csv_invalid', field: null, params: { problem: 'quote_not_closed', column: '2' } },
      ],
    });
    const orders = await queryRows<{ order_id: string }>(
      database.db,
      sql`select order_id from orders where workspace_id = ${shop.workspace.id} order by order_id`,
    );
    expect(orders.map((o) => o.order_id)).toEqual(['T1', 'T3', 'T5']);
  });

  it('takes a gzip-encoded body, and a second import of the same rows changes nothing', async () => {
    const shop = await createTestShop(testApp);
    const send = () =>
      shop.request({
        method: 'POST',
        url: '/v1/imports?type=customers',
        headers: { 'content-type': 'text/csv; charset=utf-8', 'content-encoding': 'gzip' },
        payload: gzipSync('user_id,email\nz1,z1@example.com\nz2,z2@example.com\n'),
      });
    expect((await send()).json()).toMatchObject({ rows: 2, imported: 2, unchanged: 0 });
    expect((await send()).json()).toMatchObject({ rows: 2, imported: 0, unchanged: 2 });
  });

  it('answers 400 naming what is wrong, and writes nothing', async () => {
    const shop = await createTestShop(testApp);
    const noType = await shop.request({
      method: 'POST',
      url: '/v1/imports',
      headers: { 'content-type': 'text/csv' },
      payload: ordersCsv,
    });
    expect(noType.statusCode).toBe(400);
    expect(noType.json().error).toMatchObject({ code: 'parameter_invalid', param: 'type' });
    const noColumn = await shop.request({
      method: 'POST',
      url: '/v1/imports?type=orders',
      headers: { 'content-type': 'text/csv' },
      payload: 'order_id,date,total\nQ1,2026-01-01,5\n',
    });
    expect(noColumn.statusCode).toBe(400);
    expect(noColumn.json()).toEqual({
      error: {
        type: 'invalid_request_error',
        code: 'import_columns_missing',
        message: 'The orders file has no column for: customerId (customerid, customer, userid, user…).',
        param: 'customerId',
      },
    });
    const events = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from events where workspace_id = ${shop.workspace.id}`,
    );
    expect(events[0]!.n).toBe(0);
  });

  it('refuses a JSON body with 415', async () => {
    const shop = await createTestShop(testApp);
    const response = await shop.request({
      method: 'POST',
      url: '/v1/imports?type=orders',
      payload: { rows: [] },
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('unsupported_media_type');
  });
});
