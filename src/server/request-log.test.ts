import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/connection.js';
import {
  createTestApp,
  createTestShop,
  identify,
  ingest,
  openTestDatabase,
  type TestApp,
} from '../testing/index.js';

const lines: string[] = [];
const stream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(chunk.toString());
    done();
  },
});

let database: Database;
let testApp: TestApp;
beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await createTestApp(database, { app: { logger: { level: 'info', stream } } });
});
afterAll(async () => {
  await testApp.app.close();
  await database.close();
});

describe('request logs', () => {
  it('keep no email or phone from paths or query strings, and keep retain ids', async () => {
    const shop = await createTestShop(testApp);
    const email = 'lan.logged@example.com';
    await ingest(database.db, shop.workspace.id, [identify({ userId: email, traits: { email } })]);
    const customer = await shop.request({ method: 'GET', url: `/v1/customers/${encodeURIComponent(email)}` });
    expect(customer.statusCode).toBe(200);
    await shop.request({ method: 'GET', url: `/v1/customers?query=${email}&limit=1` });
    await shop.request({ method: 'GET', url: `/v1/customers/${customer.json().id}/events?phone=%2B84912` });
    await shop.request({ method: 'GET', url: `/v1/nowhere/${email}/+84912` });

    const log = lines.join('');
    expect(log).not.toMatch(/lan\.logged|lan\.logged%40|84912/);
    const urls = lines
      .map((line) => JSON.parse(line) as { req?: { url: string } })
      .flatMap((l) => l.req?.url ?? []);
    expect(urls).toEqual([
      '/v1/customers/[redacted]',
      '/v1/customers',
      `/v1/customers/${customer.json().id}/events`,
      '/v1/nowhere/[redacted]/[redacted]',
    ]);
  });
});
