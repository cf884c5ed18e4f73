import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../../db/connection.js';
import {
  createTestApp,
  createTestShop,
  identify,
  openTestDatabase,
  type TestApp,
  track,
} from '../../testing/index.js';
import { consumers } from '../../server/consumers.js';
import { appendEvents, stepConsumer, type NewEvent } from '../events/index.js';

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

const day = (n: number) => new Date(Date.UTC(2026, 2, n, 10));
const completed = (properties: Record<string, unknown>, ids: Partial<NewEvent>, at: number) =>
  track('Order Completed', { ...ids, properties, occurredAt: day(at) });
const refunded = (properties: Record<string, unknown>, at: number) =>
  track('Order Refunded', { userId: 'u1', properties, occurredAt: day(at) });
const tea = { product_id: 'p1', sku: 'TEA', price: 5, quantity: 2 };

/** Every case the projections handle, in one stream (fresh messageIds per call). */
const stream = (): NewEvent[] => [
  identify({
    userId: 'u1',
    occurredAt: day(2),
    traits: { email: 'Lan@Example.com', name: 'Lan', plan: 'gold' },
  }),
  track('Page Viewed', { anonymousId: 'a1', occurredAt: day(3) }),
  identify({ anonymousId: 'a1', occurredAt: day(3), traits: { phone: '+84 1', plan: 'trial' } }),
  completed({ order_id: 'O1', total: 30 }, { anonymousId: 'a1' }, 3),
  identify({ userId: 'u1', anonymousId: 'a1', occurredAt: day(4) }),
  completed({ order_id: 'O2', total: 12.5 }, { anonymousId: 'a1' }, 4),
  refunded({ order_id: 'O3', amount: 5 }, 4),
  completed({ order_id: 'O3', total: 20, products: [tea, { sku: 'POT', price: 10 }] }, { userId: 'u1' }, 5),
  completed({ order_id: 'O3', total: 99 }, { userId: 'u1' }, 6),
  refunded({ order_id: 'O3', products: [{ product_id: 'p1', quantity: 1 }] }, 6),
  refunded({ order_id: 'O3', total: 100, reason: 'broken' }, 7),
  completed({ order_id: 'O4', total: 40, currency: 'EUR' }, { userId: 'u3' }, 5),
  refunded({ order_id: 'O4', total: 1, currency: 'USD' }, 6),
  refunded({ order_id: 'O99' }, 6),
  completed({ total: 3 }, { userId: 'u1' }, 6),
  identify({ userId: 'u1', occurredAt: day(1), traits: { email: 'old@example.com', city: 'Hue' } }),
  identify({ userId: 'alice', anonymousId: 'device', occurredAt: day(1), traits: { name: 'Alice' } }),
  identify({ userId: 'bob', anonymousId: 'device', occurredAt: day(2), traits: { name: 'Bob' } }),
  // Only bob's userId: an order naming the shared device too would race the customers consumer for
  // it when other test files drain the log meanwhile (PostgreSQL runs share one database).
  completed({ order_id: 'O5', total: 8 }, { userId: 'bob' }, 2),
  identify({ userId: 'u4', occurredAt: day(1) }),
  track('Page Viewed', { anonymousId: 'a4', occurredAt: day(2) }),
  completed({ order_id: 'O6', total: 6 }, { anonymousId: 'a4' }, 2),
  { ...identify({ userId: 'u4', occurredAt: day(3) }), type: 'alias', previousId: 'a4' },
  completed({ order_id: 'O7', total: 7 }, { anonymousId: 'a5' }, 8),
  identify({ userId: 'u5', anonymousId: 'a5', occurredAt: day(9), traits: { locale: 'vi-vn' } }),
  refunded({ order_id: 'O7', amount: 2 }, 9),
  track('Product Viewed', { userId: 'u5', occurredAt: day(1) }),
];

