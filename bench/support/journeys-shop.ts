// The journeys bench's starting state: N customers written straight into the tables (a benchmark's
// starting state, not the ingestion path), a segment every one of them matches, still building, and
// a live journey entering on it: a welcome message, a delay, a branch on VIP, an offer for VIPs.
// When the segments worker builds the segment, each customer's `Segment Entered` starts a run.
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/connection.js';
import { createJourney, publishJourney } from '../../src/modules/journeys/journeys.js';
import { createSegment } from '../../src/modules/segments/segments.js';

const customersPerStatement = 50_000;

/** A tenth are VIPs (n % 10 = 0): the branch's yes side, who get the offer. */
export const isVip = (n: number) => n % 10 === 0;

async function insertCustomers(db: Db, workspaceId: string, first: number, count: number, now: Date) {
  const range = sql`generate_series(${first}::int, ${first + count - 1}::int) n`;
  await db.execute(sql`
    insert into customers (id, workspace_id, external_id, email, first_name, timezone, traits, first_seen_at, last_seen_at)
    select 'cus_jbench' || lpad(n::text, 8, '0'), ${workspaceId}, 'u' || n, 'c' || n || '@example.com', 'Khách ' || n,
           (array['Asia/Ho_Chi_Minh', 'Asia/Bangkok', 'Asia/Tokyo'])[1 + n % 3],
           jsonb_build_object('cohort', 'spring', 'vip', n % 10 = 0),
           ${now.toISOString()}::timestamptz - interval '30 days', ${now.toISOString()}::timestamptz
    from ${range}`);
  await db.execute(sql`
    insert into customer_identities (workspace_id, kind, value, customer_id)
    select ${workspaceId}, 'user_id', 'u' || n, 'cus_jbench' || lpad(n::text, 8, '0') from ${range}`);
}

export async function insertBenchCustomers(
  db: Db,
  workspaceId: string,
  customers: number,
  now: Date,
): Promise<void> {
  for (let first = 0; first < customers; first += customersPerStatement) {
    await insertCustomers(db, workspaceId, first, Math.min(customersPerStatement, customers - first), now);
  }
  await db.execute(sql`vacuum analyze customers`);
  await db.execute(sql`vacuum analyze customer_identities`);
}

/**
 * The segment (building: nobody is in it until the segments worker evaluates it) and the journey on
 * it, published. No holdout, so every run's message is enqueued and the counts are exact.
 */
export async function segmentAndJourney(
  db: Db,
  workspaceId: string,
  delayMinutes: number,
  now: Date,
): Promise<{ segmentId: string; journeyId: string }> {
  const segment = await createSegment(
    db,
    workspaceId,
    { name: 'Spring cohort', definition: { field: 'traits.cohort', op: 'eq', value: 'spring' } },
    now,
  );
  const journey = await createJourney(
    db,
    workspaceId,
    {
      name: 'Spring welcome',
      graph: {
        entry: { kind: 'segment', segment: segment.id, on: 'entered' },
        reentry: { mode: 'never' },
        holdout_percent: 0,
        start: 'hello',
        nodes: {
          hello: { type: 'message', channel: 'email', template: { library: 'welcome' }, next: 'pause' },
          pause: { type: 'delay', for: { minutes: delayMinutes }, next: 'vip' },
          vip: { type: 'branch', condition: { field: 'traits.vip', op: 'eq', value: true }, yes: 'offer' },
          offer: { type: 'message', channel: 'email', template: { library: 'at_risk' } },
        },
      },
    },
    now,
  );
  await publishJourney(db, workspaceId, journey.id, { inFlight: { mode: 'stay' }, by: null }, now);
  return { segmentId: segment.id, journeyId: journey.id };
}
