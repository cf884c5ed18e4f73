// The shop the segments bench evaluates: N customers with traits, time zones and birthdays, about
// ten orders each from the analytics bench's BG/NBD + Gamma-Gamma simulation, analytics' scores, a
// points balance for half of them (expiring lots for a fifth), a tier for a tenth, and one
// `Product Viewed` in the log for two thirds. Everything is written straight into the tables, many
// rows per statement (a benchmark's starting state, not the ingestion path); the log's history is
// then marked as applied by every consumer, as on a server that has kept up with it.
import { sql } from 'drizzle-orm';
import { dayMs } from '../../src/core/time.js';
import { queryOne, type Database, type Db } from '../../src/db/connection.js';
import { progressBar } from '../../src/cli/progress.js';
import { recomputeAll, recomputeConnections } from '../../src/modules/analytics/index.js';
import { insertOrders } from '../../src/testing/orders.js';
import { simulateBgNbd } from '../../src/testing/generators/bgnbd.js';

const customersPerChunk = 100_000;

/** The analytics bench's truth: λ ~ Gamma(2, 8.4) per week, p ~ Beta(0.4, 8), about 10 orders each. */
const truth = {
  purchases: { r: 2, alpha: 8.4, a: 0.4, b: 8 },
  spend: { p: 6, q: 4, gamma: 2_000 },
};

/** The shop's customer number n as its profile id and its user id in the log. */
export const customerIdOf = (n: number) => `cus_bench${String(n).padStart(8, '0')}`;
export const userIdOf = (n: number) => `u${n}`;

export interface ShopFigures {
  orders: number;
  historyEvents: number;
  seconds: { customers: number; orders: number; scores: number; loyalty: number; events: number };
}

const elapsed = (started: number) => (performance.now() - started) / 1000;

/** Runs `chunk(first, count)` over the customers in chunks, with a progress bar. */
async function inChunks(
  label: string,
  customers: number,
  chunk: (first: number, count: number) => Promise<number | void>,
): Promise<number> {
  const bar = progressBar(`${label.padEnd(10)} |{bar}| {value}/{total} customers · {rows} rows`);
  bar.start(customers, 0, { rows: 0 });
  let rows = 0;
  for (let first = 0; first < customers; first += customersPerChunk) {
    const count = Math.min(customersPerChunk, customers - first);
    rows += (await chunk(first, count)) ?? count;
    bar.update(first + count, { rows });
  }
  bar.stop();
  return rows;
}

async function insertCustomers(db: Db, workspaceId: string, first: number, count: number, now: Date) {
  const range = sql`generate_series(${first}::int, ${first + count - 1}::int) n`;
  // Zones across the seeds' markets; birthdays spread over the year; a tenth VIP; one in seven has
  // a plan trait. first_seen_at precedes the simulated births (two years back).
  await db.execute(sql`
    insert into customers (id, workspace_id, external_id, email, first_name, timezone, birthday, traits,
                           first_seen_at, last_seen_at)
    select 'cus_bench' || lpad(n::text, 8, '0'), ${workspaceId}, 'u' || n, 'c' || n || '@example.com',
           'Khách ' || n, (array['Asia/Ho_Chi_Minh', 'Asia/Bangkok', 'Asia/Tokyo'])[1 + n % 3],
           to_char(date '1970-01-01' + (n % 365) + 365 * (20 + n % 30), 'YYYY-MM-DD'),
           jsonb_build_object('country', (array['VN', 'TH', 'JP', 'SG'])[1 + n % 4], 'vip', n % 10 = 0)
             || case when n % 7 = 0 then jsonb_build_object('plan', 'pro') else '{}'::jsonb end,
           ${now}::timestamptz - interval '740 days', ${now}::timestamptz - make_interval(days => n % 90)
    from ${range}`);
  await db.execute(sql`
    insert into customer_identities (workspace_id, kind, value, customer_id)
    select ${workspaceId}, 'user_id', 'u' || n, 'cus_bench' || lpad(n::text, 8, '0') from ${range}`);
}

async function insertSimulatedOrders(db: Db, workspaceId: string, first: number, count: number, now: Date) {
  const simulated = simulateBgNbd({
    customers: count,
    seed: 1 + first,
    ...truth,
    timeUnit: 'week',
    birthsFrom: now.getTime() - 730 * dayMs,
    birthWindowDays: 730,
    asOf: now.getTime() - 1_000,
  });
  await insertOrders(db, workspaceId, {
    customerId: Array.from(simulated.customer, (i) => customerIdOf(first + i)),
    placedAtMs: simulated.at,
    totalMinor: simulated.value,
  });
  return simulated.customer.length;
}

