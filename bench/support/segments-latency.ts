// Freshness under load for the segments bench: events appended at a steady rate while the server's
// consumers follow the log; some of them flip a customer into an empty segment (an identify that
// sets a trait, an order of a product), and the time from their append to the membership is taken
// two ways: to the membership's entered_at (the consumer's clock when it evaluated), and until a
// poll sees the membership committed. Each consumer's lag is sampled meanwhile, to show which one the
// segments consumer (reading after those whose tables it reads) waits for.
import { sql } from 'drizzle-orm';
import { pgArray } from '../../src/db/arrays.js';
import { queryRows, type Db } from '../../src/db/connection.js';
import { progressBar } from '../../src/cli/progress.js';
import { appendEvents, runConsumers, type NewEvent } from '../../src/modules/events/index.js';
import { consumers } from '../../src/server/consumers.js';
import { customerIdOf, userIdOf } from './segments-shop.js';
import { sampleHeldTransactionIds } from './held-transaction-ids.js';

export interface LatencyOptions {
  workspaceId: string;
  customers: number;
  eventsPerSecond: number;
  seconds: number;
  flipTraitSegment: string;
  flipProductSegment: string;
  /** Seeds the traffic and names its events: a run on a kept database sends new ones. */
  seed: number;
}

interface Flip {
  segmentId: string;
  path: 'trait' | 'order';
  receivedAt: number;
  /** When appendEvents returned: the event is committed in the log. */
  acceptedAt: number;
}

export interface LatencyResult {
  appended: number;
  appendSeconds: number;
  flips: number;
  /** Flips whose membership the poll never saw within the wait. */
  missing: number;
  /** Milliseconds, sorted: receivedAt → entered_at, and accepted → seen by the poll. */
  toEnteredAt: { trait: number[]; order: number[] };
  untilSeen: { trait: number[]; order: number[] };
  consumerErrors: number;
  /** Each consumer's lag behind the log while events arrived (ms, sorted): now − the last event it passed. */
  consumerLag: Map<string, number[]>;
  /** The oldest transaction id held in the database, its age at each sample while events arrived (ms, sorted). */
  oldestHeldId: number[];
}

const ticksPerSecond = 10;
const pollMs = 20;
const waitAfterMs = 60_000;
const lagSampleMs = 500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A small fast PRNG (mulberry32), so runs send the same traffic. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const order = (n: number, id: string, at: Date, productId: string): NewEvent => ({
  messageId: `live-order-${id}`,
  type: 'track',
  name: 'Order Completed',
  userId: userIdOf(n),
  properties: {
    order_id: `live-${id}`,
    total: 42.5,
    currency: 'USD',
    products: [
      {
        product_id: productId,
        sku: productId,
        name: 'Bench product',
        category: 'Bench',
        price: 42.5,
        quantity: 1,
      },
    ],
  },
  occurredAt: at,
  receivedAt: at,
});

/**
 * One tick's events: a tenth trait flips and a tenth product flips of customers not flipped before
 * (each one measured), and the rest ordinary traffic of random customers: product views (four
 * tenths), orders (two tenths) and identifies changing a trait no segment reads (two tenths).
 */
function tickEvents(
  next: () => number,
  tick: string,
  size: number,
  customers: number,
  at: Date,
  flipped: Set<number>,
): { events: NewEvent[]; flips: { n: number; path: Flip['path'] }[] } {
  const events: NewEvent[] = [];
  const flips: { n: number; path: Flip['path'] }[] = [];
  const fresh = () => {
    for (;;) {
      const n = Math.floor(next() * customers);
      if (!flipped.has(n)) {
        flipped.add(n);
        return n;
      }
    }
  };
  for (let i = 0; i < size; i++) {
    const id = `${tick}-${i}`;
    const kind = i % 10;
    if (kind === 0) {
      const n = fresh();
      flips.push({ n, path: 'trait' });
      events.push({
        messageId: `live-flip-${id}`,
        type: 'identify',
        userId: userIdOf(n),
        traits: { bench_flag: 'on' },
        occurredAt: at,
        receivedAt: at,
      });
    } else if (kind === 1) {
      const n = fresh();
      flips.push({ n, path: 'order' });
      events.push(order(n, id, at, 'p-flip'));
    } else {
      const n = Math.floor(next() * customers);
      if (kind < 6) {
        events.push({
          messageId: `live-view-${id}`,
          type: 'track',
          name: 'Product Viewed',
          userId: userIdOf(n),
          properties: { product_id: `p-${n % 50}`, price: 19 },
          occurredAt: at,
          receivedAt: at,
        });
      } else if (kind < 8) {
        events.push(order(n, id, at, `p-${n % 50}`));
      } else {
        events.push({
          messageId: `live-identify-${id}`,
          type: 'identify',
          userId: userIdOf(n),
          traits: { last_visit_page: `/p/${tick}` },
          occurredAt: at,
          receivedAt: at,
        });
      }
    }
  }
  return { events, flips };
}

