import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import { minuteMs } from '../../core/time.js';
import {
  createTestShop,
  identify,
  ingestAt,
  journeyRuns,
  publishedJourney,
  useTestApp,
  type TestShop,
} from '../../testing/index.js';
import { journeysWorkerIdleMs } from '../../core/limits.js';
import { queryRows, type Db } from '../../db/connection.js';
import { asRun, runColumns, saveRuns, type Run } from './runs.js';
import { end } from './walk.js';
import { dueRunsStepper, pauseBeforeNextDue } from './worker.js';

// The worker's claims in a burst: each starts after the last run (due moment, then id) of the claim
// before, so the runs come oldest first; a run that fell due below that position meanwhile (a paused
// journey resumed) is claimed once a claim comes back short, and every due run is stepped.

const start = new Date('2026-03-02T03:00:00Z');
const clock = fixedClock(start);
const testApp = useTestApp({ clock, privateDatabase: true });
const db = (): Db => testApp().ctx.db;

const oneDelay = {
  entry: { kind: 'api' },
  reentry: { mode: 'never' },
  holdout_percent: 0,
  start: 'pause',
  nodes: { pause: { type: 'delay', for: { minutes: 1 } } },
};

const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

async function enterAt(shop: TestShop, journey: string, customer: string, seconds: number) {
  clock.set(at(seconds));
  const entered = await shop.request({
    method: 'POST',
    url: `/v1/journeys/${journey}/entries`,
    payload: { customer },
  });
  expect(entered.statusCode).toBe(201);
}

const endedOf = async (journeys: string[]) =>
  (await Promise.all(journeys.map((journey) => journeyRuns(db(), journey))))
    .flat()
    .filter((run) => run.state === 'ended')
    .map((run) => run.customer)
    .sort();

describe('the worker in a burst of timers', () => {
  it('steps them oldest first and then the ones that fell due below its claims', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND', timezone: 'Asia/Ho_Chi_Minh' });
    const users = ['u1', 'u2', 'u3', 'u4', 'u5', 'held'];
    await ingestAt(
      db(),
      clock,
      shop,
      users.map((userId) => identify({ userId, traits: { email: `${userId}@example.com` } })),
    );
    const live = await publishedJourney(shop, 'Live', oneDelay);
    const paused = await publishedJourney(shop, 'Paused', oneDelay);
    // The paused journey's run falls due first; the live one's five a second apart after it.
    await enterAt(shop, paused, 'held', 1);
    for (const [index, user] of users.slice(0, 5).entries()) await enterAt(shop, live, user, 2 + index);
    expect((await shop.request({ method: 'POST', url: `/v1/journeys/${paused}/pause` })).statusCode).toBe(
      200,
    );

    const step = dueRunsStepper(db(), 2);
    const now = new Date(at(10).getTime() + minuteMs);
    expect(await step(now)).toBe(2);
    expect(await endedOf([live, paused])).toEqual(['u1', 'u2']);
    expect((await shop.request({ method: 'POST', url: `/v1/journeys/${paused}/resume` })).statusCode).toBe(
      200,
    );
    expect(await step(now)).toBe(2);
    expect(await endedOf([live, paused])).toEqual(['u1', 'u2', 'u3', 'u4']);
    expect(await step(now)).toBe(1);
    expect(await endedOf([live, paused])).toEqual(['u1', 'u2', 'u3', 'u4', 'u5']);
    // The claim came back short: the next starts from the oldest due run again.
    expect(await step(now)).toBe(1);
    expect(await endedOf([live, paused])).toEqual(['held', 'u1', 'u2', 'u3', 'u4', 'u5']);
    expect(await step(now)).toBe(0);
  });

  it('pauses until the next run falls due, at most the idle pause, counting no run already due', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND', timezone: 'Asia/Ho_Chi_Minh' });
    await ingestAt(db(), clock, shop, [identify({ userId: 'soon', traits: { email: 'soon@example.com' } })]);
    const journey = await publishedJourney(shop, 'Soon', oneDelay);
    // Days after the other test's runs, all due (or ended) by then.
    const entered = 30 * 24 * 60 * 60;
    await enterAt(shop, journey, 'soon', entered);
    const due = new Date(at(entered).getTime() + minuteMs);
    expect(await pauseBeforeNextDue(db(), new Date(due.getTime() - 50))).toBe(50);
    expect(await pauseBeforeNextDue(db(), at(entered))).toBe(journeysWorkerIdleMs);
    // Due and not yet stepped: a loop that counted it would never pause.
    expect(await pauseBeforeNextDue(db(), new Date(due.getTime() + 1))).toBe(journeysWorkerIdleMs);
  });

  it('saves a claimed run that moved in its own transaction since the claim read it', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND', timezone: 'Asia/Ho_Chi_Minh' });
    await ingestAt(db(), clock, shop, [
      identify({ userId: 'moved', traits: { email: 'moved@example.com' } }),
    ]);
    const journey = await publishedJourney(shop, 'Moved', oneDelay);
    await enterAt(shop, journey, 'moved', 60 * 24 * 60 * 60);
    await db().transaction(async (tx) => {
      const [row] = await queryRows<Run>(
        tx,
        sql`select ${runColumns}, r.ctid::text as "claimedRow" from journey_runs r
            where r.journey_id = ${journey} for update`,
      );
      const run = asRun(row!);
      // Another write of the row in the same transaction puts its live version at another address.
      await tx.execute(sql`update journey_runs set steps = steps where id = ${run.id}`);
      end(run, 'completed', 'reached_end');
      await saveRuns(tx, [run], clock.now());
    });
    expect(await journeyRuns(db(), journey)).toMatchObject([{ customer: 'moved', state: 'ended' }]);
  });
});