/** Whether some event of the log is beyond some consumer's cursor (visible to it yet or not). */
async function behind(): Promise<boolean> {
  const names = sql.join(
    consumers.map((consumer) => sql`${consumer.name}`),
    sql`, `,
  );
  const [row] = await queryRows<{ behind: boolean }>(
    database.db,
    sql`select exists (select 1 from consumer_cursors c join events e on (e.tx_id, e.id) > (c.tx_id, c.event_id)
                       where c.consumer in (${names})) as behind`,
  );
  return row!.behind;
}

/** Applies everything in the log, `size` events per page, consumer after consumer until none is behind. */
async function applyAll(size: number): Promise<void> {
  for (let pending = true; pending || (await behind());) {
    pending = false;
    for (const consumer of consumers) {
      for (;;) {
        const step = await stepConsumer(database.db, consumer, size);
        if ('held' in step) pending = true;
        if ('held' in step || step.applied === 0) break;
        pending = true;
      }
    }
    if (!pending) await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The projections of a workspace, with generated ids replaced by the identities they stand for. */
async function projections(workspaceId: string) {
  const who = (column: string) =>
    sql.raw(`(select string_agg(i.kind || ':' || i.value, ',' order by i.kind, i.value)
              from customer_identities i where i.workspace_id = '${workspaceId}' and i.customer_id = ${column})`);
  const sorted = <T>(rows: T[]) => rows.map((row) => JSON.stringify(row)).sort();
  return {
    customers: sorted(
      await queryRows(
        database.db,
        sql`select c.external_id, c.email, c.phone, c.name, c.first_name, c.last_name, c.timezone, c.locale,
              c.birthday, c.traits, c.trait_times, c.search_name, c.first_seen_at, c.last_seen_at,
              c.erased_at, ${who('c.id')} as ids, ${who('c.merged_into')} as merged_into
            from customers c where c.workspace_id = ${workspaceId}`,
      ),
    ),
    orders: sorted(
      await queryRows(
        database.db,
        sql`select o.order_id, ${who('o.customer_id')} as customer, o.placed_at, o.currency, o.total_minor,
              o.refunded_minor, o.status, o.currency_mismatch, o.properties,
              (select json_agg(json_build_array(l.product_id, l.sku, l.price_minor, l.quantity, l.refunded_quantity)
                               order by l.sku) from order_lines l where l.order_id = o.id) as lines,
              (select json_agg(json_build_array(r.amount_minor, r.requested_minor, r.reason, r.refunded_at)
                               order by r.refunded_at) from order_refunds r where r.order_id = o.id) as refunds
            from orders o where o.workspace_id = ${workspaceId}`,
      ),
    ),
    rejections: sorted(
      await queryRows(
        database.db,
        sql`select event_name, order_id, reason, message, properties, occurred_at, resolved_at
            from order_rejections where workspace_id = ${workspaceId}`,
      ),
    ),
    merges: await queryRows(
      database.db,
      sql`select count(*)::int as n from events where workspace_id = ${workspaceId} and name = 'Customers Merged'`,
    ),
  };
}

describe('consumers applying a page at once', () => {
  it('end with the projections of applying the same events one per page', async () => {
    const onePerPage = await createTestShop(testApp);
    await appendEvents(database.db, onePerPage.workspace.id, stream());
    await applyAll(1);
    const onePage = await createTestShop(testApp);
    await appendEvents(database.db, onePage.workspace.id, stream());
    await applyAll(1000);

    const expected = await projections(onePerPage.workspace.id);
    expect(await projections(onePage.workspace.id)).toEqual(expected);
    // The stream exercised what it is meant to: a merge and an alias, held, capped and refused refunds.
    expect(expected.merges).toEqual([{ n: 2 }]);
    expect(expected.orders).toHaveLength(7);
    expect(expected.customers).toHaveLength(8);
    expect(expected.rejections.map((row) => JSON.parse(row).reason).sort()).toEqual([
      'currency_differs',
      'order_id_missing',
      'order_unknown',
      'order_unknown',
    ]);
  });
});