async function insertLoyalty(db: Db, workspaceId: string, first: number, count: number, now: Date) {
  const range = sql`generate_series(${first}::int, ${first + count - 1}::int) n`;
  const id = sql`'cus_bench' || lpad(n::text, 8, '0')`;
  await db.execute(sql`
    insert into points_accounts (workspace_id, customer_id, balance, lifetime_earned, last_activity_at)
    select ${workspaceId}, ${id}, (n * 37) % 2000, (n * 37) % 2000, ${now}::timestamptz
    from ${range} where n % 2 = 0`);
  await db.execute(sql`
    insert into points_lots (id, workspace_id, customer_id, entry_id, origin_entry_id, amount, remaining, state,
                             expires_at, created_at)
    select 'lot_bench' || n, ${workspaceId}, ${id}, 'ple_bench' || n, 'ple_bench' || n, 100, 100, 'posted',
           ${now}::timestamptz + make_interval(days => 1 + n % 120), ${now}::timestamptz - interval '200 days'
    from ${range} where n % 10 = 0`);
  await db.execute(sql`
    insert into customer_tiers (workspace_id, customer_id, tier_id, since, review_at)
    select ${workspaceId}, ${id}, 'gold', ${now}::timestamptz - interval '100 days',
           ${now}::timestamptz + interval '265 days'
    from ${range} where n % 10 = 3`);
}

async function insertHistoryEvents(db: Db, workspaceId: string, first: number, count: number, now: Date) {
  const row = await queryOne<{ n: number }>(
    db,
    sql`with inserted as (
    insert into events (id, workspace_id, message_id, type, name, user_id, properties, occurred_at, received_at,
                        source)
    select 'evt_hist' || lpad(n::text, 8, '0'), ${workspaceId}, 'hist-' || n, 'track', 'Product Viewed', 'u' || n,
           json_build_object('product_id', 'p-' || (n % 50), 'price', 19),
           ${now}::timestamptz - make_interval(days => n % 45), ${now}::timestamptz - make_interval(days => n % 45), 'api'
    from generate_series(${first}::int, ${first + count - 1}::int) n where n % 3 <> 0
    returning 1) select count(*)::int as n from inserted`,
  );
  return row?.n ?? 0;
}

/** Marks every event in the log as applied by these consumers (the history above is their starting state). */
async function logApplied(db: Db, consumerNames: string[]): Promise<void> {
  await db.execute(sql`
    insert into consumer_cursors (consumer, tx_id, event_id)
    select name, last.tx_id, last.id
    from unnest(${`{${consumerNames.join(',')}}`}::text[]) name,
         (select tx_id, id from events order by tx_id desc, id desc limit 1) last
    on conflict (consumer) do update set tx_id = excluded.tx_id, event_id = excluded.event_id`);
}

/** Builds the shop at `now`; answers what it wrote and how long each part took. */
export async function buildShop(
  database: Database,
  workspaceId: string,
  customers: number,
  now: Date,
  consumerNames: string[],
): Promise<ShopFigures> {
  const { db } = database;
  const seconds = { customers: 0, orders: 0, scores: 0, loyalty: 0, events: 0 };
  let started = performance.now();
  await inChunks('customers', customers, (first, count) =>
    insertCustomers(db, workspaceId, first, count, now),
  );
  seconds.customers = elapsed(started);
  started = performance.now();
  const orders = await inChunks('orders', customers, (first, count) =>
    insertSimulatedOrders(db, workspaceId, first, count, now),
  );
  await db.execute(sql`vacuum analyze orders`);
  seconds.orders = elapsed(started);
  started = performance.now();
  const scoresBar = progressBar('scores     |{bar}| {value}/{total} customers · {phase}');
  scoresBar.start(customers, 0, { phase: '' });
  await recomputeAll(db, workspaceId, {
    asOf: now,
    ...recomputeConnections(),
    onProgress: (progress) => scoresBar.update(progress.done, { phase: progress.phase }),
  });
  scoresBar.update(customers);
  scoresBar.stop();
  seconds.scores = elapsed(started);
  started = performance.now();
  await inChunks('loyalty', customers, (first, count) => insertLoyalty(db, workspaceId, first, count, now));
  seconds.loyalty = elapsed(started);
  started = performance.now();
  const historyEvents = await inChunks('events', customers, (first, count) =>
    insertHistoryEvents(db, workspaceId, first, count, now),
  );
  await logApplied(db, consumerNames);
  seconds.events = elapsed(started);
  await db.execute(sql`vacuum analyze`);
  return { orders, historyEvents, seconds };
}
