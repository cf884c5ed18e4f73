// Journeys under a test's clock: the log's readers with the segments and journeys consumers on
// that clock, a journey saved and published through the API, the worker's due runs at a moment,
// and what a run and the outbox hold.
import { sql } from 'drizzle-orm';
import type { Clock } from '../core/clock.js';
import { queryRows, type Db } from '../db/connection.js';
import { consumers } from '../server/consumers.js';
import { appendEvents, drainConsumers, type NewEvent } from '../modules/events/index.js';
import { journeysConsumer } from '../modules/journeys/consumer.js';
import { dueRunsStep } from '../modules/journeys/worker.js';
import { segmentsConsumer } from '../modules/segments/consumer.js';
import { runSegmentWork } from '../modules/segments/worker.js';
import { scoresChangedAt } from '../modules/analytics/index.js';
import type { TestShop } from './app.js';

const consumersAt = (clock: Clock) => [
  ...consumers.filter((consumer) => consumer.name !== 'segments' && consumer.name !== 'journeys'),
  segmentsConsumer(clock),
  journeysConsumer(clock),
];

/** Appends events and lets every reader apply them, segments' work included, at the clock's time. */
export async function ingestAt(db: Db, clock: Clock, shop: TestShop, events: NewEvent[]): Promise<void> {
  await appendEvents(db, shop.workspace.id, events);
  await settleAt(db, clock);
}

async function settleAt(db: Db, clock: Clock): Promise<void> {
  for (let round = 0; round < 5; round++) {
    await drainConsumers(db, consumersAt(clock));
    await runSegmentWork(db, clock.now(), scoresChangedAt);
    const again = await drainConsumers(db, consumersAt(clock));
    if (again === 0) return;
  }
}

/** Saves a journey and publishes it through the API; answers its id. */
export async function publishedJourney(shop: TestShop, name: string, graph: unknown): Promise<string> {
  const created = await shop.request({ method: 'POST', url: '/v1/journeys', payload: { name, graph } });
  if (created.statusCode !== 201) throw new Error(`journey not created: ${created.body}`);
  const id = created.json().id as string;
  const published = await shop.request({ method: 'POST', url: `/v1/journeys/${id}/publish`, payload: {} });
  if (published.statusCode !== 200) throw new Error(`journey not published: ${published.body}`);
  return id;
}

/** Moves the clock and steps every run due by then, events first, as the server would. */
export async function moveClockTo(db: Db, clock: Clock & { set(to: Date): void }, to: Date): Promise<void> {
  clock.set(to);
  await settleAt(db, clock);
  while ((await dueRunsStep(db, to)) > 0) await settleAt(db, clock);
}

export interface RunSnapshot {
  customer: string;
  node: string | null;
  state: string;
  outcome: string | null;
  holdout: boolean;
  actions: string[];
}

/** Each run of a journey with its customer's user id and the actions of its history, in order. */
export async function journeyRuns(db: Db, journeyId: string): Promise<RunSnapshot[]> {
  return queryRows<RunSnapshot>(
    db,
    sql`select c.external_id as customer, r.node, r.state, r.outcome, r.holdout,
          array(select s.action || coalesce(':' || s.node, '') from journey_run_steps s where s.run_id = r.id order by s.seq) as actions
        from journey_runs r join customers c on c.id = r.customer_id
        where r.journey_id = ${journeyId} order by r.entered_at, r.id`,
  );
}

/** The outbox rows a journey's runs wrote: customer, channel, template's library key, dedupe key. */
export async function journeyMessages(db: Db, journeyId: string) {
  return queryRows<{
    customer: string;
    channel: string;
    library_key: string | null;
    dedupe_key: string;
    priority: string;
  }>(
    db,
    sql`select c.external_id as customer, m.channel, t.library_key, m.dedupe_key, m.priority
        from messages m join journey_runs r on m.producer_kind = 'journey' and m.producer_id like r.id || ':%'
        join customers c on c.id = m.customer_id
        left join message_templates t on t.id = m.template_id
        where r.journey_id = ${journeyId} order by m.created_at, m.id`,
  );
}
