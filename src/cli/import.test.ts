import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../db/connection.js';
import { embeddedServerRunning } from '../db/embedded/server.js';
import {
  freshDataDir,
  openPrivateTestDatabase,
  removeDataDir,
  runRetain,
  spawnServer,
  stopServer,
  testEngine,
} from '../testing/index.js';

const files = fs.mkdtempSync(path.join(os.tmpdir(), 'retain-import-cli-'));
afterAll(() => fs.rmSync(files, { recursive: true, force: true }));

function csvFile(name: string, lines: string[]): string {
  const file = path.join(files, name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

async function retainImport(type: string, file: string, env: Record<string, string>, args: string[] = []) {
  const { code, stdout, stderr } = await runRetain(['import', type, file, '--json', ...args], env);
  expect(code, stderr).toBe(0);
  return { report: JSON.parse(stdout) as Record<string, unknown>, stderr };
}

const first = csvFile('first.csv', [
  'order_id,customer_id,date,total',
  'A1,c1,2026-01-01,10',
  'A2,c2,2026-01-02,20',
  'A3,c1,2026-01-03,not-money',
]);
const second = csvFile('second.csv', [
  'order_id,customer_id,date,total',
  'A2,c2,2026-01-02,20',
  'B1,c3,2026-02-01,30',
  'B2,c3,2026-02-02,40',
]);

describe.runIf(testEngine() === 'embedded')('retain import on a data directory', () => {
  it(
    'writes directly, alone or while retain start runs on the same directory, and the last process out stops the server',
    { timeout: 300_000 },
    async () => {
      const dataDir = freshDataDir();
      try {
        const direct = await retainImport('orders', first, { DATABASE_URL: '' }, ['--data-dir', dataDir]);
        expect(direct.report).toMatchObject({ rows: 3, imported: 2, unchanged: 0, failed: 1 });
        expect(direct.report.errors).toEqual([
          {
            line: 4,
            reason:
              "total 'not-money' is not a plain decimal number (write 1234.50, without separators or symbols)",
            code: 'amount_invalid',
            field: 'total',
            params: { value: 'not-money' },
          },
        ]);

        // The import started the embedded server and, the last one using it, stopped it.
        expect(embeddedServerRunning(dataDir)).toBe(false);

        const server = await spawnServer({ dataDir });
        try {
          const beside = await retainImport('orders', second, { DATABASE_URL: '' }, ['--data-dir', dataDir]);
          expect(beside.report).toMatchObject({ rows: 3, imported: 2, unchanged: 1, failed: 0 });
          const again = await retainImport('orders', second, { DATABASE_URL: '' }, ['--data-dir', dataDir]);
          expect(again.report).toMatchObject({ rows: 3, imported: 0, unchanged: 3, failed: 0 });
          // The imports left the server running for retain start, which still answers.
          expect(embeddedServerRunning(dataDir)).toBe(true);
          expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
        } finally {
          expect(await stopServer(server)).toBe(0);
        }
        expect(embeddedServerRunning(dataDir)).toBe(false);

        // Reopened after both: every order once, every event once, the projections complete.
        const database = await openDatabase({ dataDir });
        try {
          const orders = await queryRows<{ order_id: string; total_minor: number }>(
            database.db,
            sql`select order_id, total_minor::int as total_minor from orders order by order_id`,
          );
          expect(orders).toEqual([
            { order_id: 'A1', total_minor: 1000 },
            { order_id: 'A2', total_minor: 2000 },
            { order_id: 'B1', total_minor: 3000 },
            { order_id: 'B2', total_minor: 4000 },
          ]);
          const events = await queryRows<{ events: number; messages: number; customers: number }>(
            database.db,
            sql`select count(*)::int as events, count(distinct message_id)::int as messages,
                     (select count(*)::int from customers) as customers
              from events where source = 'import'`,
          );
          expect(events).toEqual([{ events: 4, messages: 4, customers: 3 }]);
        } finally {
          await database.close();
        }
      } finally {
        removeDataDir(dataDir);
      }
    },
  );
});

describe.runIf(testEngine() === 'postgres')('retain import with DATABASE_URL', () => {
  it('writes directly into PostgreSQL', { timeout: 300_000 }, async () => {
    // A database of its own: the CLI imports into the first workspace, which in the shared test
    // database belongs to another test.
    const database = await openPrivateTestDatabase();
    try {
      const env = { DATABASE_URL: database.url! };
      const { report } = await retainImport('orders', first, env);
      expect(report).toMatchObject({ rows: 3, imported: 2, failed: 1 });
      expect((await retainImport('orders', first, env)).report).toMatchObject({
        imported: 0,
        unchanged: 2,
        failed: 1,
      });
      const orders = await queryRows<{ order_id: string }>(
        database.db,
        sql`select order_id from orders order by 1`,
      );
      expect(orders.map((o) => o.order_id)).toEqual(['A1', 'A2']);
    } finally {
      await database.close();
    }
  });
});