/** Customers already in a flip segment (an earlier run's on a kept database): a flip must change them. */
async function flippedBefore(db: Db, options: LatencyOptions): Promise<Set<number>> {
  const rows = await queryRows<{ customer_id: string }>(
    db,
    sql`select customer_id from segment_memberships
        where segment_id = any(${pgArray([options.flipTraitSegment, options.flipProductSegment], 'text')})`,
  );
  return new Set(rows.map((row) => Number(row.customer_id.slice(customerIdOf(0).length - 8))));
}

export async function measureLatency(db: Db, options: LatencyOptions): Promise<LatencyResult> {
  let consumerErrors = 0;
  const runner = runConsumers(db, consumers, () => consumerErrors++);
  const next = random(options.seed);
  const flipped = await flippedBefore(db, options);
  const pending = new Map<string, Flip>();
  const result: LatencyResult = {
    appended: 0,
    appendSeconds: 0,
    flips: 0,
    missing: 0,
    toEnteredAt: { trait: [], order: [] },
    untilSeen: { trait: [], order: [] },
    consumerErrors: 0,
    consumerLag: new Map(),
    oldestHeldId: [],
  };
  let sending = true;
  const heldIds = sampleHeldTransactionIds(db, () => sending);
  const startedAt = Date.now();
  const lagSampler = (async () => {
    while (sending) {
      await sleep(lagSampleMs);
      const rows = await queryRows<{ consumer: string; received_at: Date | string | null }>(
        db,
        sql`select c.consumer, e.received_at from consumer_cursors c left join events e on e.id = c.event_id`,
      );
      const now = Date.now();
      for (const row of rows) {
        // A cursor still on the history written before the run says nothing about keeping up.
        if (!row.received_at || new Date(row.received_at).getTime() < startedAt) continue;
        const lags = result.consumerLag.get(row.consumer) ?? [];
        lags.push(now - new Date(row.received_at).getTime());
        result.consumerLag.set(row.consumer, lags);
      }
    }
  })();
  const poller = (async () => {
    let gaveUpAt = Infinity;
    while (sending || (pending.size > 0 && performance.now() < gaveUpAt)) {
      if (!sending && gaveUpAt === Infinity) gaveUpAt = performance.now() + waitAfterMs;
      await sleep(pollMs);
      if (pending.size === 0) continue;
      // Only memberships entered since the oldest pending flip was received (the map keeps them in
      // the order sent): asking for every pending customer cost the server 58 ms a poll, 33 s of a
      // 70 s run at 1,000,000 customers once the consumers fell behind, beside the consumers measured.
      const oldest = pending.values().next().value!.receivedAt;
      const seen = await queryRows<{ customer_id: string; segment_id: string; entered_at: Date | string }>(
        db,
        sql`select customer_id, segment_id, entered_at from segment_memberships
            where segment_id = any(${pgArray([options.flipTraitSegment, options.flipProductSegment], 'text')})
              and entered_at >= ${new Date(oldest).toISOString()}::timestamptz and exited_at is null`,
      );
      const seenAt = performance.timeOrigin + performance.now();
      for (const row of seen) {
        const flip = pending.get(row.customer_id);
        if (!flip || flip.segmentId !== row.segment_id) continue;
        pending.delete(row.customer_id);
        result.toEnteredAt[flip.path].push(new Date(row.entered_at).getTime() - flip.receivedAt);
        result.untilSeen[flip.path].push(seenAt - flip.acceptedAt);
      }
    }
  })();

  const perTick = Math.max(1, Math.round(options.eventsPerSecond / ticksPerSecond));
  const ticks = options.seconds * ticksPerSecond;
  const bar = progressBar('ingesting  |{bar}| {value}/{total} events · {pending} flips pending');
  bar.start(ticks * perTick, 0, { pending: 0 });
  const started = performance.now();
  for (let tick = 0; tick < ticks; tick++) {
    // Paced against the start, so a slow append is caught up rather than lowering the rate.
    const due = started + (tick * 1000) / ticksPerSecond;
    if (due > performance.now()) await sleep(due - performance.now());
    const at = new Date();
    const { events, flips } = tickEvents(
      next,
      `${options.seed}-${tick}`,
      perTick,
      options.customers,
      at,
      flipped,
    );
    await appendEvents(db, options.workspaceId, events);
    const acceptedAt = performance.timeOrigin + performance.now();
    runner.wake();
    for (const flip of flips) {
      const segmentId = flip.path === 'trait' ? options.flipTraitSegment : options.flipProductSegment;
      pending.set(customerIdOf(flip.n), { segmentId, path: flip.path, receivedAt: at.getTime(), acceptedAt });
    }
    result.appended += events.length;
    result.flips += flips.length;
    bar.update(result.appended, { pending: pending.size });
  }
  result.appendSeconds = (performance.now() - started) / 1000;
  bar.stop();
  sending = false;
  await Promise.all([poller, lagSampler]);
  result.oldestHeldId = await heldIds;
  await runner.stop();
  result.missing = pending.size;
  result.consumerErrors = consumerErrors;
  for (const list of [
    ...Object.values(result.toEnteredAt),
    ...Object.values(result.untilSeen),
    ...result.consumerLag.values(),
  ]) {
    list.sort((a, b) => a - b);
  }
  return result;
}
